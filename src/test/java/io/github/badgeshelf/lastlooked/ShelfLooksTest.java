package io.github.badgeshelf.lastlooked;

import io.github.badgeshelf.model.Award;
import io.github.badgeshelf.model.AwardCounts;
import io.github.badgeshelf.model.Shelf;
import io.github.badgeshelf.model.UserAwards;
import io.github.badgeshelf.model.UserProfile;
import io.github.badgeshelf.testsupport.TestAwards;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which awards are new when a shelf is shown, and when a look is noted. */
class ShelfLooksTest {
    private static final Viewer ADA = Viewer.signedIn("Ada");
    private final LastLookedStore store = LastLookedStore.inMemory();
    private final List<Runnable> saves = new ArrayList<>();
    private final ShelfLooks looks = new ShelfLooks(store, ADA, saves::add);

    private static final Award OLD = TestAwards.mastered(1, "NES", "2026-11-01T10:00:00Z");
    private static final Award TUESDAY = TestAwards.beaten(2, "SNES", "2026-12-01T10:00:00Z");
    private static final Award THURSDAY = TestAwards.event(3, "2026-12-03T10:00:00Z");
    private static final Award UNDATED = TestAwards.site("Patreon Supporter", null);

    private static Shelf shelf(String user, String fetchedAt, Award... awards) {
        UserProfile profile = new UserProfile(user, null, null, null, 0, 0, 0, null, null);
        return new Shelf(profile, new UserAwards(AwardCounts.ZERO, List.of(awards)), Instant.parse(fetchedAt));
    }

    @Test
    void theFirstLookMarksNothingAndIsNoted() {
        NewAwards marks = looks.shown(shelf("Bob", "2026-12-04T00:00:00Z", OLD, TUESDAY, THURSDAY), "bob");
        assertThat(marks.count()).isZero();
        assertThat(marks.previousLook()).isEmpty();
        assertThat(store.lastLooked(ADA, "Bob")).contains(Instant.parse("2026-12-04T00:00:00Z"));
        assertThat(saves).as("saved on the writer, not here").hasSize(1);
    }

    @Test
    void comingBackMarksExactlyWhatWasAwardedAfterTheLastLook() {
        looks.shown(shelf("Bob", "2026-12-02T00:00:00Z", OLD, TUESDAY), "Bob");
        looks.shown(shelf("Cid", "2026-12-02T00:01:00Z", OLD), "Cid");

        Shelf later = shelf("Bob", "2026-12-04T00:00:00Z", OLD, TUESDAY, THURSDAY, UNDATED);
        NewAwards marks = looks.shown(later, "BOB");
        assertThat(marks.awards()).containsExactly(THURSDAY);
        assertThat(marks.since()).isEqualTo(Instant.parse("2026-12-02T00:00:00Z"));
        assertThat(marks.contains(UNDATED)).as("an award without a readable date is never new").isFalse();
    }

    @Test
    void marksStayOnARefreshAndTakeInWhatArrivesMeanwhile() {
        looks.shown(shelf("Bob", "2026-11-20T00:00:00Z", OLD), "Bob");
        looks.shown(shelf("Cid", "2026-11-21T00:00:00Z", OLD), "Cid");
        assertThat(looks.shown(shelf("Bob", "2026-12-02T00:00:00Z", OLD, TUESDAY), "Bob").awards()).containsExactly(TUESDAY);

        // Still on Bob's shelf: a refresh keeps Tuesday marked and adds Thursday.
        NewAwards refreshed = looks.shown(shelf("Bob", "2026-12-04T00:00:00Z", OLD, TUESDAY, THURSDAY), "Bob");
        assertThat(refreshed.awards()).containsExactlyInAnyOrder(TUESDAY, THURSDAY);
        assertThat(refreshed.since()).isEqualTo(Instant.parse("2026-11-20T00:00:00Z"));

        // Leaving and coming back: everything was seen.
        looks.shown(shelf("Cid", "2026-12-04T00:01:00Z", OLD), "Cid");
        assertThat(looks.shown(shelf("Bob", "2026-12-04T00:02:00Z", OLD, TUESDAY, THURSDAY), "Bob").count()).isZero();
    }

    @Test
    void aRefreshAfterTheFirstLookMarksWhatArrivedSinceIt() {
        looks.shown(shelf("Bob", "2026-12-02T00:00:00Z", OLD, TUESDAY), "Bob");
        NewAwards refreshed = looks.shown(shelf("Bob", "2026-12-04T00:00:00Z", OLD, TUESDAY, THURSDAY), "Bob");
        assertThat(refreshed.awards()).containsExactly(THURSDAY);
    }

    @Test
    void anOlderCopyShownDoesNotMoveTheLookBack() {
        looks.shown(shelf("Bob", "2026-12-04T00:00:00Z", OLD), "Bob");
        looks.shown(shelf("Cid", "2026-12-04T00:01:00Z", OLD), "Cid");
        looks.shown(shelf("Bob", "2026-11-01T00:00:00Z", OLD), "Bob"); // an offline copy from November
        assertThat(store.lastLooked(ADA, "Bob")).contains(Instant.parse("2026-12-04T00:00:00Z"));
    }

    @Test
    void aShelfAskedForByUlidIsKeptUnderTheNameTheServerGives() {
        looks.shown(shelf("Bob", "2026-12-04T00:00:00Z", OLD), "00003EMFWR7XB8SDPEHB3K56ZQ");
        assertThat(store.lastLooked(ADA, "bob")).isPresent();
    }

    @Test
    void viewersDoNotShareLooks() {
        looks.shown(shelf("Bob", "2026-12-02T00:00:00Z", OLD), "Bob");
        ShelfLooks demo = new ShelfLooks(store, Viewer.demo(), Runnable::run);
        assertThat(demo.shown(shelf("Bob", "2026-12-04T00:00:00Z", OLD, TUESDAY, THURSDAY), "Bob").count())
                .as("the demo's first look at Bob").isZero();
    }

    @Test
    void fiftyThousandAwardsAreMarkedInOnePass() {
        List<Award> many = new ArrayList<>();
        Instant start = Instant.parse("2020-01-01T00:00:00Z");
        for (int i = 0; i < 50_000; i++) {
            many.add(TestAwards.game("Game Beaten", true, i, "NES", start.plusSeconds(3600L * i).toString(), null));
        }
        looks.shown(shelf("Bob", "2020-01-01T00:00:00Z"), "Bob");
        Award[] all = many.toArray(Award[]::new);
        NewAwards marks = looks.shown(shelf("Bob", "2026-01-01T00:00:00Z", all), "Bob");
        assertThat(marks.count()).isEqualTo(49_999); // all but the one awarded at the very moment of the look
        assertThat(marks.contains(all[0])).isFalse();
        assertThat(marks.contains(all[1])).isTrue();
    }
}
