package io.github.badgeshelf.bench;

import io.github.badgeshelf.api.ApiConfig;
import io.github.badgeshelf.api.AwardsJson;
import io.github.badgeshelf.compare.Presence;
import io.github.badgeshelf.compare.ShelfComparer;
import io.github.badgeshelf.compare.ShelfComparison;
import io.github.badgeshelf.model.Award;
import io.github.badgeshelf.testsupport.AwardsFixtures;
import io.github.badgeshelf.testsupport.FakeRaServer;
import io.github.badgeshelf.testsupport.HeadlessFx;
import io.github.badgeshelf.ui.i18n.Messages;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Issue 14's figures: comparing two shelves. */
final class CompareBench {
    private CompareBench() {
    }

    /**
     * {@code compare_6000x6000_ms}: {@link ShelfComparer#compare} of two parsed 6,000-award shelves
     * (different seeds, so some games are shared and most are not), on the benchmark's main thread,
     * never the FX thread: median of 25 runs after 20 unmeasured.
     */
    static void measureComparison(Map<String, Object> figures, Map<String, String> notes) throws Exception {
        ApiConfig config = ApiConfig.defaults();
        List<Award> left = AwardsJson.parse(AwardsFixtures.generate(6000, 141).getBytes(StandardCharsets.UTF_8), config)
                .visibleAwards();
        List<Award> right = AwardsJson.parse(AwardsFixtures.generate(6000, 142).getBytes(StandardCharsets.UTF_8), config)
                .visibleAwards();
        long firstStart = System.nanoTime();
        ShelfComparison first = ShelfComparer.compare(left, right);
        long firstNanos = System.nanoTime() - firstStart;
        for (int i = 0; i < 20; i++) {
            ShelfComparer.compare(left, right);
        }
        // The thread's CPU time beside the wall time: on a shared machine the two part ways.
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] nanos = new long[25];
        long[] cpu = new long[nanos.length];
        for (int i = 0; i < nanos.length; i++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            ShelfComparer.compare(left, right);
            nanos[i] = System.nanoTime() - start;
            cpu[i] = threads.getCurrentThreadCpuTime() - cpuStart;
        }
        figures.put("compare_6000x6000_ms", Math.round(BenchMain.median(nanos) / 1e6));
        notes.put("compare_detail", String.format(
                "%d games (%s); median of 25 runs after 20 unmeasured, %.2f ms wall, %.2f ms CPU;"
                        + " first run in the JVM %.1f ms",
                first.games().size(), first.gameCounts(), BenchMain.median(nanos) / 1e6,
                BenchMain.median(cpu) / 1e6, firstNanos / 1e6));
    }

    /**
     * {@code compare_page_ms}: in a fresh app, signed in and showing another user's shelf, the side
     * list's "compare you with them" for a 1,613-award user, so both shelves come cold from the
     * server (each its profile and awards) at the injected latency; until #comparePage shows the
     * three counts the comparison must have, laid out. Median of {@code runs} fresh apps.
     */
    static void measurePage(FakeRaServer api, IconHost media, int runs, String selfBody, String other,
                            String otherBody, Map<String, Object> figures, Map<String, String> notes) throws Exception {
        ApiConfig config = api.config();
        Map<Presence, Integer> want = ShelfComparer.compare(
                AwardsJson.parse(selfBody.getBytes(StandardCharsets.UTF_8), config).visibleAwards(),
                AwardsJson.parse(otherBody.getBytes(StandardCharsets.UTF_8), config).visibleAwards()).gameCounts();
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            Path home = Files.createTempDirectory("badgeshelf-bench-compare");
            try (BenchWindow window = BenchWindow.open(BenchMain.appEnvironment(api, media, home), null)) {
                window.signIn(BenchMain.SELF, api.credentials().apiKey());
                window.firstPulseWhere(() -> window.firstScreenShown(12), 120_000, "the own shelf's icons");
                // Another shelf on screen, so neither side of the comparison is at hand.
                HeadlessFx.call(() -> window.typeAndEnter("BenchWarmUp"));
                window.firstPulseWhere(() -> "BenchWarmUp".equals(window.text("#profileName")), 120_000, "BenchWarmUp's shelf");
                int requestsBefore = api.requests(FakeRaServer.Endpoint.AWARDS).size();
                long clicked = HeadlessFx.call(() -> {
                    long t = System.nanoTime();
                    window.shell().mainView().compare().compareMeWith(other);
                    return t;
                });
                long shownAt = window.firstPulseWhere(() -> window.scene().lookup("#comparePage") != null
                        && Messages.number(want.get(Presence.BOTH)).equals(window.text("#compareBothCount"))
                        && Messages.number(want.get(Presence.ONLY_LEFT)).equals(window.text("#compareOnlyLeftCount"))
                        && Messages.number(want.get(Presence.ONLY_RIGHT)).equals(window.text("#compareOnlyRightCount")),
                        120_000, "the comparison page with its counts");
                if (api.requests(FakeRaServer.Endpoint.AWARDS).size() - requestsBefore != 2) {
                    throw new IllegalStateException("expected both shelves fetched, saw "
                            + (api.requests(FakeRaServer.Endpoint.AWARDS).size() - requestsBefore) + " awards requests");
                }
                times.add(Math.round((shownAt - clicked) / 1e6));
            }
        }
        figures.put("compare_page_ms", GuiRuns.median(times));
        notes.put("compare_page_runs", GuiRuns.list(times) + " (" + BenchMain.SELF + " vs " + other + ": " + want + ")");
    }
}
