package io.github.badgeshelf.bench;

import io.github.badgeshelf.api.ApiConfig;
import io.github.badgeshelf.api.AwardsJson;
import io.github.badgeshelf.compare.ShelfComparer;
import io.github.badgeshelf.compare.ShelfComparison;
import io.github.badgeshelf.model.Award;
import io.github.badgeshelf.testsupport.AwardsFixtures;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
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
    static void measureComparison(Map<String, Long> figures, Map<String, String> notes) throws Exception {
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
}
