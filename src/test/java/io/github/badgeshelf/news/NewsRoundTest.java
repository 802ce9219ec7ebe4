package io.github.badgeshelf.news;

import io.github.badgeshelf.api.ApiException;
import io.github.badgeshelf.api.RaClient;
import io.github.badgeshelf.model.FollowingPage;
import io.github.badgeshelf.model.Shelf;
import io.github.badgeshelf.shelf.OfflineCopies;
import io.github.badgeshelf.shelf.ShelfCache;
import io.github.badgeshelf.testsupport.FakeRaServer;
import io.github.badgeshelf.testsupport.FakeRaServer.Endpoint;
import io.github.badgeshelf.testsupport.SettableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The news command's round (issue 22's warm figure): the copies of the people the last follow list
 * named are read while the follow list is asked for, each once, and the news is the same as without.
 */
class NewsRoundTest {
    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");

    @TempDir
    Path home;
    private FakeRaServer server;
    private SettableClock clock;
    private RaClient client;
    private CountingCopies copies;

    @BeforeEach
    void start() {
        server = FakeRaServer.start();
        clock = new SettableClock(NOW);
        client = new RaClient(server.config(), server.credentials(), clock);
        copies = new CountingCopies(new ShelfCache(home.resolve("shelves")));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private void follow(String name, long points) {
        server.follow(name, points, NewsFixtures.masteredAt((int) points, NOW.minus(Duration.ofDays(1)), NOW.minus(Duration.ofDays(40))));
    }

    private NewsRound round(FollowList.Pages pages) {
        NewsGatherer gatherer = new NewsGatherer(new OneAtATimeShelfFetcher(client, clock), copies, new RefetchRule(clock));
        return new NewsRound(pages, gatherer, new LastFollowList(home.resolve("following"), client.username()));
    }

    @Test
    void theLastFollowListsCopiesAreReadBeforeTheFollowListAnswers() throws Exception {
        follow("Ana", 1000);
        follow("Ben", 2000);
        follow("Cleo", 3000);
        round(client::getUsersIFollow).gather((news, done, total) -> { });
        server.reset();
        copies.loads.clear();

        int[] readWhenAsked = new int[1];
        List<PersonNews> people = round((count, offset) -> {
            // The follow list is the round trip; the copies must not wait for it.
            readWhenAsked[0] = copies.awaitLoads(3);
            return client.getUsersIFollow(count, offset);
        }).gather((news, done, total) -> { });

        assertThat(readWhenAsked[0]).as("copies read before the follow list answered").isEqualTo(3);
        assertThat(copies.loads).as("each copy read once").containsOnly(
                Map.entry("ana", 1), Map.entry("ben", 1), Map.entry("cleo", 1));
        assertThat(people).extracting(PersonNews::state).containsOnly(PersonNews.State.KEPT);
        assertThat(server.requests(Endpoint.AWARDS)).as("no awards asked for").isEmpty();
    }

    @Test
    void someoneNewlyFollowedIsReadAndFetchedAndTheListIsRememberedForNextTime() throws Exception {
        follow("Ana", 1000);
        round(client::getUsersIFollow).gather((news, done, total) -> { });
        follow("Ben", 2000);
        server.reset();

        List<PersonNews> people = round(client::getUsersIFollow).gather((news, done, total) -> { });

        assertThat(people).extracting(PersonNews::user).containsExactly("Ana", "Ben");
        assertThat(people).extracting(PersonNews::state).containsExactly(PersonNews.State.KEPT, PersonNews.State.FRESH);
        assertThat(server.requests(Endpoint.AWARDS)).extracting(r -> r.param("u")).containsExactly("Ben");
        assertThat(new LastFollowList(home.resolve("following"), client.username()).names()).containsExactly("Ana", "Ben");
    }

    @Test
    void aFailingFollowListFailsTheRoundWithTheServersReason() {
        follow("Ana", 1000);
        FollowList.Pages refusing = (count, offset) -> {
            throw new ApiException(ApiException.Kind.SERVER_ERROR, "The server had a problem (HTTP 500).");
        };
        assertThatThrownBy(() -> round(refusing).gather((news, done, total) -> { }))
                .isInstanceOf(ApiException.class).hasMessageContaining("HTTP 500");
    }

    /** The window's copies, counting each read by lower-case name. */
    private static final class CountingCopies implements OfflineCopies<String, Shelf> {
        private final ShelfCache files;
        final Map<String, Integer> loads = new ConcurrentHashMap<>();
        private final AtomicInteger total = new AtomicInteger();

        CountingCopies(ShelfCache files) {
            this.files = files;
        }

        @Override
        public void save(String key, Shelf value) throws IOException {
            files.save(key, value);
        }

        @Override
        public Optional<Shelf> load(String key) {
            Optional<Shelf> shelf = files.load(key);
            loads.merge(key.toLowerCase(Locale.ROOT), 1, Integer::sum);
            synchronized (this) {
                total.incrementAndGet();
                notifyAll();
            }
            return shelf;
        }

        /** Waits up to 10 s for {@code n} reads since the last clear; the number seen. */
        synchronized int awaitLoads(int n) throws ApiException {
            long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (loads.values().stream().mapToInt(Integer::intValue).sum() < n && System.nanoTime() < end) {
                try {
                    wait(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new ApiException(ApiException.Kind.CANCELLED, "interrupted");
                }
            }
            return loads.values().stream().mapToInt(Integer::intValue).sum();
        }
    }
}
