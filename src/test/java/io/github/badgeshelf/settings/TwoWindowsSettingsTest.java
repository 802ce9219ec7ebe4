package io.github.badgeshelf.settings;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 21 item 9: two windows on one home, each with its own settings store on the same real
 * file. Each save writes only what that window changed, so neither undoes the other's changes,
 * and fields this version does not know survive both.
 */
class TwoWindowsSettingsTest {
    @TempDir
    Path home;

    @Test
    void theLastWindowToSaveKeepsTheOtherWindowsChanges() throws IOException {
        Path file = home.resolve("settings.json");
        new SettingsStore(file).save(Settings.defaults().withRecentSearches(List.of("Old")));
        SettingsStore first = new SettingsStore(file);
        SettingsStore second = new SettingsStore(file);
        Settings inFirst = first.load().settings();
        Settings inSecond = second.load().settings();

        first.save(inFirst.withTheme(Settings.THEME_LIGHT).withLanguage("pt-BR"));
        second.save(inSecond.withRecentSearch("Alice"));
        // The second window closes last, saving its whole copy again (its size, say).
        second.save(inSecond.withRecentSearch("Alice").withLastUsername("Ada"));

        Settings after = new SettingsStore(file).load().settings();
        assertThat(after.theme()).as("the first window's theme").isEqualTo(Settings.THEME_LIGHT);
        assertThat(after.language()).isEqualTo("pt-BR");
        assertThat(after.recentSearches()).as("the second window's search").containsExactly("Alice", "Old");
        assertThat(after.lastUsername()).isEqualTo("Ada");
    }

    @Test
    void aFieldChangedInBothWindowsTakesTheLaterChange() throws IOException {
        Path file = home.resolve("settings.json");
        SettingsStore first = new SettingsStore(file);
        SettingsStore second = new SettingsStore(file);
        Settings inFirst = first.load().settings();
        Settings inSecond = second.load().settings();

        first.save(inFirst.withTheme(Settings.THEME_LIGHT));
        second.save(inSecond.withTheme(Settings.THEME_DARK).withRecentSearch("Bob"));

        // Dark was the default, so the second window did not change the theme: the first's light stays.
        Settings after = new SettingsStore(file).load().settings();
        assertThat(after.theme()).isEqualTo(Settings.THEME_LIGHT);
        second.save(inSecond.withTheme(Settings.THEME_LIGHT).withRecentSearch("Bob"));
        second.save(inSecond.withTheme(Settings.THEME_DARK).withRecentSearch("Bob"));
        assertThat(new SettingsStore(file).load().settings().theme()).isEqualTo(Settings.THEME_DARK);
    }

    @Test
    void fieldsThisVersionDoesNotKnowAreKept() throws IOException {
        Path file = home.resolve("settings.json");
        Files.writeString(file, "{\"theme\": \"light\", \"sidePane\": {\"following\": false}}");
        SettingsStore store = new SettingsStore(file);
        Settings loaded = store.load().settings();

        store.save(loaded.withRecentSearch("Carol"));

        String json = Files.readString(file);
        assertThat(json).contains("\"sidePane\"").contains("\"following\" : false").contains("Carol");
        assertThat(new SettingsStore(file).load().settings().theme()).isEqualTo(Settings.THEME_LIGHT);
    }
}
