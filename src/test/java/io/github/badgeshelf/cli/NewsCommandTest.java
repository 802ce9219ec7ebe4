package io.github.badgeshelf.cli;

import io.github.badgeshelf.testsupport.AwardsFixtures;
import io.github.badgeshelf.testsupport.FakeRaServer;
import io.github.badgeshelf.testsupport.FakeRaServer.Endpoint;
import io.github.badgeshelf.testsupport.SettableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code news [--days N] [--out f.csv]} against the loopback server, with the copies in a home of its own. */
class NewsCommandTest extends CliAgainstFakeServer {
    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");
    private static final DateTimeFormatter WIRE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");
    private static final String HEADER = "User,Awarded At,Award Type,Mode,Title,Console,Game ID,Image URL";

    private SettableClock clock;

    @BeforeEach
    void freshFollowList() {
        server.clearFollowing();
        clock = new SettableClock(NOW);
    }

    @Override
    Map<String, String> env() {
        Map<String, String> env = super.env();
        env.put("BADGESHELF_HOME", dir.resolve("home").toString());
        return env;
    }

    private CliRun news(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "news";
        System.arraycopy(args, 0, all, 1, args.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            status = CommandLine.run(all, env(), o, e, clock);
        }
        return new CliRun(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)).keyNotShown();
    }

    private static String wire(Instant t) {
        return WIRE.format(t.atOffset(ZoneOffset.UTC));
    }

    /** A body: one award per (type, game, days ago), in display order as given. */
    private static String awards(Object... typeGameDaysAgo) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (int i = 0; i < typeGameDaysAgo.length; i += 3) {
            String type = (String) typeGameDaysAgo[i];
            int game = (Integer) typeGameDaysAgo[i + 1];
            Duration ago = (Duration) typeGameDaysAgo[i + 2];
            String when = wire(NOW.minus(ago));
            list.add(type.equals("Event") ? AwardsFixtures.eventAward(game, i / 3, "=Event " + game, when)
                    : AwardsFixtures.gameAward(type, game, true, i / 3, "Game " + game, 7, "NES/Famicom", when,
                    String.format(Locale.ROOT, "/Images/%06d.png", game)));
        }
        return AwardsFixtures.bodyOf(list);
    }

    private static Duration days(long n) {
        return Duration.ofDays(n);
    }

    @Test
    void writesTheFollowedPeoplesAwardsOfTheLast30DaysNewestFirst() throws Exception {
        server.follow("NewsAna", 100, awards("Mastery/Completion", 11, days(2), "Game Beaten", 12, days(45),
                "Event", 13, Duration.ofHours(5)));
        server.follow("newsben", 200, awards("Game Beaten", 21, days(10)));
        CliRun run = news();
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        List<List<String>> rows = readCsv(run.out());
        assertThat(String.join(",", rows.get(0))).isEqualTo(HEADER);
        String media = server.mediaBase().toString();
        assertThat(rows.subList(1, rows.size())).containsExactly(
                List.of("NewsAna", wire(NOW.minus(Duration.ofHours(5))), "Event", "", "'=Event 13", "Events", "",
                        media + "/Images/900013.png"),
                List.of("NewsAna", "2026-11-18T12:00:00+00:00", "Mastery/Completion", "Hardcore", "Game 11", "NES/Famicom", "11",
                        media + "/Images/000011.png"),
                List.of("newsben", "2026-11-10T12:00:00+00:00", "Game Beaten", "Hardcore", "Game 21", "NES/Famicom", "21",
                        media + "/Images/000021.png"));
    }

    @Test
    void daysNarrowsThePeriodAndTiesGoByUserThenDisplayOrder() throws Exception {
        server.follow("Zed", 1, awards("Mastery/Completion", 31, days(1), "Mastery/Completion", 32, days(20)));
        server.follow("Amy", 2, awards("Game Beaten", 42, days(1), "Mastery/Completion", 41, days(1)));
        CliRun run = news("--days", "7");
        assertThat(run.status()).isZero();
        List<List<String>> rows = readCsv(run.out());
        assertThat(rows.subList(1, rows.size())).extracting(r -> r.get(0) + " " + r.get(6))
                .containsExactly("Amy 42", "Amy 41", "Zed 31");
    }

    @Test
    void aSecondRunWithUnchangedPointsAsksForNoAwardsAndChangedPointsOnlyThatPersons() throws Exception {
        server.follow("Ana", 100, awards("Mastery/Completion", 11, days(2)));
        server.follow("Ben", 200, awards("Mastery/Completion", 21, days(3)));
        CliRun first = news();
        assertThat(server.requests(Endpoint.AWARDS)).hasSize(2);
        server.reset();
        clock.advance(Duration.ofHours(1));
        CliRun second = news();
        assertThat(second.status()).isZero();
        assertThat(server.requests(Endpoint.AWARDS)).isEmpty();
        assertThat(second.out()).isEqualTo(first.out());

        server.changeFollowed("Ben", 250, awards("Mastery/Completion", 22, Duration.ofHours(-1), "Mastery/Completion", 21, days(3)));
        CliRun third = news();
        assertThat(server.requests(Endpoint.AWARDS)).extracting(r -> r.param("u")).containsExactly("Ben");
        assertThat(readCsv(third.out()).get(1)).startsWith("Ben", "2026-11-20T13:00:00+00:00");
    }

    @Test
    void aPersonWhoCannotBeFetchedIsTakenFromTheCopyWithOneLineNamingThemAndItsAge() throws Exception {
        server.follow("Ana", 100, awards("Mastery/Completion", 11, days(2)));
        news();
        server.reset();
        clock.advance(Duration.ofHours(26));
        server.failNext(Endpoint.PROFILE, 503, "<html>down</html>", Map.of("Content-Type", "text/html"));
        Path out = dir.resolve("news.csv");
        CliRun run = news("--out", out.toString());
        assertThat(run.status()).isZero();
        assertThat(run.err().lines()).hasSize(1);
        assertThat(run.errLine()).startsWith("badgeshelf: ").contains("Ana").contains("26 hours");
        assertThat(Files.readString(out)).contains("Ana,2026-11-18T12:00:00+00:00");
    }

    @Test
    void aPersonWithNeitherAShelfNorACopyIsExit5AndTheOldFileStays() throws Exception {
        server.follow("Ana", 100, awards("Mastery/Completion", 11, days(2)));
        server.follow("Ben", 200, awards("Mastery/Completion", 21, days(2)));
        Path out = dir.resolve("news.csv");
        Files.writeString(out, "the old file");
        server.failNext(Endpoint.AWARDS, 503, "<html>down</html>", Map.of("Content-Type", "text/html"));
        server.failNext(Endpoint.AWARDS, 503, "<html>down</html>", Map.of("Content-Type", "text/html"));
        CliRun run = news("--out", out.toString()).failedWith(5);
        assertThat(run.errLine()).contains("Ana").contains("Ben").contains("nothing was written");
        assertThat(Files.readString(out)).isEqualTo("the old file");
    }

    @Test
    void anUnreadableAwardTimeIsNamedOnceAndItsAwardNeverCountsAsRecent() throws Exception {
        String body = awards("Mastery/Completion", 51, days(1), "Mastery/Completion", 52, days(2))
                .replace("\"" + wire(NOW.minus(days(2))) + "\"", "\"garbage\"");
        server.follow("Odd", 100, body);

        CliRun run = news();

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.err().lines().toList()).as("one warning line for the answer").singleElement();
        assertThat(run.errLine()).startsWith("badgeshelf: warning: in the awards of Odd")
                .contains("AwardedAt \"garbage\"");
        List<List<String>> rows = readCsv(run.out());
        // Without a time it cannot be said to be within the last 30 days: only the readable award is news.
        assertThat(rows.subList(1, rows.size())).extracting(r -> r.get(4)).containsExactly("Game 51");
    }

    @Test
    void followingNobodyWritesTheHeaderAlone() throws Exception {
        CliRun run = news();
        assertThat(run.status()).isZero();
        assertThat(run.out()).isEqualTo(HEADER + "\r\n");
    }

    @Test
    void aBadDaysIsAUsageError() {
        for (String bad : new String[] {"0", "-3", "abc", "7.5", "99999999"}) {
            CliRun run = news("--days", bad).failedWith(2);
            assertThat(run.errLine()).contains("--days");
        }
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void theKeyIsInNoCopyAndNoOutput() throws Exception {
        server.follow("Ana", 100, awards("Mastery/Completion", 11, days(2)));
        news();
        try (Stream<Path> kept = Files.list(dir.resolve("home").resolve("following"))) {
            assertThat(kept.toList()).as("the follow list's names, kept for reading ahead next time")
                    .singleElement().satisfies(f -> assertThat(Files.readString(f)).contains("\"Ana\""));
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                assertThat(Files.readString(f)).as(f.toString()).doesNotContain(FakeRaServer.API_KEY);
            }
        }
    }

    @Test
    void helpNamesTheCommand() {
        CliRun run = CliRun.run(env(), "--help");
        assertThat(run.out()).contains("news [--days N] [--out <file.csv>]");
    }
}
