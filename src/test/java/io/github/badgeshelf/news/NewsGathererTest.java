package io.github.badgeshelf.news;

import io.github.badgeshelf.api.RaClient;
import io.github.badgeshelf.model.FollowedUser;
import io.github.badgeshelf.shelf.ShelfCache;
import io.github.badgeshelf.testsupport.FakeRaServer;
import io.github.badgeshelf.testsupport.FakeRaServer.Endpoint;
import io.github.badgeshelf.testsupport.SettableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The polite refetch rule and the gathering, against the loopback server with real copies on disk. */
class NewsGathererTest {
    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");

    @TempDir
    Path home;
    private FakeRaServer server;
    private SettableClock clock;
    private RaClient client;

    @BeforeEach
    void start() {
        server = FakeRaServer.start();
        clock = new SettableClock(NOW);
        client = new RaClient(server.config(), server.credentials(), clock);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private void follow(String... names) {
        for (int i = 0; i < names.length; i++) {
            server.follow(names[i], 1000L * (i + 1), NewsFixtures.masteredAt(100 * (i + 1),
                    NOW.minus(Duration.ofDays(i + 1)), NOW.minus(Duration.ofDays(40))));
        }
    }

    private List<PersonNews> gather() throws Exception {
        List<FollowedUser> followed = FollowList.all(client::getUsersIFollow);
        NewsGatherer gatherer = new NewsGatherer(new OneAtATimeShelfFetcher(client, clock),
                new ShelfCache(home.resolve("shelves")), new RefetchRule(clock));
        List<String> heard = new ArrayList<>();
        List<PersonNews> people = gatherer.gather(followed, (news, done, total) -> heard.add(done + "/" + total));
        assertThat(heard).as("every person reported once, counted up").hasSize(followed.size());
        if (!heard.isEmpty()) {
            assertThat(heard.get(heard.size() - 1)).isEqualTo(followed.size() + "/" + followed.size());
        }
        return people;
    }

    private List<String> asked(Endpoint endpoint) {
        return server.requests(endpoint).stream().map(r -> r.param("u")).toList();
    }

    private static List<PersonNews.State> states(List<PersonNews> people) {
        return people.stream().map(PersonNews::state).toList();
    }

    @Test
    void theFirstRunAsksOncePerFollowedUserAndKeepsCopies() throws Exception {
        follow("Ana", "Ben", "Cleo", "Dev", "Eli");
        List<PersonNews> people = gather();
        assertThat(asked(Endpoint.AWARDS)).containsExactlyInAnyOrder("Ana", "Ben", "Cleo", "Dev", "Eli");
        assertThat(asked(Endpoint.PROFILE)).containsExactlyInAnyOrder("Ana", "Ben", "Cleo", "Dev", "Eli");
        assertThat(states(people)).containsOnly(PersonNews.State.FRESH);
        assertThat(people).extracting(PersonNews::user).containsExactly("Ana", "Ben", "Cleo", "Dev", "Eli");
        ShelfCache copies = new ShelfCache(home.resolve("shelves"));
        assertThat(copies.load("Cleo")).isPresent();
        assertThat(NewsFeed.entries(people, null).get(0).user()).as("Ana's award is a day old, the newest").isEqualTo("Ana");
    }

    @Test
    void theMostRecentlyActivePeopleAreAskedForFirst() throws Exception {
        follow("Ana", "Ben", "Cleo", "Dev", "Eli");
        gather();
        // Two workers, each taking the next person in the follow list's order, each asking the profile first.
        assertThat(asked(Endpoint.PROFILE).subList(0, 2)).containsExactlyInAnyOrder("Ana", "Ben");
        assertThat(asked(Endpoint.PROFILE).get(4)).isEqualTo("Eli");
    }

    @Test
    void aSecondRunWithUnchangedPointsAsksForNoAwardsAtAll() throws Exception {
        follow("Ana", "Ben", "Cleo");
        List<PersonNews> first = gather();
        server.reset();
        clock.advance(Duration.ofHours(3));
        List<PersonNews> second = gather();
        assertThat(server.requests(Endpoint.AWARDS)).isEmpty();
        assertThat(server.requests(Endpoint.PROFILE)).isEmpty();
        assertThat(server.requests(Endpoint.FOLLOWING)).hasSize(1);
        assertThat(states(second)).containsOnly(PersonNews.State.KEPT);
        assertThat(NewsFeed.entries(second, null)).isEqualTo(NewsFeed.entries(first, null));
    }

    @Test
    void afterOnePersonsPointsChangeOnlyTheirAwardsAreAskedFor() throws Exception {
        follow("Ana", "Ben", "Cleo");
        gather();
        server.reset();
        server.changeFollowed("Ben", 2500, NewsFixtures.masteredAt(900, NOW.minus(Duration.ofMinutes(5)),
                NOW.minus(Duration.ofDays(2))));
        List<PersonNews> people = gather();
        assertThat(asked(Endpoint.AWARDS)).containsExactly("Ben");
        assertThat(states(people)).containsExactly(PersonNews.State.KEPT, PersonNews.State.FRESH, PersonNews.State.KEPT);
        NewsEntry newest = NewsFeed.entries(people, null).get(0);
        assertThat(newest.user()).isEqualTo("Ben");
        assertThat(newest.award().awardData()).isEqualTo(900);

        server.reset();
        assertThat(gather()).extracting(PersonNews::state).containsOnly(PersonNews.State.KEPT);
        assertThat(server.requests(Endpoint.AWARDS)).as("Ben's new copy carries his new points").isEmpty();
    }

    @Test
    void copiesOverADayOldAreAskedForAgainEvenWithTheSamePoints() throws Exception {
        follow("Ana", "Ben");
        gather();
        server.reset();
        clock.advance(Duration.ofHours(24));
        gather();
        assertThat(server.requests(Endpoint.AWARDS)).as("exactly 24 hours is still fresh").isEmpty();
        clock.advance(Duration.ofSeconds(1));
        List<PersonNews> people = gather();
        assertThat(asked(Endpoint.AWARDS)).containsExactlyInAnyOrder("Ana", "Ben");
        assertThat(states(people)).containsOnly(PersonNews.State.FRESH);
        server.reset();
        clock.advance(Duration.ofHours(1));
        gather();
        assertThat(server.requests(Endpoint.AWARDS)).as("the new copies are fresh again").isEmpty();
    }

    @Test
    void aPersonWhoseShelfCannotBeHadServesTheirCopyOrIsUnavailableAndTheRestStillShow() throws Exception {
        follow("Ana", "Ben");
        gather();
        server.reset();
        clock.advance(Duration.ofHours(2));
        server.follow("Cleo", 700, NewsFixtures.masteredAt(500, NOW.minus(Duration.ofDays(3))));
        server.changeFollowed("Ana", 1500, NewsFixtures.masteredAt(600, NOW));
        // Ana (points changed) and Cleo (new) are asked for: both fail.
        server.failNext(Endpoint.PROFILE, 503, "<html>down</html>", Map.of("Content-Type", "text/html"));
        server.failNext(Endpoint.PROFILE, 503, "<html>down</html>", Map.of("Content-Type", "text/html"));
        List<PersonNews> people = gather();
        assertThat(states(people)).containsExactly(PersonNews.State.STALE, PersonNews.State.KEPT,
                PersonNews.State.UNAVAILABLE);
        PersonNews ana = people.get(0);
        assertThat(ana.failure()).isNotNull();
        assertThat(ana.age(clock.instant())).contains(Duration.ofHours(2));
        assertThat(people.get(2).shelf()).isNull();
        assertThat(people.get(2).failure().getMessage()).isNotBlank();
        assertThat(NewsFeed.entries(people, null)).extracting(NewsEntry::user).contains("Ana", "Ben")
                .doesNotContain("Cleo");
    }

    @Test
    void afterTheServerSaysTooManyRequestsNobodyElseIsAsked() throws Exception {
        follow("Ana", "Ben", "Cleo", "Dev", "Eli", "Fay");
        server.failNext(Endpoint.PROFILE, 429, "{\"message\":\"Too Many Attempts.\"}", Map.of("Retry-After", "30"));
        // The other worker's request is still being answered when the 429 arrives.
        server.setLatencyMillis(Endpoint.AWARDS, 300);
        List<PersonNews> people = gather();
        // The first two were asked at once; one of them met the 429; at most one more started meanwhile.
        assertThat(server.requests(Endpoint.PROFILE).size()).isLessThanOrEqualTo(3);
        assertThat(people.stream().filter(p -> p.state() == PersonNews.State.UNAVAILABLE).count()).isGreaterThanOrEqualTo(3);
        assertThat(people.stream().filter(p -> p.failure() != null))
                .allMatch(p -> p.failure().retryAfter().isPresent());
    }

    @Test
    void atMostTwoRequestsAreInFlightAtOnce() throws Exception {
        String[] names = new String[12];
        for (int i = 0; i < names.length; i++) {
            names[i] = "Friend" + i;
        }
        follow(names);
        server.setLatencyMillis(40);
        List<PersonNews> people = gather();
        assertThat(asked(Endpoint.AWARDS)).hasSize(12);
        assertThat(states(people)).containsOnly(PersonNews.State.FRESH);
        assertThat(server.mostInFlight(Endpoint.AWARDS)).isLessThanOrEqualTo(2);
        assertThat(server.mostApiInFlight()).as("profiles and awards together").isLessThanOrEqualTo(2);
    }

    @Test
    void theFollowListIsReadPageByPageToTheEnd() throws Exception {
        for (int i = 0; i < 1100; i++) {
            server.addFollowing("Person" + i, null, i, 0, false);
        }
        List<FollowedUser> all = FollowList.all(client::getUsersIFollow);
        assertThat(all).hasSize(1100);
        assertThat(all.get(1099).user()).isEqualTo("Person1099");
        assertThat(server.requests(Endpoint.FOLLOWING)).extracting(r -> r.param("o")).containsExactly("0", "500", "1000");
    }

    @Test
    void followingNobodyAsksNothingElse() throws Exception {
        assertThat(gather()).isEmpty();
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void theKeyIsInNoCopy() throws Exception {
        follow("Ana", "Ben", "Cleo");
        gather();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(home)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertThat(files).hasSize(3);
        for (Path f : files) {
            assertThat(read(f)).as(f.toString()).doesNotContain(FakeRaServer.API_KEY);
        }
    }

    private static String read(Path f) throws IOException {
        return new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
    }
}
