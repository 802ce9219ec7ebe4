package io.github.badgeshelf.bench;

import io.github.badgeshelf.testsupport.FakeRaServer;
import io.github.badgeshelf.testsupport.HeadlessFx;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One or a few of bench/run's window figures alone, for a quick look while working on them (the
 * machine is shared: bench/run measures all of them). First argument: a comma-separated list of
 * {@code fling}, {@code filter}, {@code heap}, {@code cold}, {@code switch}, {@code chromium}, {@code game} (the game page's
 * opening: game_page_ms and game_page_icons_cold_ms), {@code gamescroll} (its 400-achievement scroll); the rest: BenchMain's options. Prints name=value
 * lines; writes no RESULTS.md. With {@code BENCH_HISTOGRAM=file} the heap probe also writes a
 * class histogram of its JVM after its GCs.
 */
public final class BenchPieces {
    private BenchPieces() {
    }

    public static void main(String[] args) {
        try {
            measure(args);
        } catch (Throwable e) {
            // As BenchMain: the FX toolkit's threads would keep this JVM alive for ever.
            e.printStackTrace();
            System.exit(1);
        }
    }

    private static void measure(String[] args) throws Exception {
        if (System.getenv("BENCH_TRACE") != null) {
            System.setProperty("badgeshelf.iconTrace", "true"); // per-icon timelines of the switch (SwitchTimeline)
        }
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
            String firstBody = BenchShelves.body("1", BenchMain.FIRST_SCREEN_AWARDS, 4, 61);
            BenchShelves.iconPaths(firstBody).forEach(pngs::forPath);
            api.addUser(BenchMain.FIRST_SCREEN_USER, firstBody);
            String warmUpBody = BenchShelves.body("9", 300, 0, 69);
            BenchShelves.iconPaths(warmUpBody).forEach(pngs::forPath);
            api.addUser("BenchWarmUp", warmUpBody);
            api.addUser(BenchMain.SMALL_USER, BenchShelves.firstOf("1", BenchMain.FIRST_SCREEN_AWARDS, 61, BenchMain.SMALL_AWARDS));
            int[] games = GameRuns.addGames(api, pngs, selfBody);
            api.setLatencyMillis(options.latencyMillis());
            HeadlessFx.startHeadless();
            try (IconHost media = options.http1() ? new Http1IconHost(options.latencyMillis(), pngs)
                    : new Http2IconHost(options.keyStore(), options.keyStorePassword(), options.latencyMillis(), pngs)) {
                System.out.println("media=" + media.describe());
                IconRuns runs = new IconRuns(api, media);
                if (pieces.contains("game") || pieces.contains("gamescroll")) {
                    GameRuns gameRuns = new GameRuns(api, media, options.runs());
                    if (pieces.contains("game")) {
                        GameRuns.Open open = gameRuns.open(games[0], BenchMain.GAME_ACHIEVEMENTS);
                        System.out.println("game_page_ms=" + open.pageMs() + " (runs " + GuiRuns.list(open.allPageMs())
                                + "; FX thread CPU " + GuiRuns.list(open.allFxCpuMs()) + " ms; layout pulses "
                                + GuiRuns.list(open.allPulses()) + "; after the answer " + GuiRuns.list(open.allAfterAnswerMs())
                                + " ms, FX thread CPU " + GuiRuns.list(open.allAfterAnswerCpuMs()) + " ms)");
                        System.out.println("game_page_icons_cold_ms=" + open.iconsMs() + " (runs " + GuiRuns.list(open.allIconsMs())
                                + "; " + open.tiles() + " badges on screen)");
                    }
                    if (pieces.contains("gamescroll")) {
                        GameRuns.Scroll scroll = gameRuns.scroll(games[1], BenchMain.BIG_GAME_ACHIEVEMENTS);
                        System.out.println("game_400_scroll_step_ms=" + scroll.medianStepMs() + " (slowest " + scroll.maxStepMs()
                                + ", " + scroll.steps() + " steps)");
                        System.out.println("game_400_longest_frame_ms=" + scroll.longestPulseGapMs());
                    }
                }
                if (pieces.contains("fling")) {
                    IconRuns.Fling fling = runs.fling(BenchMain.BIG_USER, GuiRuns.sizeOf(bigBody), BenchMain.FLING_PIXELS_PER_FRAME);
                    System.out.println(String.format(Locale.ROOT,
                            "scroll_frame_p95_ms=%.1f (median %.1f, max %.1f, %d frames, %d requests)%n"
                                    + "scroll_pulse_gap_p95_ms=%.1f%n"
                                    + "scroll_cpu_per_frame: FX thread %.2f ms, render thread %.2f ms",
                            fling.p95WorkMicros() / 1000.0, fling.p50WorkMicros() / 1000.0, fling.maxWorkMicros() / 1000.0,
                            fling.frames(), fling.requests(), fling.p95IntervalMicros() / 1000.0,
                            fling.fxCpuMicrosPerFrame() / 1000.0, fling.renderCpuMicrosPerFrame() / 1000.0));
                }
                if (pieces.contains("switch") || pieces.contains("cold")) {
                    GuiRuns gui = new GuiRuns(api, media, options.runs());
                    gui.warmUp("BenchWarmUp");
                    if (pieces.contains("cold")) {
                        GuiRuns.Cold cold = gui.cold(BenchMain.FIRST_SCREEN_USER, firstBody);
                        System.out.println("first_screen_icons_cold_ms=" + cold.iconsMs() + " (runs " + GuiRuns.list(cold.allIconsMs())
                                + "; counters " + GuiRuns.list(cold.allCountersMs()) + "; requests " + GuiRuns.list(cold.allIconRequests()) + ")");
                    }
                    if (pieces.contains("switch")) {
                        GuiRuns.Switch switched = gui.switchShelf(BenchMain.SMALL_USER, BenchMain.SMALL_AWARDS,
                                BenchMain.FIRST_SCREEN_USER, firstBody);
                        System.out.println("switch_first_screen_icons_ms=" + switched.iconsMs() + " (runs "
                                + GuiRuns.list(switched.allIconsMs()) + "; after the last on-screen icon's answer "
                                + GuiRuns.list(switched.allAfterLastArrivalMs()) + " ms; " + switched.tiles() + " tiles, " + switched.shared() + " shared with the small shelf)");
                    }
                }
                if (pieces.contains("chromium")) {
                    ChromiumBench.Result browser = ChromiumBench.measure(ChromiumBench.browser().orElseThrow(
                            () -> new IllegalStateException("no chromium on the PATH")), media, firstBody, options.latencyMillis(), options.runs());
                    System.out.println("chromium_first_screen_icons_ms=" + browser.medianMs() + " (runs " + GuiRuns.list(browser.runs())
                            + "; " + browser.imagesOnScreen() + " images on its first screen; " + browser.browser() + ")");
                }
                if (pieces.contains("filter")) {
                    List<IconRuns.Keystroke> keys = runs.filterKeystrokeDetails(BenchMain.HUGE_USER, GuiRuns.sizeOf(hugeBody));
                    System.out.println("filter_keystroke_50000_ms=" + GuiRuns.median(keys.stream().map(IconRuns.Keystroke::millis).toList())
                            + " runs " + keys);
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
