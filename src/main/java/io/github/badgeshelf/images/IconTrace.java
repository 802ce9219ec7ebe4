package io.github.badgeshelf.images;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Per-icon timestamps (System.nanoTime) of each step an icon takes, from the tile's request to
 * the tile showing it, for the benchmark's trace: on only with {@code -Dbadgeshelf.iconTrace=true}
 * (bench/run's {@code BENCH_TRACE}); off, a step costs one read of a constant.
 */
public final class IconTrace {
    private static final boolean ON = Boolean.getBoolean("badgeshelf.iconTrace");
    private static final Map<String, List<String>> STEPS = new ConcurrentHashMap<>();
    private static final Map<String, List<Long>> TIMES = new ConcurrentHashMap<>();

    private IconTrace() {
    }

    public static boolean on() {
        return ON;
    }

    /** Notes that {@code url} reached {@code step} now. */
    public static void mark(String url, String step) {
        if (!ON || url == null) {
            return;
        }
        long now = System.nanoTime();
        List<String> steps = STEPS.computeIfAbsent(url, u -> new ArrayList<>());
        synchronized (steps) {
            steps.add(step);
            TIMES.computeIfAbsent(url, u -> new ArrayList<>()).add(now);
        }
    }

    /** The steps of {@code url} so far, in order, each with its time: "step@nanos". */
    public static List<String> steps(String url) {
        List<String> steps = STEPS.get(url);
        if (steps == null) {
            return List.of();
        }
        synchronized (steps) {
            List<Long> times = TIMES.get(url);
            List<String> out = new ArrayList<>(steps.size());
            for (int i = 0; i < steps.size(); i++) {
                out.add(steps.get(i) + "@" + times.get(i));
            }
            return out;
        }
    }

    public static void clear() {
        STEPS.clear();
        TIMES.clear();
    }
}
