package io.github.badgeshelf.cli;

import io.github.badgeshelf.testsupport.AwardsFixtures;
import io.github.badgeshelf.testsupport.FakeRaServer;
import io.github.badgeshelf.testsupport.FakeRaServer.Endpoint;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line end to end, in-process, against the loopback fake: one test per exit status. */
class CommandLineTest extends CliAgainstFakeServer {
    private static final String USER = "ExportMe";
    private static final byte[] PRECIOUS = "keep me exactly as I am\r\n".getBytes(StandardCharsets.UTF_8);
    private static List<Map<String, Object>> awards;

    @BeforeAll
    static void addUsers() {
        awards = AwardsFixtures.generateAwards(300, 5);
        server.addUser(USER, AwardsFixtures.bodyOf(awards, 4));
        server.addUser("Tricky", AwardsFixtures.withTitles(AwardsFixtures.TRICKY_TITLES));
    }


    private static String expectedTitle(Map<String, Object> award) {
        Object title = award.get("Title");
        String text = title == null ? (String) award.get("AwardType") : (String) title;
        return "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    /** Every row matches the server's award at the same position. */
    private void assertCsvMatchesServer(String csv) throws IOException {
        List<List<String>> rows = readCsv(csv);
        assertThat(rows.get(0)).containsExactly("Title", "Console", "Award Type", "Mode", "Awarded At",
                "Game ID", "Console ID", "Display Order", "Image URL");
        assertThat(rows).hasSize(awards.size() + 1);
        for (int i = 0; i < awards.size(); i++) {
            Map<String, Object> a = awards.get(i);
            List<String> row = rows.get(i + 1);
            String type = (String) a.get("AwardType");
            boolean game = type.equals("Mastery/Completion") || type.equals("Game Beaten");
            assertThat(row.get(0)).isEqualTo(expectedTitle(a));
            assertThat(row.get(1)).isEqualTo(a.get("ConsoleName") == null ? "" : a.get("ConsoleName"));
            assertThat(row.get(2)).isEqualTo(type);
            assertThat(row.get(3)).isEqualTo(!game ? "" : Integer.valueOf(1).equals(a.get("AwardDataExtra")) ? "Hardcore" : "Softcore");
            assertThat(row.get(4)).isEqualTo((String) a.get("AwardedAt"));
            assertThat(row.get(5)).isEqualTo(game ? a.get("AwardData").toString() : "");
            assertThat(row.get(6)).isEqualTo(a.get("ConsoleID") == null ? "" : a.get("ConsoleID").toString());
            assertThat(row.get(7)).isEqualTo(a.get("DisplayOrder").toString());
            assertThat(row.get(8)).isEqualTo(a.get("ImageIcon") == null ? "" : server.mediaBase() + (String) a.get("ImageIcon"));
        }
    }

    @Test
    void exportsToAFile() throws IOException {
        Path file = dir.resolve("awards.csv");
        Files.write(file, PRECIOUS);

        CliRun run = CliRun.run(env(), "export", "--user", USER, "--out", file.toString()).keyNotShown();

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEmpty();
        String csv = Files.readString(file, StandardCharsets.UTF_8);
        assertCsvMatchesServer(csv);
        assertThat(csv).doesNotContain(FakeRaServer.API_KEY);
        assertThat(server.requests(Endpoint.PROFILE)).singleElement()
                .satisfies(r -> assertThat(r.param("u")).isEqualTo(USER));
        assertThat(server.requests(Endpoint.AWARDS)).singleElement()
                .satisfies(r -> assertThat(r.query()).containsEntry("u", USER)
                        .containsEntry("z", FakeRaServer.USERNAME).containsEntry("y", FakeRaServer.API_KEY));
        try (var left = Files.list(dir)) {
            assertThat(left).as("no temporary files left behind").containsExactly(file);
        }
    }

    @Test
    void exportsToStandardOutput() throws IOException {
        CliRun run = CliRun.run(env(), "export", "--user=" + USER).keyNotShown();

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertCsvMatchesServer(run.out());
    }

    @Test
    void trickyTitlesSurviveTheRoundTrip() throws IOException {
        CliRun run = CliRun.run(env(), "export", "--user", "Tricky");
        assertThat(run.status()).isZero();
        List<List<String>> rows = readCsv(run.out());
        assertThat(rows.subList(1, rows.size())).extracting(r -> r.get(0)).containsExactlyElementsOf(
                AwardsFixtures.TRICKY_TITLES.stream()
                        .map(t -> "=+-@\t\r".indexOf(t.charAt(0)) >= 0 ? "'" + t : t).toList());
    }

    @Test
    void helpPrintsUsageAndSucceeds() {
        for (String[] args : new String[][]{{"--help"}, {"export", "--help"}, {"export", "--user", "x", "--help"}}) {
            CliRun run = CliRun.run(Map.of(), args);
            assertThat(run.status()).isZero();
            assertThat(run.out()).contains("Usage:").contains("export --user <name-or-ULID> [--out <file.csv>]")
                    .contains("RA_USERNAME").contains("RA_API_KEY");
            assertThat(run.err()).isEmpty();
        }
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void usageErrorsExitWith2() {
        assertThat(CliRun.run(env(), "export").failedWith(2).errLine()).contains("--user");
        assertThat(CliRun.run(env(), "export", "--user").failedWith(2).errLine()).contains("--user needs a value");
        assertThat(CliRun.run(env(), "export", "--user", USER, "--colour", "red").failedWith(2).errLine())
                .contains("unknown option --colour");
        assertThat(CliRun.run(env(), "import", "--user", USER).failedWith(2).errLine()).contains("unknown command");
        assertThat(CliRun.run(env(), "export", "--user", "a", "--user", "b").failedWith(2).errLine()).contains("twice");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void missingCredentialsExitWith2NamingTheVariable() {
        Map<String, String> noKey = env();
        noKey.remove("RA_API_KEY");
        assertThat(CliRun.run(noKey, "export", "--user", USER).failedWith(2).errLine()).contains("RA_API_KEY");

        Map<String, String> noName = env();
        noName.put("RA_USERNAME", "  ");
        assertThat(CliRun.run(noName, "export", "--user", USER).failedWith(2).errLine()).contains("RA_USERNAME");

        Map<String, String> none = env();
        none.remove("RA_USERNAME");
        none.remove("RA_API_KEY");
        assertThat(CliRun.run(none, "export", "--user", USER).failedWith(2).errLine())
                .contains("RA_USERNAME").contains("RA_API_KEY");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void badOriginExitsWith2() {
        Map<String, String> env = env();
        env.put("BADGESHELF_API_BASE", "http://example.com");
        assertThat(CliRun.run(env, "export", "--user", USER).failedWith(2).errLine()).contains("BADGESHELF_API_BASE");
        env.put("BADGESHELF_API_BASE", "not a url at all");
        CliRun.run(env, "export", "--user", USER).failedWith(2);
    }

    @Test
    void rejectedKeyExitsWith3() throws IOException {
        Path file = dir.resolve("out.csv");
        Files.write(file, PRECIOUS);
        Map<String, String> env = env();
        env.put("RA_API_KEY", "wrong-key-123");

        CliRun run = CliRun.run(env, "export", "--user", USER, "--out", file.toString()).failedWith(3);

        assertThat(run.errLine()).contains("web API key was not accepted").doesNotContain("wrong-key-123");
        assertThat(Files.readAllBytes(file)).isEqualTo(PRECIOUS);
    }

    @Test
    void unknownUserExitsWith4AndLeavesTheFile() throws IOException {
        Path file = dir.resolve("out.csv");
        Files.write(file, PRECIOUS);

        CliRun run = CliRun.run(env(), "export", "--user", "NobodyHere", "--out", file.toString()).failedWith(4);

        assertThat(run.errLine()).isEqualTo("badgeshelf: There is no RetroAchievements user called NobodyHere.");
        assertThat(Files.readAllBytes(file)).isEqualTo(PRECIOUS);
        assertThat(server.requests(Endpoint.AWARDS)).as("no awards fetched for a missing user").isEmpty();
    }

    @Test
    void malformedNameExitsWith4BeforeAnyRequest() {
        assertThat(CliRun.run(env(), "export", "--user", "bad name!").failedWith(4).errLine())
                .contains("letters and digits");
        CliRun.run(env(), "export", "--user", "x").failedWith(4);
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void nameRefusedByTheServerExitsWith4() {
        // A name our own check lets through but the server refuses still ends in status 4.
        server.failNext(Endpoint.PROFILE, 422, AwardsFixtures.validationError("The u must be a valid ULID."), Map.of());
        assertThat(CliRun.run(env(), "export", "--user", USER).failedWith(4).errLine()).contains("valid ULID");
    }

    @Test
    void serverErrorExitsWith5AndLeavesTheFile() throws IOException {
        Path file = dir.resolve("out.csv");
        Files.write(file, PRECIOUS);
        server.htmlNext(Endpoint.AWARDS, 500);

        CliRun run = CliRun.run(env(), "export", "--user", USER, "--out", file.toString()).failedWith(5);

        assertThat(run.errLine()).isEqualTo("badgeshelf: The RetroAchievements server had a problem (HTTP 500). Try again later.");
        assertThat(Files.readAllBytes(file)).isEqualTo(PRECIOUS);
    }

    @Test
    void rateLimitAndCutOffAnswersExitWith5() {
        server.failNext(Endpoint.PROFILE, 429, "", Map.of("Retry-After", "60"));
        assertThat(CliRun.run(env(), "export", "--user", USER).failedWith(5).errLine()).contains("60 seconds");
        server.truncateNext(Endpoint.AWARDS);
        assertThat(CliRun.run(env(), "export", "--user", USER).failedWith(5).errLine()).contains("cut off");
    }

    @Test
    void refusedConnectionExitsWith5() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Map<String, String> env = env();
        env.put("BADGESHELF_API_BASE", "http://127.0.0.1:" + closedPort);
        Path file = dir.resolve("out.csv");
        Files.write(file, PRECIOUS);

        CliRun run = CliRun.run(env, "export", "--user", USER, "--out", file.toString()).failedWith(5);

        assertThat(run.errLine()).contains("127.0.0.1").contains("refused");
        assertThat(Files.readAllBytes(file)).isEqualTo(PRECIOUS);
    }

    @Test
    void unwritableOutputExitsWith5AndLeavesTheExistingFileIntact() throws IOException {
        // The export writes a temporary file beside the target; a name this long leaves no room for
        // the temporary name, so writing fails even for root, after the awards have been fetched.
        Path file = dir.resolve("a".repeat(240) + ".csv");
        Files.write(file, PRECIOUS);

        CliRun run = CliRun.run(env(), "export", "--user", USER, "--out", file.toString()).failedWith(5);

        assertThat(run.errLine()).startsWith("badgeshelf: could not write ").contains(file.getFileName().toString());
        assertThat(Files.readAllBytes(file)).isEqualTo(PRECIOUS);
        assertThat(server.requests(Endpoint.AWARDS)).hasSize(1);
        try (var left = Files.list(dir)) {
            assertThat(left).containsExactly(file);
        }
    }

    @Test
    void missingFolderExitsWith5() {
        Path file = dir.resolve("no-such-folder").resolve("out.csv");
        CliRun run = CliRun.run(env(), "export", "--user", USER, "--out", file.toString()).failedWith(5);
        assertThat(run.errLine().toLowerCase(Locale.ROOT)).contains("could not write").contains("does not exist");
        assertThat(file.getParent()).doesNotExist();
    }
}
