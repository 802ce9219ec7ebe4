package io.github.badgeshelf.files;

import io.github.badgeshelf.export.FileFailures;
import io.github.badgeshelf.model.Shelf;
import io.github.badgeshelf.shelf.ShelfCache;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The copies the app keeps on its own: one that cannot be written is passed on once, with its cause. */
class UnkeptWritesTest {
    @TempDir
    Path home;

    @Test
    void aCopyThatCannotBeWrittenIsPassedOnOnceWithItsCauseAndStillFailsForItsWriter() throws IOException {
        // A file where the shelves folder belongs: as root, only that (or a read-only mount) stops a write.
        Files.writeString(home.resolve("shelves"), "not a folder");
        UnkeptWrites unkept = new UnkeptWrites(home);
        List<Exception> said = new ArrayList<>();
        unkept.onFirstFailure(said::add);
        ShelfCache copies = new ShelfCache(home.resolve("shelves"), unkept);
        Shelf shelf = shelf();

        assertThatThrownBy(() -> copies.save("Alice", shelf)).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> copies.save("Bob", shelf)).isInstanceOf(IOException.class);

        assertThat(said).hasSize(1);
        assertThat(FileFailures.kind(said.get(0))).isEqualTo(FileFailures.Kind.FILE_IN_THE_WAY);
        assertThat(FileFailures.reason(said.get(0))).isEqualTo("a file is where a folder should be");
        assertThat(unkept.anyFailed()).isTrue();
        assertThat(unkept.folder()).isEqualTo(home.toAbsolutePath());
    }

    @Test
    void copiesThatAreWrittenPassNothingOn() throws IOException {
        UnkeptWrites unkept = new UnkeptWrites(home);
        List<Exception> said = new ArrayList<>();
        unkept.onFirstFailure(said::add);
        ShelfCache copies = new ShelfCache(home.resolve("shelves"), unkept);

        copies.save("Alice", shelf());

        assertThat(copies.fileFor("Alice")).isRegularFile();
        assertThat(said).isEmpty();
        assertThat(unkept.anyFailed()).isFalse();
    }

    /** Any shelf will do: only whether its copy can be written matters here. */
    private static Shelf shelf() {
        return new Shelf(null, null, null);
    }
}
