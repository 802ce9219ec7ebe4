package io.github.badgeshelf.compare;

import io.github.badgeshelf.model.Award;
import io.github.badgeshelf.model.AwardKind;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The comparison's rules: who has what, each side's highest award, ties, order. */
class ShelfComparerTest {

    private static Award game(String type, boolean hardcore, int gameId, String title, String when) {
        return new Award(when == null ? null : Instant.parse(when), type, gameId, hardcore ? 1 : 0, 0, title, 7,
                "NES/Famicom", "/Images/" + gameId + ".png", "http://127.0.0.1/Images/" + gameId + ".png");
    }

    private static Award mastered(int id, String title, String when) {
        return game("Mastery/Completion", true, id, title, when);
    }

    private static Award completed(int id, String title, String when) {
        return game("Mastery/Completion", false, id, title, when);
    }

    private static Award beaten(int id, String title, String when) {
        return game("Game Beaten", true, id, title, when);
    }

    private static Award beatenSoftcore(int id, String title, String when) {
        return game("Game Beaten", false, id, title, when);
    }

    private static Award event(String type, int id, String title, String when) {
        return new Award(Instant.parse(when), type, id, 0, 0, title, 101, "Events", "/Images/e.png", "http://x/e.png");
    }

    private static Award site(String type, int tier, String when) {
        return new Award(Instant.parse(when), type, tier, 0, 0, null, null, null, null, null);
    }

    private static ComparedGame only(ShelfComparison c) {
        assertThat(c.games()).hasSize(1);
        return c.games().get(0);
    }

    @Test
    void gamesBothHaveOnlyOneHasAndOnlyTheOtherHas() {
        ShelfComparison c = ShelfComparer.compare(
                List.of(mastered(1, "Alpha", "2020-01-01T00:00:00Z"), beaten(2, "Bravo", "2020-01-02T00:00:00Z")),
                List.of(beaten(1, "Alpha", "2021-01-01T00:00:00Z"), completed(3, "Charlie", "2021-01-03T00:00:00Z")));

        assertThat(c.games()).extracting(ComparedGame::gameId).containsExactly(1, 2, 3);
        assertThat(c.games()).extracting(ComparedGame::presence)
                .containsExactly(Presence.BOTH, Presence.ONLY_LEFT, Presence.ONLY_RIGHT);
        ComparedGame alpha = c.games().get(0);
        assertThat(alpha.leftKind()).isEqualTo(AwardKind.MASTERED);
        assertThat(alpha.rightKind()).isEqualTo(AwardKind.BEATEN_HARDCORE);
        assertThat(c.games().get(1).right()).isNull();
        assertThat(c.games().get(2).left()).isNull();
        assertThat(c.games().get(2).rightKind()).isEqualTo(AwardKind.COMPLETED);
        assertThat(c.gameCounts()).containsEntry(Presence.BOTH, 1).containsEntry(Presence.ONLY_LEFT, 1)
                .containsEntry(Presence.ONLY_RIGHT, 1);
        assertThat(c.games(Presence.ONLY_RIGHT)).extracting(ComparedGame::title).containsExactly("Charlie");
    }

    @Test
    void beatenAndMasteredForTheSameGameCountAsMasteredWithTheMasterysTime() {
        Award beat = beaten(7, "Mega Man", "2016-01-02T05:53:52Z");
        Award master = mastered(7, "Mega Man", "2016-03-04T10:00:00Z");

        for (List<Award> order : List.of(List.of(beat, master), List.of(master, beat))) {
            ComparedGame g = only(ShelfComparer.compare(order, List.of()));
            assertThat(g.left()).isSameAs(master);
            assertThat(g.left().awardedAt()).isEqualTo(Instant.parse("2016-03-04T10:00:00Z"));
            assertThat(g.presence()).isEqualTo(Presence.ONLY_LEFT);
        }
    }

    @Test
    void raOrderMasteredCompletedBeatenBeatenSoftcore() {
        Award m = mastered(5, "G", "2020-01-04T00:00:00Z");
        Award c = completed(5, "G", "2020-01-01T00:00:00Z");
        Award b = beaten(5, "G", "2020-01-02T00:00:00Z");
        Award s = beatenSoftcore(5, "G", "2020-01-03T00:00:00Z");
        List<Award> all = new ArrayList<>(List.of(m, c, b, s));
        Random random = new Random(3);
        // Whatever order the server sends them in, the ranking is the same.
        for (int round = 0; round < 8; round++) {
            Collections.shuffle(all, random);
            assertThat(only(ShelfComparer.compare(all, List.of())).left()).isSameAs(m);
            assertThat(only(ShelfComparer.compare(all.stream().filter(a -> a != m).toList(), List.of())).left()).isSameAs(c);
            assertThat(only(ShelfComparer.compare(List.of(s, b), List.of())).left()).isSameAs(b);
            assertThat(only(ShelfComparer.compare(List.of(b, s), List.of())).left()).isSameAs(b);
        }
    }

    @Test
    void softcoreAgainstHardcoreKeepsEachSidesOwnMode() {
        // Completed (softcore mastery) ranks above hardcore beaten: RA's HighestAwardKind order.
        ComparedGame g = only(ShelfComparer.compare(
                List.of(completed(9, "Zelda", "2019-05-05T00:00:00Z"), beaten(9, "Zelda", "2019-04-04T00:00:00Z")),
                List.of(beatenSoftcore(9, "Zelda", "2018-01-01T00:00:00Z"))));
        assertThat(g.leftKind()).isEqualTo(AwardKind.COMPLETED);
        assertThat(g.rightKind()).isEqualTo(AwardKind.BEATEN_SOFTCORE);
        assertThat(g.presence()).isEqualTo(Presence.BOTH);
    }

    @Test
    void tiesOfTheSameKindKeepTheEarliestAndAKnownTimeBeatsNone() {
        Award later = mastered(4, "Tie", "2022-02-02T00:00:00Z");
        Award earlier = mastered(4, "Tie", "2020-02-02T00:00:00Z");
        Award noTime = mastered(4, "Tie", null);
        assertThat(only(ShelfComparer.compare(List.of(later, earlier), List.of())).left()).isSameAs(earlier);
        assertThat(only(ShelfComparer.compare(List.of(earlier, later), List.of())).left()).isSameAs(earlier);
        assertThat(only(ShelfComparer.compare(List.of(noTime, later), List.of())).left()).isSameAs(later);
        assertThat(only(ShelfComparer.compare(List.of(later, noTime), List.of())).left()).isSameAs(later);

        // The same kind at the same instant: the first in the user's own order stays.
        Award first = mastered(4, "Tie", "2020-02-02T00:00:00Z");
        Award second = mastered(4, "Tie", "2020-02-02T00:00:00Z");
        assertThat(only(ShelfComparer.compare(List.of(), List.of(first, second))).right()).isSameAs(first);
    }

    @Test
    void emptyShelves() {
        ShelfComparison none = ShelfComparer.compare(List.of(), List.of());
        assertThat(none.games()).isEmpty();
        assertThat(none.events()).isEmpty();
        assertThat(none.siteAwards()).isEmpty();
        assertThat(none.gameCounts()).containsOnlyKeys(Presence.values()).allSatisfy((p, n) -> assertThat(n).isZero());

        ShelfComparison oneSided = ShelfComparer.compare(List.of(), List.of(beaten(1, "A", "2020-01-01T00:00:00Z"),
                mastered(2, "B", "2020-01-01T00:00:00Z")));
        assertThat(oneSided.games()).allSatisfy(g -> assertThat(g.presence()).isEqualTo(Presence.ONLY_RIGHT));
        assertThat(oneSided.gameCounts()).containsEntry(Presence.ONLY_RIGHT, 2).containsEntry(Presence.BOTH, 0);
    }

    @Test
    void rowsAreOrderedByTitleIgnoringCaseThenByGameId() {
        ShelfComparison c = ShelfComparer.compare(
                List.of(mastered(30, "bravo", "2020-01-01T00:00:00Z"), mastered(20, "Alpha", "2020-01-01T00:00:00Z"),
                        mastered(10, "Alpha", "2020-01-01T00:00:00Z")),
                List.of(beaten(5, "Charlie", "2020-01-01T00:00:00Z"), beaten(1, "alpha", "2020-01-01T00:00:00Z")));
        assertThat(c.games()).extracting(ComparedGame::gameId).containsExactly(10, 20, 1, 30, 5);
    }

    @Test
    void titleAndConsoleComeFromTheLeftWhereItHasTheGame() {
        Award left = game("Game Beaten", true, 3, "Left Title", "2020-01-01T00:00:00Z");
        Award right = new Award(Instant.parse("2020-01-01T00:00:00Z"), "Mastery/Completion", 3, 1, 0, "Right Title",
                8, "SNES", null, null);
        ComparedGame g = only(ShelfComparer.compare(List.of(left), List.of(right)));
        assertThat(g.title()).isEqualTo("Left Title");
        assertThat(g.consoleName()).isEqualTo("NES/Famicom");
        ComparedGame r = only(ShelfComparer.compare(List.of(), List.of(right)));
        assertThat(r.title()).isEqualTo("Right Title");
        assertThat(r.consoleName()).isEqualTo("SNES");
    }

    @Test
    void eventsAndSiteAwardsAreComparedApartFromGames() {
        ShelfComparison c = ShelfComparer.compare(
                List.of(event("Event", 12, "Halloween 2020", "2020-10-31T00:00:00Z"),
                        event("Site Event", 12, "Site fest", "2021-01-01T00:00:00Z"),
                        site("Achievement Points Yield", 2, "2019-01-01T00:00:00Z"),
                        site("Achievement Points Yield", 5, "2021-01-01T00:00:00Z"),
                        site("Patreon Supporter", 0, "2018-01-01T00:00:00Z")),
                List.of(event("Event", 12, "Halloween 2020", "2020-11-01T00:00:00Z"),
                        event("Event", 40, "Xmas", "2020-12-25T00:00:00Z"),
                        site("Achievement Points Yield", 3, "2020-06-01T00:00:00Z")));

        assertThat(c.games()).as("events and site awards are not games, even with a number in AwardData").isEmpty();
        assertThat(c.events()).extracting(ComparedAward::title, ComparedAward::presence).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Halloween 2020", Presence.BOTH),
                org.assertj.core.groups.Tuple.tuple("Site fest", Presence.ONLY_LEFT),
                org.assertj.core.groups.Tuple.tuple("Xmas", Presence.ONLY_RIGHT));
        assertThat(c.siteAwards()).extracting(ComparedAward::awardType, ComparedAward::presence).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Achievement Points Yield", Presence.BOTH),
                org.assertj.core.groups.Tuple.tuple("Patreon Supporter", Presence.ONLY_LEFT));
        ComparedAward yield = c.siteAwards().get(0);
        assertThat(yield.left().awardData()).as("the highest tier").isEqualTo(5);
        assertThat(yield.right().awardData()).isEqualTo(3);
    }

    @Test
    void aRowNeedsAnAwardOnOneSide() {
        assertThatThrownBy(() -> new ComparedGame(1, "x", null, null, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sixThousandAgainstSixThousandAgreeWithAPlainRecount() {
        Random random = new Random(14);
        List<Award> left = randomShelf(random, 6000);
        List<Award> right = randomShelf(random, 6000);
        ShelfComparison c = ShelfComparer.compare(left, right);

        for (ComparedGame g : c.games()) {
            assertThat(g.left()).isEqualTo(bestByBruteForce(left, g.gameId()));
            assertThat(g.right()).isEqualTo(bestByBruteForce(right, g.gameId()));
        }
        long distinct = java.util.stream.Stream.concat(left.stream(), right.stream()).mapToInt(Award::awardData).distinct().count();
        assertThat(c.games()).hasSize((int) distinct);
        for (int i = 1; i < c.games().size(); i++) {
            ComparedGame a = c.games().get(i - 1);
            ComparedGame b = c.games().get(i);
            int byTitle = ShelfComparer.TITLE_ORDER.compare(a.title(), b.title());
            assertThat(byTitle < 0 || (byTitle == 0 && a.gameId() < b.gameId())).as(a + " before " + b).isTrue();
        }
    }

    private static List<Award> randomShelf(Random random, int n) {
        List<Award> awards = new ArrayList<>(n);
        String[] types = {"Mastery/Completion", "Game Beaten"};
        for (int i = 0; i < n; i++) {
            int id = 1 + random.nextInt(4000);
            awards.add(game(types[random.nextInt(2)], random.nextBoolean(), id, "Game " + (id % 997),
                    Instant.ofEpochSecond(1_500_000_000L + random.nextInt(50_000_000)).toString()));
        }
        return awards;
    }

    /** The rule stated plainly: lowest rank, then earliest time, then first in the list. */
    private static Award bestByBruteForce(List<Award> awards, int gameId) {
        Award best = null;
        for (Award a : awards) {
            if (a.awardData() != gameId) {
                continue;
            }
            if (best == null) {
                best = a;
                continue;
            }
            int ra = GameAwardRank.rank(a.kind());
            int rb = GameAwardRank.rank(best.kind());
            if (ra < rb || (ra == rb && a.awardedAt().isBefore(best.awardedAt()))) {
                best = a;
            }
        }
        return best;
    }
}
