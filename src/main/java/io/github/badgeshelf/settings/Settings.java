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
 */
public record Settings(
        String theme,
        WindowBounds windowBounds,
        List<String> recentSearches,
        String lastExportFolder,
        boolean credentialNoticeShown,
        String lastUsername,
        String language) {

    public static final String THEME_DARK = "dark";
    public static final String THEME_LIGHT = "light";

    public Settings {
        theme = THEME_LIGHT.equalsIgnoreCase(theme == null ? "" : theme.trim()) ? THEME_LIGHT : THEME_DARK;
        if (windowBounds != null && !windowBounds.isUsable()) {
            windowBounds = null;
        }
        recentSearches = RecentSearches.tidy(recentSearches);
        lastExportFolder = blankToNull(lastExportFolder);
        lastUsername = blankToNull(lastUsername);
        language = blankToNull(language);
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
        return new Settings(newTheme, windowBounds, recentSearches, lastExportFolder, credentialNoticeShown, lastUsername, language);
    }

    public Settings withWindowBounds(WindowBounds bounds) {
        return new Settings(theme, bounds, recentSearches, lastExportFolder, credentialNoticeShown, lastUsername, language);
    }

    public Settings withRecentSearches(List<String> searches) {
        return new Settings(theme, windowBounds, searches, lastExportFolder, credentialNoticeShown, lastUsername, language);
    }

    /** Puts the search first, dropping an older entry that differs only in case and the oldest beyond ten. */
    public Settings withRecentSearch(String search) {
        return withRecentSearches(RecentSearches.withFirst(recentSearches, search));
    }

    public Settings withLastExportFolder(String folder) {
        return new Settings(theme, windowBounds, recentSearches, folder, credentialNoticeShown, lastUsername, language);
    }

    public Settings withCredentialNoticeShown(boolean shown) {
        return new Settings(theme, windowBounds, recentSearches, lastExportFolder, shown, lastUsername, language);
    }

    public Settings withLastUsername(String username) {
        return new Settings(theme, windowBounds, recentSearches, lastExportFolder, credentialNoticeShown, username, language);
    }

    /** Remembers the window's language ({@code null} to follow the operating system's again). */
    public Settings withLanguage(String languageTag) {
        return new Settings(theme, windowBounds, recentSearches, lastExportFolder, credentialNoticeShown, lastUsername,
                languageTag);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
