package io.github.badgeshelf.settings;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SettingsTest {

    @Test
    void defaultsAreDarkAndEmpty() {
        Settings d = Settings.defaults();
        assertThat(d.theme()).isEqualTo("dark");
        assertThat(d.isDarkTheme()).isTrue();
        assertThat(d.windowBounds()).isNull();
        assertThat(d.recentSearches()).isEmpty();
        assertThat(d.lastExportFolder()).isNull();
        assertThat(d.credentialNoticeShown()).isFalse();
        assertThat(d.lastUsername()).isNull();
    }

    @Test
    void themeIsDarkOrLight() {
        assertThat(Settings.defaults().withTheme("light").theme()).isEqualTo("light");
        assertThat(Settings.defaults().withTheme("LIGHT").theme()).isEqualTo("light");
        assertThat(Settings.defaults().withTheme("purple").theme()).isEqualTo("dark");
        assertThat(Settings.defaults().withTheme(null).theme()).isEqualTo("dark");
    }

    @Test
    void recentSearchesAreMostRecentFirstWithoutCaseInsensitiveDuplicates() {
        Settings s = Settings.defaults()
                .withRecentSearch("MaxMilyin")
                .withRecentSearch("Jamiras")
                .withRecentSearch("maxmilyin");
        assertThat(s.recentSearches()).containsExactly("maxmilyin", "Jamiras");
    }

    @Test
    void recentSearchesKeepTheTenNewest() {
        Settings s = Settings.defaults();
        for (int i = 1; i <= 12; i++) {
            s = s.withRecentSearch("user" + i);
        }
        assertThat(s.recentSearches()).hasSize(10).startsWith("user12").endsWith("user3");
    }

    @Test
    void blankSearchesAreNotRemembered() {
        Settings s = Settings.defaults().withRecentSearch("  ").withRecentSearch(null);
        assertThat(s.recentSearches()).isEmpty();
        List<String> withNulls = new ArrayList<>(Arrays.asList("a1", null, " ", "A1", "b2"));
        assertThat(Settings.defaults().withRecentSearches(withNulls).recentSearches()).containsExactly("a1", "b2");
    }

    @Test
    void recentSearchesCannotBeChangedFromOutside() {
        List<String> list = new ArrayList<>(List.of("one"));
        Settings s = Settings.defaults().withRecentSearches(list);
        list.add("two");
        assertThat(s.recentSearches()).containsExactly("one");
    }

    @Test
    void unusableWindowBoundsAreDropped() {
        assertThat(Settings.defaults().withWindowBounds(new WindowBounds(0, 0, -5, 100, false)).windowBounds()).isNull();
        assertThat(Settings.defaults().withWindowBounds(new WindowBounds(Double.NaN, 0, 5, 100, false)).windowBounds()).isNull();
        WindowBounds ok = new WindowBounds(-1200, 40, 1100, 700, true);
        assertThat(Settings.defaults().withWindowBounds(ok).windowBounds()).isEqualTo(ok);
    }

    @Test
    void withMethodsChangeOneThingOnly() {
        Settings s = Settings.defaults()
                .withLastExportFolder("/tmp/x")
                .withCredentialNoticeShown(true)
                .withLastUsername("Ada");
        assertThat(s.lastExportFolder()).isEqualTo("/tmp/x");
        assertThat(s.credentialNoticeShown()).isTrue();
        assertThat(s.lastUsername()).isEqualTo("Ada");
        assertThat(s.theme()).isEqualTo("dark");
        assertThat(s.withLastUsername(null).lastUsername()).isNull();
        assertThat(s.withLastUsername(null).lastExportFolder()).isEqualTo("/tmp/x");
    }
}
