package io.github.badgeshelf.bench;

import io.github.badgeshelf.api.RaClient;
import io.github.badgeshelf.news.LastFollowList;
import io.github.badgeshelf.news.NewsEntry;
import io.github.badgeshelf.news.NewsFeed;
import io.github.badgeshelf.news.NewsGatherer;
import io.github.badgeshelf.news.NewsRound;
import io.github.badgeshelf.news.OneAtATimeShelfFetcher;
import io.github.badgeshelf.news.RefetchRule;
import io.github.badgeshelf.shelf.ShelfCache;
import io.github.badgeshelf.testsupport.AwardsFixtures;
import io.github.badgeshelf.testsupport.FakeRaServer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Issue 22's figures: the news of 200 followed users, through the code the {@code news} command and
 * the news page share (NewsRound: the follow list, NewsGatherer over the window's ShelfCache; NewsFeed), against the
 * loopback FakeRaServer (HTTP/1.1) with the injected latency.
 *
 * <p>{@code news_200_follows_warm_ms}: every copy fresh and every person's points unchanged, from the
 * start to the merged list: one follow-list round trip, no shelf asked for; median of the warm runs
 * after one cold run (which fills the copies) and one unmeasured warm run.
 * {@code news_200_follows_requests}: API requests during one warm run (target 1).
 *
 * <p>Alone: {@code bench/run --news-only [--latency-ms N]}.
 */
public final class NewsBench {
    static final int FOLLOWS = 200;
    static final int AWARDS_EACH = 60;
    static final int WARM_RUNS = 7;

    private NewsBench() {
    }

    public static void main(String[] args) throws Exception {
        long latency = 80;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--latency-ms") && i + 1 < args.length) {
                latency = Long.parseLong(args[++i]);
            } else {
                throw new IllegalArgumentException("NewsBench takes only --latency-ms N, not " + args[i]);
            }
        }
        Map<String, Object> figures = new LinkedHashMap<>();
        Map<String, String> notes = new LinkedHashMap<>();
        figures.put("latency_ms", latency);
        measure(latency, figures, notes);
        figures.forEach((k, v) -> System.out.println(k + "=" + v));
        notes.forEach((k, v) -> System.out.println("# " + k + ": " + v));
        System.exit(0);
    }

    static void measure(long latencyMillis, Map<String, Object> figures, Map<String, String> notes) throws Exception {
        Path home = Files.createTempDirectory("badgeshelf-bench-news");
        try (FakeRaServer api = FakeRaServer.start()) {
            for (int i = 0; i < FOLLOWS; i++) {
                api.follow(String.format(Locale.ROOT, "Friend%03d", i), 1000 + i, AwardsFixtures.generate(AWARDS_EACH, 2200 + i));
            }
            api.setLatencyMillis(latencyMillis);
            RaClient client = new RaClient(api.config(), api.credentials());
            Clock clock = Clock.systemUTC();
            NewsGatherer gatherer = new NewsGatherer(new OneAtATimeShelfFetcher(client, clock),
                    new ShelfCache(home.resolve("shelves")), new RefetchRule(clock));
            // As the news command does it: the last follow list's copies read during the round trip.
            NewsRound round = new NewsRound(client::getUsersIFollow, gatherer,
                    new LastFollowList(home.resolve("following"), client.username()));

            long coldStart = System.nanoTime();
            int coldEntries = run(round).size();
            long coldMs = (System.nanoTime() - coldStart) / 1_000_000;
            int coldRequests = api.requests().size();

            run(round); // unmeasured: the JIT's warm-up
            List<Long> runs = new ArrayList<>();
            List<Long> cpu = new ArrayList<>();
            // The thread's CPU time beside the wall time: on a shared machine the two part ways.
            java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
            int requests = -1;
            for (int i = 0; i < WARM_RUNS; i++) {
                api.reset();
                api.setLatencyMillis(latencyMillis);
                long cpuStart = threads.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                List<NewsEntry> entries = run(round);
                runs.add((System.nanoTime() - start) / 1_000_000);
                cpu.add((threads.getCurrentThreadCpuTime() - cpuStart) / 1_000_000);
                if (entries.size() != coldEntries) {
                    throw new IllegalStateException("a warm run merged " + entries.size() + " entries, the cold one " + coldEntries);
                }
                int asked = api.requests().size();
                if (requests >= 0 && asked != requests) {
                    throw new IllegalStateException("warm runs asked " + requests + " and " + asked + " requests");
                }
                requests = asked;
            }
            figures.put("news_200_follows_warm_ms", GuiRuns.median(runs));
            figures.put("news_200_follows_requests", (long) requests);
            notes.put("news_detail", String.format(Locale.ROOT,
                    "%d followed users, %d awards each (%d entries merged); target one round trip (%d ms) + 100 ms;"
                            + " warm runs %s ms (median reported), CPU time of the running thread %s ms; the cold run (empty copies) took %d ms and %d requests"
                            + " (a follow-list page, then each person's profile and awards, two at a time)",
                    FOLLOWS, AWARDS_EACH, coldEntries, latencyMillis, GuiRuns.list(runs), GuiRuns.list(cpu), coldMs, coldRequests));
        }
    }

    private static List<NewsEntry> run(NewsRound round) throws Exception {
        return NewsFeed.entries(round.gather((news, done, total) -> { }), null);
    }
}
