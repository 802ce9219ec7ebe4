package io.github.badgeshelf.settings;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SettingsStoreTest {
    @TempDir
    Path dir;

    private Settings sample() {
        return Settings.defaults()
                .withTheme("light")
                .withWindowBounds(new WindowBounds(10.5, -20, 1280, 800, true))
                .withRecentSearches(List.of("Jamiras", "MaxMilyin", "ｔａｒｏ", "Ёжик"))
                .withLastExportFolder("/home/ada/Exports \"quoted\"")
                .withCredentialNoticeShown(true)
                .withLastUsername("Ada");
    }

    @Test
    void missingFileGivesDefaultsAndNoWarning() {
        SettingsStore.LoadResult r = new SettingsStore(dir.resolve("settings.json")).load();
        assertThat(r.settings()).isEqualTo(Settings.defaults());
        assertThat(r.warning()).isEmpty();
    }

    @Test
    void savedSettingsLoadBackEqual() throws IOException {
        SettingsStore store = new SettingsStore(dir.resolve("nested/home/settings.json"));
        store.save(sample());
        SettingsStore.LoadResult r = store.load();
        assertThat(r.settings()).isEqualTo(sample());
        assertThat(r.warning()).isEmpty();
    }

    @Test
    void nullsSurviveTheRoundTrip() throws IOException {
        SettingsStore store = new SettingsStore(dir.resolve("settings.json"));
        store.save(Settings.defaults());
        assertThat(store.load().settings()).isEqualTo(Settings.defaults());
    }

    @Test
    void readingIsLenientAboutUnknownAndWrongTypedFields() throws IOException {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, """
                {"theme":"light","futureField":{"a":1},"recentSearches":["a1",7,null,"b2"],
                 "window":{"x":"left","y":0,"width":100,"height":100},
                 "credentialNoticeShown":"yes please","lastUsername":42}
                """);
        SettingsStore.LoadResult r = new SettingsStore(file).load();
        assertThat(r.warning()).isEmpty();
        assertThat(r.settings().theme()).isEqualTo("light");
        assertThat(r.settings().recentSearches()).containsExactly("a1", "b2");
        assertThat(r.settings().windowBounds()).isNull();
        assertThat(r.settings().credentialNoticeShown()).isFalse();
        assertThat(r.settings().lastUsername()).isNull();
    }

    @Test
    void corruptFileGivesDefaultsAWarningAndIsKeptAside() throws IOException {
        Path file = dir.resolve("settings.json");
        byte[] garbage = "{\"theme\": \"light\", oops".getBytes(StandardCharsets.UTF_8);
        Files.write(file, garbage);

        SettingsStore.LoadResult r = new SettingsStore(file).load();

        assertThat(r.settings()).isEqualTo(Settings.defaults());
        assertThat(r.warning()).hasValueSatisfying(w -> assertThat(w)
                .contains("damaged").contains("defaults").contains("settings.json.corrupt-"));
        assertThat(file).doesNotExist();
        List<Path> aside = corruptCopies();
        assertThat(aside).hasSize(1);
        assertThat(Files.readAllBytes(aside.get(0))).isEqualTo(garbage);
        // Once kept aside, the next start is clean.
        assertThat(new SettingsStore(file).load().warning()).isEmpty();
    }

    @Test
    void jsonThatIsNotAnObjectCountsAsCorrupt() throws IOException {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "[1, 2, 3]");
        SettingsStore.LoadResult r = new SettingsStore(file).load();
        assertThat(r.settings()).isEqualTo(Settings.defaults());
        assertThat(r.warning()).isPresent();
        assertThat(corruptCopies()).hasSize(1);
    }

    @Test
    void unreadableFileGivesDefaultsAndAWarning() throws IOException {
        // A folder where the file should be cannot be read as a file on any platform.
        Path file = Files.createDirectory(dir.resolve("settings.json"));
        SettingsStore.LoadResult r = new SettingsStore(file).load();
        assertThat(r.settings()).isEqualTo(Settings.defaults());
        assertThat(r.warning()).hasValueSatisfying(w -> assertThat(w).contains("could not be read"));
    }

    @Test
    void aSaveReplacesTheWholeFileAndLeavesNoTemporaryFiles() throws IOException {
        Path file = dir.resolve("settings.json");
        SettingsStore store = new SettingsStore(file);
        store.save(sample());
        store.save(Settings.defaults());
        assertThat(store.load().settings()).isEqualTo(Settings.defaults());
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("settings.json");
        }
    }

    @Test
    void aFailedSaveLeavesThePreviousFileByteForByte() throws IOException {
        // A name of the longest length the file system allows: the file itself can exist, but the
        // temporary sibling an atomic save writes first cannot, so the save fails on disk for
        // every user (root included, who would ignore a read-only folder).
        Path file = dir.resolve("s".repeat(250) + ".json");
        Files.writeString(file, "{\"theme\":\"light\"}  ");
        byte[] before = Files.readAllBytes(file);

        assertThatThrownBy(() -> new SettingsStore(file).save(sample())).isInstanceOf(IOException.class);

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void savingIntoAFolderThatCannotBeMadeThrowsAPlainIOException() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("file"), "x");
        SettingsStore store = new SettingsStore(notAFolder.resolve("settings.json"));
        assertThatThrownBy(() -> store.save(sample())).isInstanceOf(IOException.class);
    }

    private List<Path> corruptCopies() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith("settings.json.corrupt-")).toList();
        }
    }
}
