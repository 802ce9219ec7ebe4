package io.github.badgeshelf.bench;

import io.github.badgeshelf.testsupport.FakeRaServer;
import io.github.badgeshelf.testsupport.HeadlessFx;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One or a few of bench/run's window figures alone, for a quick look while working on them (the
 * machine is shared: bench/run measures all of them). First argument: a comma-separated list of
 * {@code fling}, {@code filter}, {@code heap}; the rest: BenchMain's options. Prints name=value
 * lines; writes no RESULTS.md. With {@code BENCH_HISTOGRAM=file} the heap probe also writes a
 * class histogram of its JVM after its GCs.
 */
public final class BenchPieces {
    private BenchPieces() {
    }

    public static void main(String[] args) throws Exception {
        List<String> pieces = List.of(args[0].split(","));
        BenchOptions options = BenchOptions.parse(java.util.Arrays.copyOfRange(args, 1, args.length));
        java.util.logging.Logger.getLogger("org.eclipse.jetty").setLevel(java.util.logging.Level.WARNING);
        BenchPngs pngs = new BenchPngs();
        try (FakeRaServer api = FakeRaServer.start()) {
            String selfBody = BenchShelves.body("0", 12, 0, 60);
            String bigBody = BenchShelves.body("6", BenchMain.BIG_AWARDS, 11, 62);
            String hugeBody = BenchShelves.body("5", BenchMain.HUGE_AWARDS, 0, 65);
            for (String body : List.of(selfBody, bigBody)) {
                BenchShelves.iconPaths(body).forEach(pngs::forPath);
            }
            api.addUser(BenchMain.SELF, selfBody);
            api.addUser(BenchMain.BIG_USER, bigBody);
            api.addUser(BenchMain.HUGE_USER, hugeBody);
            api.setLatencyMillis(options.latencyMillis());
            HeadlessFx.startHeadless();
            try (IconHost media = options.http1() ? new Http1IconHost(options.latencyMillis(), pngs)
                    : new Http2IconHost(options.keyStore(), options.keyStorePassword(), options.latencyMillis(), pngs)) {
                System.out.println("media=" + media.describe());
                IconRuns runs = new IconRuns(api, media);
                if (pieces.contains("fling")) {
                    IconRuns.Fling fling = runs.fling(BenchMain.BIG_USER, GuiRuns.sizeOf(bigBody), BenchMain.FLING_PIXELS_PER_FRAME);
                    System.out.println(String.format(Locale.ROOT,
                            "scroll_frame_p95_ms=%.1f (median %.1f, max %.1f, interval p95 %.1f, %d frames, %d requests)",
                            fling.p95WorkMicros() / 1000.0, fling.p50WorkMicros() / 1000.0, fling.maxWorkMicros() / 1000.0,
                            fling.p95IntervalMicros() / 1000.0, fling.frames(), fling.requests()));
                }
                if (pieces.contains("filter")) {
                    List<Long> keys = runs.filterKeystrokes(BenchMain.HUGE_USER, GuiRuns.sizeOf(hugeBody));
                    System.out.println("filter_keystroke_50000_ms=" + GuiRuns.median(keys) + " runs " + GuiRuns.list(keys));
                }
                if (pieces.contains("heap")) {
                    Map<String, String> heap = BenchMain.runProbe(HeapProbe.class, System.getProperty("java.class.path"),
                            Map.of(), api.apiBase().toString(), media.origin().toString(), BenchMain.BIG_USER,
                            Integer.toString(GuiRuns.sizeOf(bigBody)));
                    System.out.println("heap_6000_mb=" + heap.get("heap_used_mb") + " (" + heap.get("detail") + ")");
                }
            }
        }
        System.out.println("load_average=" + java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.exit(0);
    }
}
