package io.github.badgeshelf.cli;

import io.github.badgeshelf.testsupport.AwardsFixtures;
import io.github.badgeshelf.testsupport.GameFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 21 items 1 and 10: a single value that cannot be read keeps its cell empty and is named on
 * standard error (once per answer, exit 0); an earned achievement stays earned; absent optional
 * numbers are empty, not 0.
 */
class UnreadValuesCommandTest extends CliAgainstFakeServer {
    private static final String USER = "OddDates";
    private static final String NO_ORDER = "NoOrder";

    private static String award(String awardedAt, String title, int gameId) {
        return "{\"AwardedAt\":" + awardedAt + ",\"AwardType\":\"Mastery/Completion\",\"AwardData\":" + gameId
                + ",\"AwardDataExtra\":1,\"DisplayOrder\":0,\"Title\":\"" + title + "\",\"ConsoleID\":1,"
                + "\"ConsoleName\":\"Genesis/Mega Drive\",\"ImageIcon\":\"/Images/000001.png\"}";
    }

    private static String body(List<String> awards) {
        return "{\"TotalAwardsCount\":" + awards.size() + ",\"HiddenAwardsCount\":0,\"MasteryAwardsCount\":"
                + awards.size() + ",\"CompletionAwardsCount\":0,\"BeatenHardcoreAwardsCount\":0,"
                + "\"BeatenSoftcoreAwardsCount\":0,\"EventAwardsCount\":0,\"SiteAwardsCount\":0,"
                + "\"VisibleUserAwards\":[" + String.join(",", awards) + "]}";
    }

    @BeforeAll
    static void addUsers() {
        server.addUser(USER, body(List.of(
                award("\"2016-01-02T05:53:52+00:00\"", "Good", 1),
                award("1451714032", "Number", 2),
                award("null", "Null", 3),
                award("\"garbage\"", "Garbage", 4),
                award("\"2016-01-02\"", "DateOnly", 5),
                award("\"\"", "Empty", 6))));
        server.addUser(NO_ORDER, body(List.of(award("\"2016-01-02T05:53:52+00:00\"", "Unordered", 7)
                .replace("\"DisplayOrder\":0,", ""))));

        Map<String, Object> softOnly = GameFixtures.achievement(21, "Soft only", "d", 5, 7, null, "00021", 9, 3, 1,
                "last tuesday", null);
        Map<String, Object> noRatio = new LinkedHashMap<>(GameFixtures.achievement(22, "No ratio", "d", 5, 7, null,
                "00022", 9, 3, 2, "2016-03-13 10:02:11", null));
        noRatio.remove("TrueRatio");
        server.addGameProgress(USER, 9, GameFixtures.body(9, "Odd", 1, "Genesis/Mega Drive", "/Images/000009.png",
                List.of(softOnly, noRatio), null, null));
    }

    @Test
    void unreadableAwardTimesStayEmptyAndAreNamedOnceOnStandardError() throws IOException {
        Path file = dir.resolve("awards.csv");

        CliRun run = CliRun.run(env(), "export", "--user", USER, "--out", file.toString()).keyNotShown();

        assertThat(run.status()).as(run.err()).isZero();
        List<List<String>> rows = readCsv(Files.readString(file, StandardCharsets.UTF_8));
        assertThat(rows).hasSize(7);
        assertThat(rows.get(1).get(4)).isEqualTo("2016-01-02T05:53:52+00:00");
        // Never another value: not 1970, not midnight of that day.
        for (int i = 2; i <= 6; i++) {
            assertThat(rows.get(i).get(4)).as(rows.get(i).get(0)).isEmpty();
        }
        assertThat(run.err().lines().toList()).as("one line for the whole answer").singleElement();
        assertThat(run.errLine()).startsWith("badgeshelf: warning: ").contains("5 values could not be read")
                .contains("award \"Number\" (Mastery/Completion, 2): AwardedAt 1451714032")
                .contains("award \"Null\" (Mastery/Completion, 3): AwardedAt null")
                .contains("award \"Garbage\" (Mastery/Completion, 4): AwardedAt \"garbage\"")
                .contains("and 2 more");
    }

    @Test
    void toStandardOutputTheCsvStaysCleanAndTheWarningGoesToStandardError() throws IOException {
        CliRun run = CliRun.run(env(), "export", "--user", USER);

        assertThat(run.status()).isZero();
        assertThat(readCsv(run.out())).hasSize(7);
        assertThat(run.out()).doesNotContain("warning");
        assertThat(run.errLine()).contains("AwardedAt \"garbage\"");
    }

    @Test
    void anAchievementEarnedWithAnUnreadableDateStaysEarnedAndAnAbsentTrueRatioIsEmpty() throws IOException {
        Path file = dir.resolve("game.csv");

        CliRun run = CliRun.run(env(), "export-game", "--user", USER, "--game", "9", "--out", file.toString());

        assertThat(run.status()).as(run.err()).isZero();
        List<List<String>> rows = readCsv(Files.readString(file, StandardCharsets.UTF_8));
        assertThat(rows).hasSize(3);
        List<String> softOnly = rows.get(1);
        assertThat(softOnly.get(1)).isEqualTo("Soft only");
        assertThat(softOnly.get(4)).isEqualTo("7");
        assertThat(softOnly.get(7)).as("earned at: unreadable, left empty").isEmpty();
        List<String> noRatio = rows.get(2);
        assertThat(noRatio.get(4)).as("True Ratio absent: empty, not 0").isEmpty();
        assertThat(noRatio.get(7)).isEqualTo("2016-03-13T10:02:11+00:00");
        assertThat(run.err().lines().toList()).singleElement().asString()
                .startsWith("badgeshelf: warning: ")
                .contains("achievement 21 \"Soft only\": DateEarned \"last tuesday\"");
    }

    @Test
    void anAbsentDisplayOrderIsAnEmptyCellNotZero() throws IOException {
        CliRun run = CliRun.run(env(), "export", "--user", NO_ORDER);

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        List<List<String>> rows = readCsv(run.out());
        assertThat(rows.get(0).get(7)).isEqualTo("Display Order");
        assertThat(rows.get(1).get(7)).isEmpty();
    }

    @Test
    void everyValueReadGivesNoWarning() {
        server.addUser("AllGood", AwardsFixtures.generate(5, 3));
        CliRun run = CliRun.run(env(), "export", "--user", "AllGood");
        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
    }
}
