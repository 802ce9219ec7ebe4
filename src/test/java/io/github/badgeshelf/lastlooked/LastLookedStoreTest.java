package io.github.badgeshelf.lastlooked;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The "last looked" file: per viewer, per user without regard to case, across restarts, and repaired when damaged. */
class LastLookedStoreTest {
    private static final Instant MONDAY = Instant.parse("2026-11-30T18:00:00Z");
    private static final Instant TUESDAY = Instant.parse("2026-12-01T18:00:00Z");

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve(LastLookedStore.FILE_NAME);
    }

    @Test
    void aLookSurvivesARestart() throws IOException {
        LastLookedStore store = LastLookedStore.open(file());
        assertThat(store.lastLooked(Viewer.signedIn("Ada"), "Bob")).isEmpty();
        assertThat(store.record(Viewer.signedIn("Ada"), "Bob", MONDAY)).isTrue();
        store.save();

        LastLookedStore reopened = LastLookedStore.open(file());
        assertThat(reopened.lastLooked(Viewer.signedIn("Ada"), "Bob")).contains(MONDAY);
        assertThat(reopened.problem()).isEmpty();
    }

    @Test
    void eachViewerHasLooksOfTheirOwnAndTheDemoIsAViewerApart() throws IOException {
        LastLookedStore store = LastLookedStore.open(file());
        store.record(Viewer.signedIn("Ada"), "Bob", MONDAY);
        store.record(Viewer.signedIn("Cid"), "Bob", TUESDAY);
        store.record(Viewer.demo(), "Bob", TUESDAY);
        store.save();

        LastLookedStore reopened = LastLookedStore.open(file());
        assertThat(reopened.lastLooked(Viewer.signedIn("Ada"), "Bob")).contains(MONDAY);
        assertThat(reopened.lastLooked(Viewer.signedIn("Cid"), "Bob")).contains(TUESDAY);
        assertThat(reopened.lastLooked(Viewer.demo(), "Bob")).contains(TUESDAY);
        // A real account named "demo" is not the demo.
        assertThat(reopened.lastLooked(Viewer.signedIn("demo"), "Bob")).isEmpty();
        // One user's look says nothing about another's shelf.
        assertThat(reopened.lastLooked(Viewer.signedIn("Ada"), "Bobby")).isEmpty();
    }

    @Test
    void userNamesAreMatchedWithoutRegardToCaseAsRetroAchievementsDoes() throws IOException {
        LastLookedStore store = LastLookedStore.open(file());
        store.record(Viewer.signedIn("ADA"), "bOb", MONDAY);
        assertThat(store.lastLooked(Viewer.signedIn("ada"), "BOB")).contains(MONDAY);
        store.save();
        assertThat(LastLookedStore.open(file()).lastLooked(Viewer.signedIn(" Ada "), "Bob")).contains(MONDAY);
    }

    @Test
    void aLookNeverMovesBack() {
        LastLookedStore store = LastLookedStore.inMemory();
        store.record(Viewer.signedIn("Ada"), "Bob", TUESDAY);
        assertThat(store.record(Viewer.signedIn("Ada"), "Bob", MONDAY)).as("an older copy shown").isFalse();
        assertThat(store.record(Viewer.signedIn("Ada"), "Bob", TUESDAY)).as("the same moment").isFalse();
        assertThat(store.lastLooked(Viewer.signedIn("Ada"), "Bob")).contains(TUESDAY);
    }

    @Test
    void aDamagedFileIsKeptAsideAndTheStoreStartsAfreshWithANote() throws IOException {
        Files.writeString(file(), "{\"version\":1,\"viewers\":{\"user:ada\":{\"bob\":\"2026-11-");
        LastLookedStore store = LastLookedStore.open(file());

        assertThat(store.problem()).contains(LastLookedStore.Problem.DAMAGED);
        assertThat(store.keptAs()).hasValueSatisfying(name -> assertThat(name).startsWith(LastLookedStore.FILE_NAME + ".corrupt-"));
        assertThat(dir.resolve(store.keptAs().orElseThrow())).hasContent("{\"version\":1,\"viewers\":{\"user:ada\":{\"bob\":\"2026-11-");
        assertThat(store.lastLooked(Viewer.signedIn("Ada"), "Bob")).as("nothing made up").isEmpty();

        // The store works again at once, and the next start finds a sound file.
        store.record(Viewer.signedIn("Ada"), "Bob", TUESDAY);
        store.save();
        LastLookedStore repaired = LastLookedStore.open(file());
        assertThat(repaired.problem()).isEmpty();
        assertThat(repaired.lastLooked(Viewer.signedIn("Ada"), "Bob")).contains(TUESDAY);
    }

    @Test
    void jsonThatIsNotALookFileIsDamagedToo() throws IOException {
        Files.writeString(file(), "[1, 2, 3]");
        assertThat(LastLookedStore.open(file()).problem()).contains(LastLookedStore.Problem.DAMAGED);
    }

    @Test
    void anEntryWhoseTimeCannotBeReadIsLeftOutNotGuessed() throws IOException {
        Files.writeString(file(), """
                {"version":1,"viewers":{"user:ada":{"bob":"yesterday","cid":"2026-12-01T18:00:00Z","dee":42}}}
                """);
        LastLookedStore store = LastLookedStore.open(file());
        assertThat(store.problem()).isEmpty();
        assertThat(store.lastLooked(Viewer.signedIn("Ada"), "Bob")).isEmpty();
        assertThat(store.lastLooked(Viewer.signedIn("Ada"), "Dee")).isEmpty();
        assertThat(store.lastLooked(Viewer.signedIn("Ada"), "Cid")).contains(TUESDAY);
    }

    @Test
    void savingKeepsWhatAnotherWindowSavedMeanwhile() throws IOException {
        LastLookedStore first = LastLookedStore.open(file());
        LastLookedStore second = LastLookedStore.open(file());
        first.record(Viewer.signedIn("Ada"), "Bob", MONDAY);
        first.save();
        second.record(Viewer.signedIn("Ada"), "Cid", TUESDAY);
        second.record(Viewer.signedIn("Ada"), "Bob", Instant.parse("2026-11-01T00:00:00Z"));
        second.save();

        LastLookedStore reopened = LastLookedStore.open(file());
        assertThat(reopened.lastLooked(Viewer.signedIn("Ada"), "Bob")).as("the later look wins").contains(MONDAY);
        assertThat(reopened.lastLooked(Viewer.signedIn("Ada"), "Cid")).contains(TUESDAY);
    }

    @Test
    void theFileIsWrittenWholeWithNoTemporaryFileLeft() throws IOException {
        LastLookedStore store = LastLookedStore.open(file());
        for (int i = 0; i < 50; i++) {
            store.record(Viewer.signedIn("Ada"), "User" + i, MONDAY.plusSeconds(i));
        }
        store.save();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly(LastLookedStore.FILE_NAME);
        }
        assertThat(LastLookedStore.open(file()).lastLooked(Viewer.signedIn("Ada"), "user49")).contains(MONDAY.plusSeconds(49));
    }

    @Test
    void aStoreInMemoryWritesNothing() throws IOException {
        LastLookedStore store = LastLookedStore.inMemory();
        store.record(Viewer.signedIn("Ada"), "Bob", MONDAY);
        store.save();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }
}
