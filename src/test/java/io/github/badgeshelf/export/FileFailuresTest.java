package io.github.badgeshelf.export;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The reasons a write failed, from the cause the file system gave. */
class FileFailuresTest {
    @TempDir
    Path dir;

    @Test
    void aReadOnlyDiskIsNamedAsSuchNotAsAPermissionTheUserCouldChange() {
        // The JDK's own form for EROFS (UnixException turns errno into the reason); the real mount is
        // in ui.main.ReadOnlyHomeUiTest.
        IOException readOnly = new FileSystemException(dir.resolve(".a.json.1.tmp").toString(), null, "Read-only file system");
        assertThat(FileFailures.kind(readOnly)).isEqualTo(FileFailures.Kind.READ_ONLY);
        assertThat(FileFailures.reason(new IOException("I/O error writing PNG file!", readOnly)))
                .isEqualTo("the disk is read-only");
    }

    @Test
    void aFileWhereAFolderBelongsIsSaidInWordsNotAsABarePath() throws IOException {
        Path file = Files.writeString(dir.resolve("shelves"), "not a folder");
        IOException made = catchThrowableOfType(() -> Files.createDirectories(file), IOException.class);
        IOException into = catchThrowableOfType(() -> Files.createTempFile(file, "x", ".tmp"), IOException.class);
        assertThat(FileFailures.reason(made)).isEqualTo("a file is where a folder should be");
        assertThat(FileFailures.reason(into)).isEqualTo("a file is where a folder should be");
    }

    @Test
    void aFullDiskAndAMissingFolderKeepTheirReasons() {
        assertThat(FileFailures.reason(new FileSystemException("/x", null, "No space left on device"))).isEqualTo("the disk is full");
        IOException missing = catchThrowableOfType(() -> Files.createTempFile(dir.resolve("gone"), "x", ".tmp"), IOException.class);
        assertThat(FileFailures.reason(missing)).isEqualTo("the folder does not exist");
    }
}
