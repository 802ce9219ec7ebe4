package io.github.badgeshelf.news;

import io.github.badgeshelf.model.FollowedUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The remembered names of the last follow list: a hint for reading copies ahead, per viewer, on disk. */
class LastFollowListTest {
    @TempDir
    Path dir;

    private static List<FollowedUser> followed(String... names) {
        return Arrays.stream(names).map(n -> new FollowedUser(n, "ulid-" + n, 100, 0, false)).toList();
    }

    @Test
    void theNamesComeBackForTheSameViewerInAnyCaseAndNotForAnother() {
        new LastFollowList(dir, "Viewer").remember(followed("Ana", "ben", "Cleo"));

        assertThat(new LastFollowList(dir, "viewer").names()).containsExactly("Ana", "ben", "Cleo");
        assertThat(new LastFollowList(dir, "Someone").names()).isEmpty();
    }

    @Test
    void anUnchangedListIsNotWrittenAgain() throws Exception {
        LastFollowList last = new LastFollowList(dir, "Viewer");
        last.remember(followed("Ana", "Ben"));
        Path file = Files.list(dir).findFirst().orElseThrow();
        FileTime old = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
        Files.setLastModifiedTime(file, old);

        last.remember(followed("Ana", "Ben"));
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(old);

        last.remember(followed("Ben", "Ana"));
        assertThat(Files.getLastModifiedTime(file)).isNotEqualTo(old);
        assertThat(last.names()).containsExactly("Ben", "Ana");
    }

    @Test
    void aDamagedFileIsNoHintAndIsRemoved() throws Exception {
        LastFollowList last = new LastFollowList(dir, "Viewer");
        last.remember(followed("Ana"));
        Path file = Files.list(dir).findFirst().orElseThrow();
        Files.writeString(file, "{\"names\": [\"Ana\", 7]}", StandardCharsets.UTF_8);

        assertThat(last.names()).isEmpty();
        assertThat(file).doesNotExist();
    }

    @Test
    void aFolderThatCannotBeWrittenCostsOnlyTheHint() throws Exception {
        Path blocked = dir.resolve("following");
        Files.writeString(blocked, "a file where the folder should be");
        LastFollowList last = new LastFollowList(blocked, "Viewer");

        last.remember(followed("Ana"));

        assertThat(last.names()).isEmpty();
        assertThat(Files.readString(blocked)).isEqualTo("a file where the folder should be");
    }
}
