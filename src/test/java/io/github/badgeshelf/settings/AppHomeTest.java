package io.github.badgeshelf.settings;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AppHomeTest {
    private static final Path USER_HOME = Path.of("/home/ada");

    @Test
    void badgeshelfHomeWinsOnEveryPlatform(@TempDir Path dir) {
        Map<String, String> env = Map.of("BADGESHELF_HOME", dir.toString(), "XDG_DATA_HOME", "/xdg", "APPDATA", "/appdata");
        for (String os : new String[] {"Linux", "Mac OS X", "Windows 11"}) {
            assertThat(AppHome.fromEnvironment(env, os, USER_HOME).root()).isEqualTo(dir);
        }
    }

    @Test
    void relativeBadgeshelfHomeIsTakenAgainstTheWorkingFolder() {
        AppHome home = AppHome.fromEnvironment(Map.of("BADGESHELF_HOME", "some/home"), "Linux", USER_HOME);
        assertThat(home.root()).isEqualTo(Path.of("some/home").toAbsolutePath());
    }

    @Test
    void blankBadgeshelfHomeIsIgnored() {
        AppHome home = AppHome.fromEnvironment(Map.of("BADGESHELF_HOME", "  "), "Linux", USER_HOME);
        assertThat(home.root()).isEqualTo(Path.of("/home/ada/.local/share/badgeshelf"));
    }

    @Test
    void linuxUsesXdgDataHomeWhenSetAndAbsolute() {
        assertThat(AppHome.fromEnvironment(Map.of("XDG_DATA_HOME", "/data/ada"), "Linux", USER_HOME).root())
                .isEqualTo(Path.of("/data/ada/badgeshelf"));
        assertThat(AppHome.fromEnvironment(Map.of(), "Linux", USER_HOME).root())
                .isEqualTo(Path.of("/home/ada/.local/share/badgeshelf"));
        // The XDG spec says a relative value is invalid and must be ignored.
        assertThat(AppHome.fromEnvironment(Map.of("XDG_DATA_HOME", "relative"), "Linux", USER_HOME).root())
                .isEqualTo(Path.of("/home/ada/.local/share/badgeshelf"));
    }

    @Test
    void macUsesApplicationSupport() {
        assertThat(AppHome.fromEnvironment(Map.of("XDG_DATA_HOME", "/xdg"), "Mac OS X", USER_HOME).root())
                .isEqualTo(Path.of("/home/ada/Library/Application Support/BadgeShelf"));
    }

    @Test
    void windowsUsesAppData() {
        assertThat(AppHome.fromEnvironment(Map.of("APPDATA", "/users/ada/roaming"), "Windows 10", USER_HOME).root())
                .isEqualTo(Path.of("/users/ada/roaming/BadgeShelf"));
        assertThat(AppHome.fromEnvironment(Map.of(), "Windows 10", USER_HOME).root())
                .isEqualTo(Path.of("/home/ada/AppData/Roaming/BadgeShelf"));
    }

    @Test
    void filesAndFoldersLiveUnderTheRoot(@TempDir Path dir) {
        AppHome home = new AppHome(dir);
        assertThat(home.settingsFile()).isEqualTo(dir.resolve("settings.json"));
        assertThat(home.credentialsFile()).isEqualTo(dir.resolve("credentials.json"));
        assertThat(home.iconsDir()).isEqualTo(dir.resolve("icons"));
        assertThat(home.shelvesDir()).isEqualTo(dir.resolve("shelves"));
        assertThat(home.logsDir()).isEqualTo(dir.resolve("logs"));
    }

    @Test
    void nothingIsCreatedUntilAsked(@TempDir Path dir) {
        AppHome home = new AppHome(dir.resolve("home"));
        home.settingsFile();
        home.iconsDir();
        assertThat(dir.resolve("home")).doesNotExist();

        assertThat(AppHome.ensureDirectory(home.iconsDir())).isTrue();
        assertThat(home.iconsDir()).isDirectory();
    }

    @Test
    void aFolderThatCannotBeMadeIsReportedNotThrown(@TempDir Path dir) throws Exception {
        Path blocker = Files.writeString(dir.resolve("a-file"), "not a folder");
        AppHome home = new AppHome(blocker.resolve("home"));
        assertThat(AppHome.ensureDirectory(home.logsDir())).isFalse();
    }
}
