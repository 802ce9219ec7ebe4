package io.github.badgeshelf.shelf;

import io.github.badgeshelf.model.Award;
import io.github.badgeshelf.model.AwardCounts;
import io.github.badgeshelf.model.Shelf;
import io.github.badgeshelf.model.UserAwards;
import io.github.badgeshelf.model.UserProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ShelfCacheTest {
    @TempDir
    Path dir;

    static Shelf sampleShelf() {
        UserProfile profile = new UserProfile("MaxMilyin", "00003EMFWR7XB8SDPEHB3K56ZQ",
                "https://media.retroachievements.org/UserPic/MaxMilyin.png", "2016-01-02 00:43:04",
                398_597L, 0L, 1_194_138L, "Поехали! 🚀 \"quoted\", comma\nnew line", null);
        List<Award> awards = List.of(
                new Award(Instant.parse("2024-03-05T06:07:08Z"), "Mastery/Completion", 1234, 1, 0,
                        "ゼルダの伝説 (Zelda no Densetsu)", 7, "NES/Famicom", "/Images/024519.png",
                        "https://media.retroachievements.org/Images/024519.png"),
                new Award(Instant.parse("2023-12-31T23:59:59.123456789Z"), "Game Beaten", 99, 0, 1,
                        "=HYPERLINK(\"x\")", null, null, "/Images/000001.png",
                        "https://media.retroachievements.org/Images/000001.png"),
                new Award(null, "Patreon Supporter", 0, 0, -3, null, null, null, null, null));
        AwardCounts counts = new AwardCounts(5, 2, 1, 0, 0, 1, 0, 1);
        return new Shelf(profile, new UserAwards(counts, awards), Instant.parse("2026-11-27T02:10:00.5Z"));
    }

    @Test
    void aSavedShelfLoadsBackEqual() throws IOException {
        ShelfCache cache = new ShelfCache(dir.resolve("shelves"));
        cache.save("MaxMilyin", sampleShelf());
        assertThat(cache.load("MaxMilyin")).contains(sampleShelf());
    }

    @Test
    void instantsRoundTripToTheNanosecond() throws IOException {
        ShelfCache cache = new ShelfCache(dir);
        cache.save("MaxMilyin", sampleShelf());
        Shelf back = cache.load("maxmilyin").orElseThrow();
        assertThat(back.fetchedAt()).isEqualTo(Instant.parse("2026-11-27T02:10:00.5Z"));
        assertThat(back.awards().visibleAwards().get(1).awardedAt()).isEqualTo(Instant.parse("2023-12-31T23:59:59.123456789Z"));
        assertThat(back.awards().visibleAwards().get(2).awardedAt()).isNull();
        String json = Files.readString(cache.fileFor("MaxMilyin"), StandardCharsets.UTF_8);
        assertThat(json).contains("\"2024-03-05T06:07:08Z\"");
    }

    @Test
    void aCopyWithoutProfileAwardsOrTimeIsDamagedAndRemoved() throws IOException {
        // Issue 21 item 7: such a copy used to load and give NullPointerExceptions or a blank page.
        ShelfCache cache = new ShelfCache(dir);
        cache.save("Nobody", new Shelf(null, null, null));
        assertThat(cache.load("Nobody")).isEmpty();
        assertThat(cache.fileFor("Nobody")).doesNotExist();

        Shelf empty = new Shelf(new UserProfile("A1", null, null, null, 0, 0, 0, null, null),
                new UserAwards(AwardCounts.ZERO, List.of()), Instant.EPOCH);
        cache.save("A1", empty);
        assertThat(cache.load("A1")).contains(empty);
    }

    @Test
    void namesDifferingOnlyInCaseShareOneFile() throws IOException {
        ShelfCache cache = new ShelfCache(dir);
        cache.save("MaxMilyin", sampleShelf());
        assertThat(cache.load("MAXMILYIN")).contains(sampleShelf());
        assertThat(cache.fileFor("maxMILYIN")).isEqualTo(cache.fileFor("MaxMilyin"));
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("maxmilyin.json");
        }
    }

    @Test
    void fileNamesCannotEscapeTheFolder() {
        for (String name : new String[] {"../../etc/passwd", "a/b", "C:\\x", "..", "ℌ𝔢𝔩𝔩𝔬", "nul", "x".repeat(500)}) {
            String file = ShelfCache.fileName(name);
            assertThat(file).matches("[a-z0-9_]+\\.json").hasSizeLessThan(100);
        }
        assertThat(ShelfCache.fileName("a/b")).isNotEqualTo(ShelfCache.fileName("a_b"));
        assertThatThrownBy(() -> ShelfCache.fileName(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMissingEntryIsEmpty() {
        assertThat(new ShelfCache(dir.resolve("never-made")).load("Ghost")).isEmpty();
    }

    @Test
    void aCorruptFileReadsAsEmptyAndIsRemoved() throws IOException {
        ShelfCache cache = new ShelfCache(dir);
        cache.save("MaxMilyin", sampleShelf());
        Path file = cache.fileFor("MaxMilyin");
        String whole = Files.readString(file);
        Files.writeString(file, whole.substring(0, whole.length() / 2));

        assertThat(cache.load("MaxMilyin")).isEmpty();
        assertThat(file).doesNotExist();
    }

    @Test
    void wellFormedJsonOfTheWrongShapeCountsAsCorrupt() throws IOException {
        ShelfCache cache = new ShelfCache(dir);
        Path file = cache.fileFor("Ada");
        for (String json : new String[] {
                "[]",
                "{\"format\":99}",
                "{\"format\":1,\"profile\":\"text\"}",
                "{\"format\":1,\"fetchedAt\":\"yesterday\"}",
                "{\"format\":1,\"awards\":{\"counts\":{},\"visible\":[]}}"}) {
            Files.writeString(file, json);
            assertThat(cache.load("Ada")).as(json).isEmpty();
            assertThat(file).as(json).doesNotExist();
        }
    }

    @Test
    void aSaveIsWholeOrNothingAndLeavesNoTemporaryFiles() throws IOException {
        ShelfCache cache = new ShelfCache(dir);
        cache.save("MaxMilyin", sampleShelf());
        Shelf empty = new Shelf(new UserProfile("MaxMilyin", null, null, null, 0, 0, 0, null, null),
                new UserAwards(AwardCounts.ZERO, List.of()), Instant.EPOCH);
        cache.save("MaxMilyin", empty);
        assertThat(cache.load("MaxMilyin")).contains(empty);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(cache.fileFor("MaxMilyin"));
        }
    }

    @Test
    void noCacheFileHoldsAKeyOrAKeyParameter() throws IOException {
        ShelfCache cache = new ShelfCache(dir);
        cache.save("MaxMilyin", sampleShelf());
        cache.save("Nobody", new Shelf(null, null, null));
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(f);
                assertThat(text).doesNotContainIgnoringCase("apiKey").doesNotContain("y=").doesNotContain("\"y\"");
            }
        }
    }
}
