package io.github.badgeshelf.cli;

import io.github.badgeshelf.testsupport.AwardsFixtures;
import io.github.badgeshelf.testsupport.FakeRaServer;
import io.github.badgeshelf.testsupport.FakeRaServer.Endpoint;
import io.github.badgeshelf.testsupport.Fault;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code compare --user a --with b}, in-process against the loopback fake: rows, then one test per exit status. */
class CompareCommandTest extends CliAgainstFakeServer {
    private static final byte[] PRECIOUS = "keep me exactly as I am\r\n".getBytes(StandardCharsets.UTF_8);

    @BeforeAll
    static void addUsers() {
        server.addUser("Alice", AwardsFixtures.bodyOf(List.of(
                AwardsFixtures.gameAward("Game Beaten", 1448, true, 0, "Mega Man", 7, "NES/Famicom",
                        "2016-01-02T05:53:52+00:00", "/Images/024519.png"),
                AwardsFixtures.gameAward("Mastery/Completion", 1448, true, 1, "Mega Man", 7, "NES/Famicom",
                        "2016-02-03T10:00:00+00:00", "/Images/024519.png"),
                AwardsFixtures.gameAward("Mastery/Completion", 5, false, 2, "=cmd|' /C calc'!A0", 1, "Genesis/Mega Drive",
                        "2018-07-08T09:10:11+00:00", "/Images/000005.png"),
                AwardsFixtures.gameAward("Game Beaten", 77, true, 3, "zelda, a link", 3, "SNES/Super Famicom",
                        "2019-01-01T00:00:00+00:00", "/Images/000077.png"),
                AwardsFixtures.eventAward(12, 4, "Halloween 2020", "2020-10-31T00:00:00+00:00"),
                AwardsFixtures.siteAward("Patreon Supporter", 0, 5, "2017-01-01T00:00:00+00:00", true))));
        server.addUser("BobTheBeater", AwardsFixtures.bodyOf(List.of(
                AwardsFixtures.gameAward("Game Beaten", 1448, false, 0, "Mega Man", 7, "NES/Famicom",
                        "2015-05-05T05:05:05+00:00", "/Images/024519.png"),
                AwardsFixtures.gameAward("Mastery/Completion", 900, true, 1, "Castlevania", 7, "NES/Famicom",
                        "2021-03-03T03:03:03+00:00", "/Images/000900.png"))));
        server.addUser("Nobody0", AwardsFixtures.EMPTY_AWARDS);
    }

    private static final List<List<String>> EXPECTED = List.of(
            List.of("Game ID", "Title", "Console", "Alice Award", "Alice Awarded At",
                    "BobTheBeater Award", "BobTheBeater Awarded At"),
            // A title a spreadsheet would run as a formula gets its apostrophe; '=' sorts before letters.
            List.of("5", "'=cmd|' /C calc'!A0", "Genesis/Mega Drive", "Completed", "2018-07-08T09:10:11+00:00", "", ""),
            List.of("900", "Castlevania", "NES/Famicom", "", "", "Mastered", "2021-03-03T03:03:03+00:00"),
            // Beaten then mastered: the mastery counts, with its own time; the other side beat it in softcore.
            List.of("1448", "Mega Man", "NES/Famicom", "Mastered", "2016-02-03T10:00:00+00:00",
                    "Beaten (softcore)", "2015-05-05T05:05:05+00:00"),
            List.of("77", "zelda, a link", "SNES/Super Famicom", "Beaten", "2019-01-01T00:00:00+00:00", "", ""));

    @Test
    void writesOneRowPerGameWithBothUsersAsTheServerSpellsThem() throws IOException {
        Path file = dir.resolve("compare.csv");
        Files.write(file, PRECIOUS);

        CliRun run = CliRun.run(env(), "compare", "--user", "alice", "--with=BOBTHEBEATER", "--out", file.toString())
                .keyNotShown();

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEmpty();
        String csv = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(readCsv(csv)).isEqualTo(EXPECTED);
        assertThat(csv).contains("\"zelda, a link\"").endsWith("\r\n").doesNotContain(FakeRaServer.API_KEY);
        assertThat(server.requests(Endpoint.PROFILE)).extracting(r -> r.param("u"))
                .containsExactlyInAnyOrder("alice", "BOBTHEBEATER");
        assertThat(server.requests(Endpoint.AWARDS)).hasSize(2);
        try (var left = Files.list(dir)) {
            assertThat(left).as("no temporary files left behind").containsExactly(file);
        }
    }

    @Test
    void writesToStandardOutputWithoutOut() throws IOException {
        CliRun run = CliRun.run(env(), "compare", "--with", "BobTheBeater", "--user", "Alice").keyNotShown();
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(readCsv(run.out())).isEqualTo(EXPECTED);
    }

    @Test
    void swappingTheUsersSwapsTheColumns() throws IOException {
        CliRun run = CliRun.run(env(), "compare", "--user", "BobTheBeater", "--with", "Alice");
        List<List<String>> rows = readCsv(run.out());
        assertThat(rows.get(0)).containsExactly("Game ID", "Title", "Console", "BobTheBeater Award",
                "BobTheBeater Awarded At", "Alice Award", "Alice Awarded At");
        assertThat(rows.get(3)).containsExactly("1448", "Mega Man", "NES/Famicom",
                "Beaten (softcore)", "2015-05-05T05:05:05+00:00", "Mastered", "2016-02-03T10:00:00+00:00");
    }

    @Test
    void aUserWithoutAwardsGivesTheOthersGamesOnly() throws IOException {
        CliRun run = CliRun.run(env(), "compare", "--user", "Nobody0", "--with", "BobTheBeater");
        assertThat(run.status()).as(run.err()).isZero();
        List<List<String>> rows = readCsv(run.out());
        assertThat(rows).hasSize(3);
        assertThat(rows.subList(1, 3)).allSatisfy(r -> assertThat(r.get(3)).isEmpty());
    }

    @Test
    void fetchesBothShelvesAtOnce() {
        // Every API request waits until all four (two profiles, two awards) have arrived: only
        // concurrent fetching gets them all there before the wait gives up.
        CountDownLatch allFour = new CountDownLatch(4);
        AtomicBoolean metInTime = new AtomicBoolean(true);
        Fault meet = (exchange, status, body, closing) -> {
            allFour.countDown();
            if (!allFour.await(5, TimeUnit.SECONDS)) {
                metInTime.set(false);
            }
            Fault.respond(status, body, Map.of("Content-Type", "application/json")).apply(exchange, status, body, closing);
        };
        server.failAlways(Endpoint.PROFILE, meet).failAlways(Endpoint.AWARDS, meet);

        CliRun run = CliRun.run(env(), "compare", "--user", "Alice", "--with", "BobTheBeater");

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(metInTime).as("all four requests were in flight together").isTrue();
    }

    @Test
    void helpMentionsCompare() {
        for (String[] args : new String[][]{{"--help"}, {"compare", "--help"}, {"compare", "--user", "a", "-h"}}) {
            CliRun run = CliRun.run(Map.of(), args);
            assertThat(run.status()).isZero();
            assertThat(run.out()).contains("compare --user <name-or-ULID> --with <name-or-ULID> [--out <file.csv>]");
        }
    }

    @Test
    void usageErrorsExitWith2BeforeAnyRequest() {
        assertThat(CliRun.run(env(), "compare", "--user", "Alice").failedWith(2).errLine()).contains("--with");
        assertThat(CliRun.run(env(), "compare", "--with", "Alice").failedWith(2).errLine()).contains("--user");
        assertThat(CliRun.run(env(), "compare", "--user", "Alice", "--with").failedWith(2).errLine())
                .contains("--with needs a value");
        assertThat(CliRun.run(env(), "compare", "--user", "a1", "--with", "b1", "--with", "c1").failedWith(2).errLine())
                .contains("twice");
        assertThat(CliRun.run(env(), "compare", "--user", "a1", "--with", "b1", "--game", "3").failedWith(2).errLine())
                .contains("unknown option --game for compare");
        assertThat(CliRun.run(env(), "export", "--user", "a1", "--with", "b1").failedWith(2).errLine())
                .contains("unknown option --with for export");
        Map<String, String> noKey = env();
        noKey.remove("RA_API_KEY");
        assertThat(CliRun.run(noKey, "compare", "--user", "Alice", "--with", "Bob").failedWith(2).errLine())
                .contains("RA_API_KEY");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void rejectedKeyExitsWith3AndLeavesTheFile() throws IOException {
        Path file = dir.resolve("out.csv");
        Files.write(file, PRECIOUS);
        Map<String, String> env = env();
        env.put("RA_API_KEY", "wrong-key-123");

        CliRun run = CliRun.run(env, "compare", "--user", "Alice", "--with", "BobTheBeater", "--out", file.toString())
                .failedWith(3);

        assertThat(run.errLine()).contains("web API key was not accepted").doesNotContain("wrong-key-123");
        assertThat(Files.readAllBytes(file)).isEqualTo(PRECIOUS);
    }

    @Test
    void eitherUserUnknownExitsWith4NamingThemAndLeavesTheFile() throws IOException {
        Path file = dir.resolve("out.csv");
        Files.write(file, PRECIOUS);

        CliRun first = CliRun.run(env(), "compare", "--user", "GhostUser", "--with", "Alice", "--out", file.toString())
                .failedWith(4);
        assertThat(first.errLine()).isEqualTo("badgeshelf: There is no RetroAchievements user called GhostUser.");

        CliRun second = CliRun.run(env(), "compare", "--user", "Alice", "--with", "GhostUser", "--out", file.toString())
                .failedWith(4);
        assertThat(second.errLine()).isEqualTo("badgeshelf: There is no RetroAchievements user called GhostUser.");

        assertThat(Files.readAllBytes(file)).isEqualTo(PRECIOUS);
    }

    @Test
    void malformedNamesExitWith4BeforeAnyRequest() {
        assertThat(CliRun.run(env(), "compare", "--user", "Alice", "--with", "bad name!").failedWith(4).errLine())
                .contains("bad name!").contains("letters and digits");
        CliRun.run(env(), "compare", "--user", "x", "--with", "Alice").failedWith(4);
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void serverErrorExitsWith5AndLeavesTheFile() throws IOException {
        Path file = dir.resolve("out.csv");
        Files.write(file, PRECIOUS);
        server.htmlNext(Endpoint.AWARDS, 500);

        CliRun run = CliRun.run(env(), "compare", "--user", "Alice", "--with", "BobTheBeater", "--out", file.toString())
                .failedWith(5);

        assertThat(run.errLine()).isEqualTo("badgeshelf: The RetroAchievements server had a problem (HTTP 500). Try again later.");
        assertThat(Files.readAllBytes(file)).isEqualTo(PRECIOUS);
    }

    @Test
    void rateLimitAndRefusedConnectionExitWith5() throws IOException {
        server.failNext(Endpoint.PROFILE, 429, "", Map.of("Retry-After", "60"));
        assertThat(CliRun.run(env(), "compare", "--user", "Alice", "--with", "BobTheBeater").failedWith(5).errLine())
                .contains("60 seconds");

        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Map<String, String> env = env();
        env.put("BADGESHELF_API_BASE", "http://127.0.0.1:" + closedPort);
        assertThat(CliRun.run(env, "compare", "--user", "Alice", "--with", "BobTheBeater").failedWith(5).errLine())
                .contains("127.0.0.1").contains("refused");
    }

    @Test
    void unwritableOutputExitsWith5AndLeavesTheExistingFileIntact() throws IOException {
        // No room for the temporary file's longer name beside a 240-character one: writing fails after the fetch.
        Path file = dir.resolve("c".repeat(240) + ".csv");
        Files.write(file, PRECIOUS);

        CliRun run = CliRun.run(env(), "compare", "--user", "Alice", "--with", "BobTheBeater", "--out", file.toString())
                .failedWith(5);

        assertThat(run.errLine()).startsWith("badgeshelf: could not write ");
        assertThat(Files.readAllBytes(file)).isEqualTo(PRECIOUS);
        assertThat(server.requests(Endpoint.AWARDS)).hasSize(2);
        try (var left = Files.list(dir)) {
            assertThat(left).containsExactly(file);
        }
    }
}
