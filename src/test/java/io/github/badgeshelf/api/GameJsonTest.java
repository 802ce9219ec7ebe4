package io.github.badgeshelf.api;

import io.github.badgeshelf.model.Achievement;
import io.github.badgeshelf.model.AwardKind;
import io.github.badgeshelf.model.AwardMode;
import io.github.badgeshelf.model.GameProgress;
import io.github.badgeshelf.testsupport.GameFixtures;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** GameJson against bodies shaped like ra-api-game.md, one pitfall per test. */
class GameJsonTest {
    private static final ApiConfig CONFIG = new ApiConfig(URI.create("https://api.example.org"),
            URI.create("https://media.example.org"));

    private static GameProgress parse(String body) throws ApiException {
        return GameJson.parse(body.getBytes(StandardCharsets.UTF_8), CONFIG, "Scott", 1);
    }

    @Test
    void documentedBodyGivesGameAndAchievementsFieldByField() throws ApiException {
        GameProgress g = parse(GameFixtures.DOCUMENTED);

        assertThat(g.gameId()).isEqualTo(1);
        assertThat(g.title()).isEqualTo("Sonic the Hedgehog");
        assertThat(g.consoleId()).isEqualTo(1);
        assertThat(g.consoleName()).isEqualTo("Genesis/Mega Drive");
        assertThat(g.iconUrl()).isEqualTo("https://media.example.org/Images/067895.png");
        assertThat(g.numDistinctPlayers()).isEqualTo(27080);
        assertThat(g.highestAward()).isNull();
        assertThat(g.highestAwardAt()).isNull();
        assertThat(g.achievements()).extracting(Achievement::id).containsExactly(9, 10);

        Achievement easy = g.achievements().get(0);
        assertThat(easy.title()).isEqualTo("That Was Easy");
        assertThat(easy.description()).isEqualTo("Complete the first act in Green Hill Zone");
        assertThat(easy.points()).isEqualTo(3);
        assertThat(easy.trueRatio()).isEqualTo(3);
        assertThat(easy.type()).isEqualTo("progression");
        assertThat(easy.numAwarded()).isEqualTo(24273);
        assertThat(easy.numAwardedHardcore()).isEqualTo(10831);
        assertThat(easy.earnedAt()).isEqualTo(Instant.parse("2016-03-12T17:47:29Z"));
        assertThat(easy.earnedHardcoreAt()).isEqualTo(Instant.parse("2016-03-12T17:47:29Z"));
        assertThat(easy.mode()).isEqualTo(AwardMode.HARDCORE);
        assertThat(easy.badgeUrl()).isEqualTo("https://media.example.org/Badge/250336.png");
        assertThat(easy.lockedBadgeUrl()).isEqualTo("https://media.example.org/Badge/250336_lock.png");

        Achievement rings = g.achievements().get(1);
        assertThat(rings.type()).isNull();
        assertThat(rings.earnedAt()).isEqualTo(Instant.parse("2016-03-13T10:02:11Z"));
        assertThat(rings.earnedHardcoreAt()).isNull();
        assertThat(rings.mode()).isEqualTo(AwardMode.SOFTCORE);
        assertThat(g.earned()).isEqualTo(2);
        assertThat(g.earnedHardcore()).isEqualTo(1);
        assertThat(g.earnedPoints()).isEqualTo(8);
        assertThat(g.earnedHardcorePoints()).isEqualTo(3);
    }

    @Test
    void badgeNameKeepsItsLeadingZeros() throws ApiException {
        Achievement rings = parse(GameFixtures.DOCUMENTED).achievements().get(1);
        assertThat(rings.badgeName()).isEqualTo("00123");
        assertThat(rings.badgeUrl()).isEqualTo("https://media.example.org/Badge/00123.png");
        assertThat(rings.lockedBadgeUrl()).isEqualTo("https://media.example.org/Badge/00123_lock.png");
    }

    @Test
    void emptyArrayMeansNoSuchUserOrGame() {
        ApiException e = assertThrows(ApiException.class, () -> parse(" [] \n"));
        assertThat(e.kind()).isEqualTo(ApiException.Kind.NO_SUCH_GAME);
        assertThat(e.kind().exitCode()).isEqualTo(4);
        assertThat(e.getMessage()).contains("1").contains("Scott");
    }

    @Test
    void nonEmptyArrayIsUnreadable() {
        ApiException e = assertThrows(ApiException.class, () -> parse("[1,2]"));
        assertThat(e.kind()).isEqualTo(ApiException.Kind.UNREADABLE);
    }

    @Test
    void gameWithoutAchievementsHasAnEmptyObject() throws ApiException {
        GameProgress g = parse(GameFixtures.body(7, "Empty", 1, "Genesis/Mega Drive", "/Images/000001.png",
                List.of(), null, null));
        assertThat(GameFixtures.body(7, "Empty", 1, "G", "/I.png", List.of(), null, null)).contains("\"Achievements\":{}");
        assertThat(g.achievements()).isEmpty();
        assertThat(g.total()).isZero();
        assertThat(g.earned()).isZero();
        assertThat(g.totalPoints()).isZero();
    }

    @Test
    void achievementsAsAnArrayOrMissingAreAccepted() throws ApiException {
        String asArray = GameFixtures.DOCUMENTED.replace("\"Achievements\": {", "\"Achievements\": [")
                .replace("\"9\": {", "{").replace("\"10\": {", "{")
                .replace("}\n  },\n  \"HighestAwardKind\"", "}\n  ],\n  \"HighestAwardKind\"");
        // Be sure the edit above made an array, not something the parser rejects for another reason.
        assertThat(asArray).contains("\"Achievements\": [");
        assertThat(parse(asArray).achievements()).extracting(Achievement::id).containsExactly(9, 10);
        assertThat(parse("{\"ID\":5,\"Title\":\"x\"}").achievements()).isEmpty();
        assertThat(parse("{\"ID\":5,\"Achievements\":null}").achievements()).isEmpty();
    }

    @Test
    void unearnedAchievementsHaveNoDateKeysAtAll() throws ApiException {
        String body = GameFixtures.body(3, "Never Played", 7, "NES", "/Images/000003.png",
                GameFixtures.generate(12, 0, 4), null, null);
        assertThat(body).doesNotContain("DateEarned");
        GameProgress g = parse(body);
        assertThat(g.achievements()).hasSize(12).noneMatch(Achievement::isEarned);
        assertThat(g.achievements()).allMatch(a -> a.mode() == AwardMode.NONE);
        assertThat(g.earned()).isZero();
    }

    @Test
    void explicitNullDatesAlsoMeanNotEarned() throws ApiException {
        Map<String, Object> a = GameFixtures.achievement(1, "A", "d", 5, 5, null, "1", 1, 1, 0, null, null);
        a.put("DateEarned", null);
        a.put("DateEarnedHardcore", "");
        GameProgress g = parse(GameFixtures.body(3, "T", 7, "NES", "/I.png", List.of(a), null, null));
        assertThat(g.achievements().get(0).isEarned()).isFalse();
    }

    @Test
    void hardcoreOnlyDateStillCountsAsEarned() throws ApiException {
        Map<String, Object> a = GameFixtures.achievement(1, "A", "d", 5, 5, null, "1", 1, 1, 0, null,
                "2020-01-02 03:04:05");
        Achievement parsed = parse(GameFixtures.body(3, "T", 7, "NES", "/I.png", List.of(a), null, null))
                .achievements().get(0);
        assertThat(parsed.isEarned()).isTrue();
        assertThat(parsed.earnedAt()).isEqualTo(Instant.parse("2020-01-02T03:04:05Z"));
        assertThat(parsed.mode()).isEqualTo(AwardMode.HARDCORE);
    }

    @Test
    void allThreeDateFormsAreRead() throws ApiException {
        Map<String, Object> spaced = GameFixtures.achievement(1, "A", "", 1, 1, null, "1", 1, 1, 1,
                "2016-03-12 17:47:29", null);
        Map<String, Object> iso = GameFixtures.achievement(2, "B", "", 1, 1, null, "2", 1, 1, 2,
                "2016-03-12T17:47:29+00:00", "2016-03-12T19:47:29+02:00");
        String body = GameFixtures.body(3, "T", 7, "NES", "/I.png", List.of(spaced, iso), "mastered",
                "2024-04-23T21:28:49+00:00");
        GameProgress g = parse(body);
        assertThat(g.achievements().get(0).earnedAt()).isEqualTo(Instant.parse("2016-03-12T17:47:29Z"));
        assertThat(g.achievements().get(1).earnedAt()).isEqualTo(Instant.parse("2016-03-12T17:47:29Z"));
        assertThat(g.achievements().get(1).earnedHardcoreAt()).isEqualTo(Instant.parse("2016-03-12T17:47:29Z"));
        assertThat(g.highestAward()).isEqualTo(AwardKind.MASTERED);
        assertThat(g.highestAwardAt()).isEqualTo(Instant.parse("2024-04-23T21:28:49Z"));
    }

    @Test
    void everyHighestAwardKindIsKnown() {
        assertThat(GameJson.highestAward("mastered")).isEqualTo(AwardKind.MASTERED);
        assertThat(GameJson.highestAward("completed")).isEqualTo(AwardKind.COMPLETED);
        assertThat(GameJson.highestAward("beaten-hardcore")).isEqualTo(AwardKind.BEATEN_HARDCORE);
        assertThat(GameJson.highestAward("beaten-softcore")).isEqualTo(AwardKind.BEATEN_SOFTCORE);
        assertThat(GameJson.highestAward("something-new")).isNull();
        assertThat(GameJson.highestAward(null)).isNull();
    }

    @Test
    void numbersAsStringsAndOldShapesAreAccepted() throws ApiException {
        String body = """
                {"ID":"42","Title":"Old","ConsoleID":"7","ConsoleName":"NES","Flags":null,"GuideURL":null,
                 "Released":"1991-06-23 00:00:00","NumDistinctPlayers":"12",
                 "Achievements":{"5":{"ID":"5","Title":"T","Description":"D","Points":"10","TrueRatio":"25",
                   "type":"missable","BadgeName":"01234","NumAwarded":"7","NumAwardedHardcore":"3",
                   "DisplayOrder":"0","DateEarned":"2019-01-01 00:00:00"}}}
                """;
        GameProgress g = parse(body);
        assertThat(g.gameId()).isEqualTo(42);
        assertThat(g.consoleId()).isEqualTo(7);
        Achievement a = g.achievements().get(0);
        assertThat(a.id()).isEqualTo(5);
        assertThat(a.points()).isEqualTo(10);
        assertThat(a.trueRatio()).isEqualTo(25);
        assertThat(a.numAwarded()).isEqualTo(7);
        assertThat(a.isMissable()).isTrue();
        assertThat(a.badgeName()).isEqualTo("01234");
    }

    @Test
    void reorderedKeysAreSortedByDisplayOrderThenId() throws ApiException {
        List<Map<String, Object>> list = new ArrayList<>(GameFixtures.generate(30, 50, 9));
        list.forEach(a -> a.put("DisplayOrder", ((Integer) a.get("ID")) % 3));
        Collections.shuffle(list, new java.util.Random(3));
        GameProgress g = parse(GameFixtures.body(3, "T", 7, "NES", "/I.png", list, null, null));
        assertThat(g.achievements()).isSortedAccordingTo(Achievement.GAME_ORDER);
        assertThat(g.achievements().get(0).displayOrder()).isZero();
        assertThat(g.achievements()).hasSize(30);
    }

    @Test
    void escapedSlashesAndUnicodeEscapesAreRead() throws ApiException {
        String body = "{\"ID\":1,\"Title\":\"Pok\\u00e9mon\",\"ImageIcon\":\"\\/Images\\/067895.png\",\"Achievements\":{}}";
        GameProgress g = parse(body);
        assertThat(g.title()).isEqualTo("Pokémon");
        assertThat(g.iconUrl()).isEqualTo("https://media.example.org/Images/067895.png");
    }

    @Test
    void htmlIsAServerErrorAndBrokenJsonIsUnreadable() {
        assertThat(assertThrows(ApiException.class, () -> parse("<html>down</html>")).kind())
                .isEqualTo(ApiException.Kind.SERVER_ERROR);
        String cut = GameFixtures.DOCUMENTED.substring(0, GameFixtures.DOCUMENTED.length() / 2);
        assertThat(assertThrows(ApiException.class, () -> parse(cut)).kind()).isEqualTo(ApiException.Kind.UNREADABLE);
        assertThat(assertThrows(ApiException.class, () -> parse("{\"Achievements\":{\"1\":5}}")).kind())
                .isEqualTo(ApiException.Kind.UNREADABLE);
        assertThat(assertThrows(ApiException.class, () -> parse("{\"Achievements\":\"none\"}")).kind())
                .isEqualTo(ApiException.Kind.UNREADABLE);
        assertThat(assertThrows(ApiException.class, () -> parse("{\"ID\":{\"x\":1}}")).kind())
                .isEqualTo(ApiException.Kind.UNREADABLE);
    }
}
