package io.github.badgeshelf.images;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiskIconCacheTest {

    @TempDir
    Path folder;

    @Test
    void fileNamesAreAHashOfThePathWithItsExtension() {
        DiskIconCache cache = new DiskIconCache(folder);

        Path file = cache.fileFor("https://media.retroachievements.org/Images/024519.png");

        assertThat(file.getParent()).isEqualTo(folder.toAbsolutePath());
        assertThat(file.getFileName().toString()).matches("[0-9a-f]{64}\\.png");
    }

    @Test
    void theKeyIsThePathNotTheHost() {
        DiskIconCache cache = new DiskIconCache(folder);

        assertThat(cache.fileFor("https://media.retroachievements.org/Images/024519.png"))
                .isEqualTo(cache.fileFor("http://127.0.0.1:8080/Images/024519.png"))
                .isNotEqualTo(cache.fileFor("https://media.retroachievements.org/Images/024520.png"));
    }

    @Test
    void oddExtensionsAndPathsStillGiveSafeNames() {
        DiskIconCache cache = new DiskIconCache(folder);

        assertThat(cache.fileFor("https://h/Images/../../etc/passwd").getFileName().toString()).matches("[0-9a-f]{64}\\.bin");
        assertThat(cache.fileFor("https://h/x.PNG?v=1").getFileName().toString()).endsWith(".png");
        assertThat(cache.fileFor("not a url at all").getParent()).isEqualTo(folder.toAbsolutePath());
    }

    @Test
    void writesWholeFilesAndLeavesNoTemporaryFilesBehind() throws Exception {
        DiskIconCache cache = new DiskIconCache(folder.resolve("nested/icons"));
        byte[] data = TestPngs.png("w", 64);

        cache.write("https://h/Images/1.png", data);

        assertThat(cache.read("https://h/Images/1.png")).isEqualTo(data);
        try (Stream<Path> files = Files.list(folder.resolve("nested/icons"))) {
            assertThat(files).hasSize(1).noneMatch(f -> f.toString().endsWith(".tmp"));
        }
    }

    @Test
    void aMissingOrDeletedFileReadsAsNull() {
        DiskIconCache cache = new DiskIconCache(folder);
        cache.write("https://h/Images/2.png", new byte[] {1, 2, 3});

        cache.delete("https://h/Images/2.png");

        assertThat(cache.read("https://h/Images/2.png")).isNull();
        assertThat(cache.read("https://h/Images/never.png")).isNull();
    }

    @Test
    void oldLeftoverTemporaryFilesAreRemovedOnFirstUse() throws Exception {
        Path old = Files.write(folder.resolve(".icon-123.tmp"), new byte[] {1});
        Files.setLastModifiedTime(old, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 7_200_000));
        Path fresh = Files.write(folder.resolve(".icon-456.tmp"), new byte[] {1});
        Path unrelated = Files.write(folder.resolve("notes.txt"), new byte[] {1});
        Files.setLastModifiedTime(unrelated, java.nio.file.attribute.FileTime.fromMillis(0));

        new DiskIconCache(folder).read("https://h/Images/1.png");

        assertThat(old).doesNotExist();
        assertThat(fresh).exists();
        assertThat(unrelated).exists();
    }
}
