package io.github.badgeshelf.files;

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

class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void writesANewFile() throws IOException {
        Path target = dir.resolve("new.txt");
        AtomicFiles.write(target, out -> out.write("hello".getBytes(StandardCharsets.UTF_8)));
        assertThat(target).hasContent("hello");
        assertThat(names()).containsExactly("new.txt");
    }

    @Test
    void replacesAnExistingFileWhole() throws IOException {
        Path target = Files.writeString(dir.resolve("f.txt"), "a much longer old content");
        AtomicFiles.write(target, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
        assertThat(target).hasContent("new");
        assertThat(names()).containsExactly("f.txt");
    }

    @Test
    void contentThatFailsAfterWritingLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path target = Files.writeString(dir.resolve("f.txt"), "old");
        byte[] before = Files.readAllBytes(target);
        byte[] lots = new byte[1 << 20];

        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            out.write(lots);
            out.flush();
            throw new IOException("disk went away");
        })).hasMessage("disk went away");
        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            out.write(lots);
            throw new OutOfMemoryError("pretend");
        })).isInstanceOf(OutOfMemoryError.class);

        assertThat(Files.readAllBytes(target)).isEqualTo(before);
        assertThat(names()).containsExactly("f.txt");
    }

    @Test
    void aMissingFolderIsAPlainError() {
        assertThatThrownBy(() -> AtomicFiles.write(dir.resolve("nope/f.txt"), out -> { }))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("does not exist");
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }
}
