package io.github.badgeshelf.bench;

import io.github.badgeshelf.testsupport.HeadlessFx;

import io.github.badgeshelf.testsupport.FakeRaServer;
import javafx.scene.control.skin.VirtualFlow;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.net.URI;
import java.nio.file.Files;
import java.util.concurrent.TimeUnit;

/**
 * Runs in its own JVM, so that only the app (and this driver) is on the heap, not the servers or
 * the windows of earlier measurements: opens the app against the benchmark's servers, signs in,
 * looks up the 6,000-award user, scrolls the grid top to bottom a screen at a time letting each
 * screen's icons load, then runs four full GCs and prints {@code heap_used_mb=} (the used heap
 * right after the last) and {@code detail=} (with what holds it: {@link HeapBreakdown}).
 * Arguments: API origin, media origin, user, number of visible awards.
 */
public final class HeapProbe {
    private static final long TIMEOUT_MS = 120_000;

    private HeapProbe() {
    }

    public static void main(String[] args) {
        int status = 0;
        try {
            measure(args);
        } catch (Exception | Error e) {
            // Printed for the benchmark, which shows this JVM's output when no figure came; without
            // the halt below the FX thread would keep this JVM, and the benchmark waiting, forever.
            e.printStackTrace(System.out);
            status = 1;
        }
        System.out.flush();
        Runtime.getRuntime().halt(status);
    }

    private static void measure(String[] args) throws Exception {
        URI api = URI.create(args[0]);
        URI media = URI.create(args[1]);
        String user = args[2];
        int size = Integer.parseInt(args[3]);
        HeadlessFx.startHeadless();
        try (BenchWindow window = BenchWindow.open(BenchMain.appEnvironment(api, media, Files.createTempDirectory("badgeshelf-bench-heap")), null)) {
            window.signIn(BenchMain.SELF, FakeRaServer.API_KEY);
            HeadlessFx.call(() -> window.typeAndEnter(user));
            window.firstPulseWhere(() -> window.firstScreenShown(size), TIMEOUT_MS, "the first screen of " + user);
            int steps = 0;
            long started = System.nanoTime();
            while (!HeadlessFx.call(() -> GuiRuns.atBottom(window.flow()))) {
                HeadlessFx.run(() -> {
                    VirtualFlow<?> flow = window.flow();
                    flow.scrollPixels(flow.getHeight() * 0.9);
                });
                window.firstPulseWhere(() -> window.firstScreenShown(size), TIMEOUT_MS, "the icons after scroll step " + steps);
                steps++;
            }
            long scrollMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            HeadlessFx.require(window::iconsIdle, TIMEOUT_MS, "the icon downloads to finish");
            // Each GC runs on the FX thread, between two of its events: a GC while the FX thread is in
            // the middle of a pulse finds that pulse's CSS and layout objects alive (tens of MB at
            // times, issue 24). The pause comes before each GC, so what the idle app allocates after
            // the last one is not counted either.
            long[] afterEachGc = new long[4];
            MemoryUsage heap = null;
            for (int i = 0; i < 4; i++) {
                HeadlessFx.sleep(250);
                heap = HeadlessFx.call(() -> {
                    System.gc();
                    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
                });
                afterEachGc[i] = heap.getUsed();
            }
            var icons = HeadlessFx.call(window::iconStatsNow);
            HeapBreakdown holders = HeapBreakdown.takeNow();
            System.out.println("heap_used_mb=" + Math.round(heap.getUsed() / (1024.0 * 1024.0)));
            System.out.println("detail=" + String.format("measured in a JVM of its own (app and driver only); %d scroll steps "
                            + "of 0.9 screen in %d ms, every screen's icons shown before the next step; after 4 System.gc(): "
                            + "committed %d MB, max %d MB; used right after each GC %s MB; %s", steps, scrollMs,
                    heap.getCommitted() >> 20, heap.getMax() >> 20, mbList(afterEachGc),
                    holders.describe(icons.memoryEntries(), icons.memoryBytes())));
            writeHistogram(holders);
        }
    }

    private static String mbList(long[] bytes) {
        StringBuilder list = new StringBuilder();
        for (long b : bytes) {
            list.append(list.length() == 0 ? "" : ", ").append(Math.round(b / (1024.0 * 1024.0)));
        }
        return list.toString();
    }

    /** With BENCH_HISTOGRAM=file, what holds the heap: the same table as {@code jcmd <pid> GC.class_histogram}. */
    private static void writeHistogram(HeapBreakdown holders) throws Exception {
        String file = System.getenv("BENCH_HISTOGRAM");
        if (file == null || file.isBlank()) {
            return;
        }
        Files.writeString(java.nio.file.Path.of(file), holders.table());
    }
}
