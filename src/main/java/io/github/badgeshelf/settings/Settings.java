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
 */
public record Settings(
        String theme,
        WindowBounds windowBounds,
        List<String> recentSearches,
        String lastExportFolder,
        boolean credentialNoticeShown,
        String lastUsername) {

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
    }

    public static Settings defaults() {
        return new Settings(THEME_DARK, null, List.of(), null, false, null);
    }

    public boolean isDarkTheme() {
        return THEME_DARK.equals(theme);
    }

    public Settings withTheme(String newTheme) {
        return new Settings(newTheme, windowBounds, recentSearches, lastExportFolder, credentialNoticeShown, lastUsername);
    }

    public Settings withWindowBounds(WindowBounds bounds) {
        return new Settings(theme, bounds, recentSearches, lastExportFolder, credentialNoticeShown, lastUsername);
    }

    public Settings withRecentSearches(List<String> searches) {
        return new Settings(theme, windowBounds, searches, lastExportFolder, credentialNoticeShown, lastUsername);
    }

    /** Puts the search first, dropping an older entry that differs only in case and the oldest beyond ten. */
    public Settings withRecentSearch(String search) {
        return withRecentSearches(RecentSearches.withFirst(recentSearches, search));
    }

    public Settings withLastExportFolder(String folder) {
        return new Settings(theme, windowBounds, recentSearches, folder, credentialNoticeShown, lastUsername);
    }

    public Settings withCredentialNoticeShown(boolean shown) {
        return new Settings(theme, windowBounds, recentSearches, lastExportFolder, shown, lastUsername);
    }

    public Settings withLastUsername(String username) {
        return new Settings(theme, windowBounds, recentSearches, lastExportFolder, credentialNoticeShown, username);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
