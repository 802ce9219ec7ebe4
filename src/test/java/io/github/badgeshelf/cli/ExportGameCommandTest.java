package io.github.badgeshelf.cli;

import io.github.badgeshelf.testsupport.AwardsFixtures;
import io.github.badgeshelf.testsupport.FakeRaServer;
import io.github.badgeshelf.testsupport.FakeRaServer.Endpoint;
import io.github.badgeshelf.testsupport.GameFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code export-game} end to end, in-process, against the loopback fake: one test per exit status. */
class ExportGameCommandTest extends CliAgainstFakeServer {
    private static final String USER = "GamePlayer";
    private static final byte[] PRECIOUS = "keep me exactly as I am\r\n".getBytes(StandardCharsets.UTF_8);
    private static final List<String> HEADER = List.of("Achievement ID", "Title", "Description", "Points",
            "True Ratio", "Type", "Display Order", "Earned At", "Earned Hardcore At", "Badge URL");

    @BeforeAll
    static void addUserAndGames() {
        server.addUser(USER, AwardsFixtures.EMPTY_AWARDS);
        // Listed out of order, with equal DisplayOrders, a formula-like title and a null type.
        List<Map<String, Object>> achievements = List.of(
                GameFixtures.achievement(30, "Third", "d3", 10, 20, "missable", "00030", 5, 2, 2, null, null),
                GameFixtures.achievement(12, "=SUM(A1)", "Line one\nline \"two\", three", 5, 7, null, "00012", 9, 3, 1,
                        "2016-03-13 10:02:11", null),
                GameFixtures.achievement(11, "First", "-d1", 3, 3, "progression", "250336", 24273, 10831, 1,
                        "2016-03-12 17:47:29", "2016-03-12T17:47:29+00:00"));
        server.addGameProgress(USER, 1, GameFixtures.body(1, "Sonic", 1, "Genesis/Mega Drive", "/Images/067895.png",
                achievements, "beaten-softcore", "2016-03-13T10:02:11+00:00"));
        server.addGame(2, GameFixtures.body(2, "Nothing Yet", 7, "NES", "/Images/000002.png", List.of(), null, null));
    }


    private Path precious() throws IOException {
        Path file = dir.resolve("game.csv");
        Files.write(file, PRECIOUS);
        return file;
    }

    @Test
    void writesTheGameInItsOrderToAFileExactlyAsDesignMdSays() throws IOException {
        Path file = precious();

        CliRun run = CliRun.run(env(), "export-game", "--user", USER, "--game", "1", "--out", file.toString())
                .keyNotShown();

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEmpty();
        String csv = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(csv).doesNotContain(FakeRaServer.API_KEY).endsWith("\r\n");
        List<List<String>> rows = readCsv(csv);
        String badge = server.mediaBase() + "/Badge/";
        assertThat(rows).containsExactly(
                HEADER,
                List.of("11", "First", "'-d1", "3", "3", "progression", "1", "2016-03-12T17:47:29+00:00",
                        "2016-03-12T17:47:29+00:00", badge + "250336.png"),
                List.of("12", "'=SUM(A1)", "Line one\nline \"two\", three", "5", "7", "", "1",
                        "2016-03-13T10:02:11+00:00", "", badge + "00012.png"),
                List.of("30", "Third", "d3", "10", "20", "missable", "2", "", "", badge + "00030.png"));
        assertThat(server.requests(Endpoint.GAME)).singleElement().satisfies(r -> assertThat(r.query())
                .containsEntry("u", USER).containsEntry("g", "1").containsEntry("a", "1"));
        try (var left = Files.list(dir)) {
            assertThat(left).as("no temporary files left behind").containsExactly(file);
        }
    }

    @Test
    void writesToStandardOutputWithoutOut() throws IOException {
        CliRun run = CliRun.run(env(), "export-game", "--user=" + USER, "--game=1").keyNotShown();
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(readCsv(run.out())).hasSize(4).first().isEqualTo(HEADER);
    }

    @Test
    void aGameWithoutAchievementsGivesTheHeaderAlone() throws IOException {
        Path file = precious();
        CliRun run = CliRun.run(env(), "export-game", "--user", USER, "--game", "2", "--out", file.toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(String.join(",", HEADER) + "\r\n");
    }

    @Test
    void noSuchGameOrUserExitsWith4AndLeavesTheFile() throws IOException {
        Path file = precious();
        CliRun game = CliRun.run(env(), "export-game", "--user", USER, "--game", "999", "--out", file.toString())
                .failedWith(4);
        assertThat(game.errLine()).contains("999");
        CliRun user = CliRun.run(env(), "export-game", "--user", "NobodyHere", "--game", "1", "--out", file.toString())
                .failedWith(4);
        assertThat(user.errLine()).contains("NobodyHere");
        assertThat(Files.readAllBytes(file)).isEqualTo(PRECIOUS);
    }

    @Test
    void gameMissingOrNotANumberExitsWith2BeforeAnyRequest() throws IOException {
        Path file = precious();
        assertThat(CliRun.run(env(), "export-game", "--user", USER, "--out", file.toString()).failedWith(2).errLine())
                .contains("--game");
        for (String bad : new String[] {"abc", "-3", "1.5", "0", "12abc", "99999999999"}) {
            assertThat(CliRun.run(env(), "export-game", "--user", USER, "--game=" + bad, "--out", file.toString())
                    .failedWith(2).errLine()).as(bad).contains("--game").contains(bad);
        }
        assertThat(CliRun.run(env(), "export-game", "--game", "1").failedWith(2).errLine()).contains("--user");
        assertThat(CliRun.run(env(), "export-game", "--user", USER, "--game", "1", "--game", "2").failedWith(2)
                .errLine()).contains("twice");
        assertThat(CliRun.run(env(), "export", "--user", USER, "--game", "1").failedWith(2).errLine())
                .contains("unknown option --game");
        assertThat(server.requests()).isEmpty();
        assertThat(Files.readAllBytes(file)).isEqualTo(PRECIOUS);
    }

    @Test
    void rejectedKeyExitsWith3AndLeavesTheFile() throws IOException {
        Path file = precious();
        Map<String, String> env = env();
        env.put("RA_API_KEY", "wrong-key-123");
        CliRun run = CliRun.run(env, "export-game", "--user", USER, "--game", "1", "--out", file.toString())
                .failedWith(3);
        assertThat(run.errLine()).contains("web API key was not accepted").doesNotContain("wrong-key-123");
        assertThat(Files.readAllBytes(file)).isEqualTo(PRECIOUS);
    }

    @Test
    void refusedNameExitsWith4() {
        CliRun.run(env(), "export-game", "--user", "bad name!", "--game", "1").failedWith(4);
        assertThat(server.requests()).isEmpty();
        server.failNext(Endpoint.GAME, 422, AwardsFixtures.validationError("The u must be a valid ULID."), Map.of());
        assertThat(CliRun.run(env(), "export-game", "--user", USER, "--game", "1").failedWith(4).errLine())
                .contains("valid ULID");
    }

    @Test
    void serverTroubleExitsWith5AndLeavesTheFile() throws IOException {
        Path file = precious();
        server.htmlNext(Endpoint.GAME, 500);
        CliRun.run(env(), "export-game", "--user", USER, "--game", "1", "--out", file.toString()).failedWith(5);
        server.truncateNext(Endpoint.GAME);
        assertThat(CliRun.run(env(), "export-game", "--user", USER, "--game", "1", "--out", file.toString())
                .failedWith(5).errLine()).contains("cut off");
        server.failNext(Endpoint.GAME, 429, "", Map.of("Retry-After", "60"));
        assertThat(CliRun.run(env(), "export-game", "--user", USER, "--game", "1", "--out", file.toString())
                .failedWith(5).errLine()).contains("60 seconds");
        assertThat(Files.readAllBytes(file)).isEqualTo(PRECIOUS);
    }

    @Test
    void unwritableFileExitsWith5AndLeavesTheExistingFile() throws IOException {
        Path file = dir.resolve("a".repeat(240) + ".csv");
        Files.write(file, PRECIOUS);
        CliRun run = CliRun.run(env(), "export-game", "--user", USER, "--game", "1", "--out", file.toString())
                .failedWith(5);
        assertThat(run.errLine()).startsWith("badgeshelf: could not write ");
        assertThat(Files.readAllBytes(file)).isEqualTo(PRECIOUS);
        try (var left = Files.list(dir)) {
            assertThat(left).containsExactly(file);
        }
    }

    @Test
    void helpNamesTheNewVerb() {
        CliRun run = CliRun.run(Map.of(), "export-game", "--help");
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("export-game --user <name-or-ULID> --game <game-ID> [--out <file.csv>]");
    }
}
