package io.github.badgeshelf.settings;

import java.util.List;

/**
 * What the app remembers between runs. Immutable: change it with the {@code with...} methods
 * and save the copy with {@link SettingsStore}.
 *
 * @param theme                  {@link #THEME_DARK} or {@link #THEME_LIGHT}
 * @param windowBounds           the main window's last bounds, or null when not known
 * @param recentSearches         as {@link RecentSearches} keeps them
 * @param lastExportFolder       the folder of the last CSV export, or null
 * @param credentialNoticeShown  true once the "no OS credential store" notice was shown
 * @param lastUsername           the last signed-in username, or null
 * @param language               the window's language chosen in the window (a BCP 47 tag such as "pt-BR"),
 *                               or null to follow the operating system's
 * @param hiddenPanes            the window's side panes the person closed ({@link #PANE_PEOPLE}, {@link #PANE_DETAILS})
 */
public record Settings(
        String theme,
        WindowBounds windowBounds,
        List<String> recentSearches,
        String lastExportFolder,
        boolean credentialNoticeShown,
        String lastUsername,
        String language,
        List<String> hiddenPanes) {

    public static final String THEME_DARK = "dark";
    public static final String THEME_LIGHT = "light";
    public static final String PANE_PEOPLE = "people";
    public static final String PANE_DETAILS = "details";

    public Settings {
        theme = THEME_LIGHT.equalsIgnoreCase(theme == null ? "" : theme.trim()) ? THEME_LIGHT : THEME_DARK;
        if (windowBounds != null && !windowBounds.isUsable()) {
            windowBounds = null;
        }
        recentSearches = RecentSearches.tidy(recentSearches);
        lastExportFolder = blankToNull(lastExportFolder);
        lastUsername = blankToNull(lastUsername);
        language = blankToNull(language);
        hiddenPanes = hiddenPanes == null ? List.of()
                : hiddenPanes.stream().filter(p -> PANE_PEOPLE.equals(p) || PANE_DETAILS.equals(p)).distinct().toList();
    }

    /** Settings as they were before the side panes' choice was remembered: every pane shown. */
    public Settings(String theme, WindowBounds windowBounds, List<String> recentSearches, String lastExportFolder,
                    boolean credentialNoticeShown, String lastUsername, String language) {
        this(theme, windowBounds, recentSearches, lastExportFolder, credentialNoticeShown, lastUsername, language, List.of());
    }

    /** Settings as they were before the language was remembered: the language follows the system. */
    public Settings(String theme, WindowBounds windowBounds, List<String> recentSearches, String lastExportFolder,
                    boolean credentialNoticeShown, String lastUsername) {
        this(theme, windowBounds, recentSearches, lastExportFolder, credentialNoticeShown, lastUsername, null);
    }

    public static Settings defaults() {
        return new Settings(THEME_DARK, null, List.of(), null, false, null);
    }

    public boolean isDarkTheme() {
        return THEME_DARK.equals(theme);
    }

    public Settings withTheme(String newTheme) {
        return new Settings(newTheme, windowBounds, recentSearches, lastExportFolder, credentialNoticeShown, lastUsername, language, hiddenPanes);
    }

    public Settings withWindowBounds(WindowBounds bounds) {
        return new Settings(theme, bounds, recentSearches, lastExportFolder, credentialNoticeShown, lastUsername, language, hiddenPanes);
    }

    public Settings withRecentSearches(List<String> searches) {
        return new Settings(theme, windowBounds, searches, lastExportFolder, credentialNoticeShown, lastUsername, language, hiddenPanes);
    }

    /** Puts the search first, dropping an older entry that differs only in case and the oldest beyond ten. */
    public Settings withRecentSearch(String search) {
        return withRecentSearches(RecentSearches.withFirst(recentSearches, search));
    }

    public Settings withLastExportFolder(String folder) {
        return new Settings(theme, windowBounds, recentSearches, folder, credentialNoticeShown, lastUsername, language, hiddenPanes);
    }

    public Settings withCredentialNoticeShown(boolean shown) {
        return new Settings(theme, windowBounds, recentSearches, lastExportFolder, shown, lastUsername, language, hiddenPanes);
    }

    public Settings withLastUsername(String username) {
        return new Settings(theme, windowBounds, recentSearches, lastExportFolder, credentialNoticeShown, username, language, hiddenPanes);
    }

    /** Remembers the window's language ({@code null} to follow the operating system's again). */
    public Settings withLanguage(String languageTag) {
        return new Settings(theme, windowBounds, recentSearches, lastExportFolder, credentialNoticeShown, lastUsername,
                languageTag, hiddenPanes);
    }

    /** Remembers whether the person wants that side pane ({@link #PANE_PEOPLE} or {@link #PANE_DETAILS}) shown. */
    public Settings withPaneShown(String pane, boolean shown) {
        List<String> hidden = new java.util.ArrayList<>(hiddenPanes);
        hidden.remove(pane);
        if (!shown) {
            hidden.add(pane);
        }
        return new Settings(theme, windowBounds, recentSearches, lastExportFolder, credentialNoticeShown, lastUsername,
                language, hidden);
    }

    public boolean paneShown(String pane) {
        return !hiddenPanes.contains(pane);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
