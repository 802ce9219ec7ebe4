package io.github.badgeshelf.bench;

import io.github.badgeshelf.api.ApiConfig;
import io.github.badgeshelf.api.AwardsJson;
import io.github.badgeshelf.export.CsvExporter;
import io.github.badgeshelf.model.Award;
import io.github.badgeshelf.model.AwardCounts;
import io.github.badgeshelf.testsupport.AppDriver;
import io.github.badgeshelf.testsupport.AwardsFixtures;
import io.github.badgeshelf.testsupport.FakeRaServer;
import io.github.badgeshelf.testsupport.HeadlessFx;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The benchmark of issue 6, run by {@code bench/run}: one JVM playing the API (FakeRaServer,
 * HTTP/1.1) and the media host (Jetty over HTTP/2, or HTTP/1.1 with --http1) on loopback with an
 * injected latency, driving the real window headless. Prints one {@code name=value} line per
 * figure and writes bench/RESULTS.md.
 */
public final class BenchMain {
    static final String SELF = FakeRaServer.USERNAME;
    static final String FIRST_SCREEN_USER = "BenchShelf";
    static final int FIRST_SCREEN_AWARDS = 1613; // the size of docs/ra-api.md's example profile
    /** Issue 24's switch: a 40-award shelf whose icons are all on the 1,613-award shelf's first screen. */
    static final String SMALL_USER = "BenchForty";
    static final int SMALL_AWARDS = 40;
    static final String BIG_USER = "BenchSixThousand";
    static final int BIG_AWARDS = 6000;
    static final String HUGE_USER = "BenchFiftyThousand";
    static final int HUGE_AWARDS = 50_000;
    static final double FLING_PIXELS_PER_FRAME = 150;
    /** The game page's games: a typical set and one of the biggest real sets. */
    static final int GAME_ACHIEVEMENTS = 60;
    static final int BIG_GAME_ACHIEVEMENTS = 400;

    private final BenchOptions options;
    private final Map<String, Object> figures = new LinkedHashMap<>();
    private GuiRuns.Cold lastCold;
    private final Map<String, String> notes = new LinkedHashMap<>();

    private BenchMain(BenchOptions options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        if (System.getenv("BENCH_TRACE") != null) {
            System.setProperty("badgeshelf.iconTrace", "true"); // per-icon timelines of the switch (SwitchTimeline)
        }
        BenchOptions options = BenchOptions.parse(args);
        // Jetty's start and stop notices would drown the figures.
        Logger.getLogger("org.eclipse.jetty").setLevel(Level.WARNING);
        try {
            new BenchMain(options).run();
        } catch (Throwable e) {
            // The FX toolkit's threads would keep this JVM, and its windows' pulses, alive for ever,
            // spoiling every figure measured after it on the same machine.
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    /** The media host's protocol for one pass of the window figures; HTTP/1.1 figures get a suffix. */
    private enum Protocol {
        HTTP2(""), HTTP1("_http1");

        final String suffix;

        Protocol(String suffix) {
            this.suffix = suffix;
        }

        IconHost open(BenchOptions options, BenchPngs pngs) throws Exception {
            return this == HTTP1 ? new Http1IconHost(options.latencyMillis(), pngs)
                    : new Http2IconHost(options.keyStore(), options.keyStorePassword(), options.latencyMillis(), pngs);
        }
    }

    private void run() throws Exception {
        figures.put("latency_ms", options.latencyMillis());
        if (!options.gameOnly()) {
            measureParse();
            measureExport();
        }
        WallBench wall = new WallBench(figures, notes);
        if (!options.gameOnly()) {
            wall.measureInsights();
            CompareBench.measureComparison(figures, notes);
            NewsBench.measure(options.latencyMillis(), figures, notes);
        }
        BenchPngs pngs = new BenchPngs();
        List<String> iconServers = new ArrayList<>();
        try (FakeRaServer api = FakeRaServer.start()) {
            String firstBody = BenchShelves.body("1", FIRST_SCREEN_AWARDS, 4, 61);
            String bigBody = BenchShelves.body("6", BIG_AWARDS, 11, 62);
            String selfBody = selfBody();
            String warmUpBody = BenchShelves.body("9", 300, 0, 69);
            String hugeBody = BenchShelves.body("5", HUGE_AWARDS, 0, 65);
            for (String body : List.of(selfBody, warmUpBody, firstBody, bigBody)) {
                BenchShelves.iconPaths(body).forEach(pngs::forPath); // a real host sends files, it does not draw them
            }
            api.addUser(SELF, selfBody);
            api.addUser("BenchWarmUp", warmUpBody);
            api.addUser(FIRST_SCREEN_USER, firstBody);
            api.addUser(SMALL_USER, BenchShelves.firstOf("1", FIRST_SCREEN_AWARDS, 61, SMALL_AWARDS));
            api.addUser(BIG_USER, bigBody);
            api.addUser(HUGE_USER, hugeBody);
            api.setLatencyMillis(options.latencyMillis());
            HeadlessFx.startHeadless();
            List<Protocol> protocols = options.http1() ? List.of(Protocol.HTTP1) : List.of(Protocol.HTTP2, Protocol.HTTP1);
            for (Protocol protocol : protocols) {
                try (IconHost media = protocol.open(options, pngs)) {
                    iconServers.add(media.describe());
                    boolean firstPass = protocol == protocols.get(0);
                    if (firstPass) {
                        measureGamePage(api, media, selfBody, pngs);
                    }
                    if (options.gameOnly()) {
                        break;
                    }
                    measureWindow(api, media, protocol.suffix, firstPass, firstBody, bigBody);
                    if (firstPass) {
                        // The wall is drawn headless from the same icon host as the window's first pass.
                        wall.measureImage(firstBody, media);
                        measureOnce(api, media, firstBody, bigBody, hugeBody);
                    }
                }
            }
        }
        if (!options.gameOnly()) {
            figures.put("startup_ms", measureStartup());
        }
        for (Map.Entry<String, Object> e : figures.entrySet()) {
            System.out.println(e.getKey() + "=" + e.getValue());
        }
        new ResultsFile(options, figures, notes, String.join("; and ", iconServers)).write(options.results());
    }

    /** The figures taken over each protocol: counters, first screen, requests, scrolling. */
    private void measureWindow(FakeRaServer api, IconHost media, String suffix, boolean warmUp,
                               String firstBody, String bigBody) throws Exception {
        GuiRuns gui = new GuiRuns(api, media, options.runs());
        if (warmUp) {
            gui.warmUp("BenchWarmUp");
        }
        GuiRuns.Cold cold = gui.cold(FIRST_SCREEN_USER, firstBody);
        figures.put("counters_ms" + suffix, cold.countersMs());
        figures.put("first_screen_icons_cold_ms" + suffix, cold.iconsMs());
        figures.put("cold_icon_requests" + suffix, cold.iconRequests());
        notes.put("first_screen_tiles" + suffix, Integer.toString(cold.tiles()));
        notes.put("cold_runs" + suffix, GuiRuns.list(cold.allIconsMs()));
        notes.put("counters_runs" + suffix, GuiRuns.list(cold.allCountersMs()));
        notes.put("cold_icon_requests_runs" + suffix, GuiRuns.list(cold.allIconRequests()));
        if (suffix.isEmpty()) {
            lastCold = cold;
        }
        measureSwitch(gui, suffix, firstBody);
        if (!suffix.isEmpty()) {
            measureChromium(media, firstBody, suffix);
        }
        IconRuns icons = new IconRuns(api, media);
        int bigSize = GuiRuns.sizeOf(bigBody);
        IconRuns.Scroll scroll = icons.scrollStepwise(BIG_USER, bigSize);
        figures.put("scroll_6000_requests" + suffix, (long) scroll.requests());
        notes.put("scroll_6000_detail" + suffix, String.format(Locale.ROOT,
                "%d requests for %d tiles with icons scrolled past (%.2fx), %d steps of one screen in %d ms, "
                        + "each screen's icons shown before the next step",
                scroll.requests(), scroll.tilesSeen(), scroll.requests() / (double) Math.max(1, scroll.tilesSeen()),
                scroll.steps(), scroll.millis()));
        IconRuns.Fling fling = icons.fling(BIG_USER, bigSize, FLING_PIXELS_PER_FRAME);
        figures.put("scroll_frame_p95_ms" + suffix, String.format(Locale.ROOT, "%.1f", fling.p95WorkMicros() / 1000.0));
        figures.put("scroll_pulse_gap_p95_ms" + suffix, String.format(Locale.ROOT, "%.1f", fling.p95IntervalMicros() / 1000.0));
        notes.put("scroll_frame_detail" + suffix, String.format(Locale.ROOT,
                "%d frames flinging %.0f px a frame through %d tiles, icons loading (%d requests meanwhile); FX thread "
                        + "work per pulse (scroll to end of layout): median %.1f ms, p95 %.1f ms, max %.1f ms; "
                        + "time between pulses p95 %.1f ms; CPU per frame: FX thread %.1f ms, render thread %.1f ms",
                fling.frames(), FLING_PIXELS_PER_FRAME, bigSize, fling.requests(), fling.p50WorkMicros() / 1000.0,
                fling.p95WorkMicros() / 1000.0, fling.maxWorkMicros() / 1000.0, fling.p95IntervalMicros() / 1000.0,
                fling.fxCpuMicrosPerFrame() / 1000.0, fling.renderCpuMicrosPerFrame() / 1000.0));
    }

    /** Issue 24: a 40-award shelf shown, then the 1,613-award one; its first screen's icons. */
    void measureSwitch(GuiRuns gui, String suffix, String firstBody) throws Exception {
        GuiRuns.Switch switched = gui.switchShelf(SMALL_USER, SMALL_AWARDS, FIRST_SCREEN_USER, firstBody);
        figures.put("switch_first_screen_icons_ms" + suffix, switched.iconsMs());
        notes.put("switch_detail" + suffix, String.format(Locale.ROOT,
                "%d tiles with icons on screen (%d shared with the 40-award shelf); runs %s ms from Enter; the last "
                        + "on-screen icon's answer left the host %s ms before the pulse showing them all (target 50)",
                switched.tiles(), switched.shared(), GuiRuns.list(switched.allIconsMs()),
                GuiRuns.list(switched.allAfterLastArrivalMs())));
        figures.put("switch_after_last_icon_ms" + suffix, switched.afterLastArrivalMs());
    }

    /**
     * Issue 24: the window against headless Chromium over plain HTTP/1.1, the same shelf and host;
     * the window's figure is the switch's (as the issue's own comparison was made).
     */
    private void measureChromium(IconHost media, String firstBody, String suffix) throws Exception {
        Optional<Path> chromium = ChromiumBench.browser();
        if (chromium.isEmpty()) {
            notes.put("chromium_detail" + suffix, "not measured: no chromium on the PATH (apt-get install chromium)");
            return;
        }
        ChromiumBench.Result browser = ChromiumBench.measure(chromium.get(), media, firstBody, options.latencyMillis(), options.runs());
        long window = (Long) figures.get("switch_first_screen_icons_ms" + suffix);
        figures.put("chromium_first_screen_icons_ms" + suffix, browser.medianMs());
        figures.put("window_vs_chromium" + suffix, String.format(Locale.ROOT, "%.2f", window / (double) browser.medianMs()));
        notes.put("chromium_detail" + suffix, String.format(Locale.ROOT,
                "%s, headless, %dx%d, a fresh profile each run: the shelf as a page of %d tiles, newest first, from a "
                        + "loopback page server (%d ms before its answer) and the same icon host; from the navigation's "
                        + "start to the frame after every image on its first screen (%d) loaded; runs %s ms; the window's "
                        + "switch_first_screen_icons_ms%s beside it",
                browser.browser(), ChromiumBench.WIDTH, ChromiumBench.HEIGHT, GuiRuns.sizeOf(firstBody),
                options.latencyMillis(), browser.imagesOnScreen(), GuiRuns.list(browser.runs()), suffix)
                + coldBeside(browser.medianMs(), suffix));
    }

    /**
     * The switch shares most of its first screen's icons with the shelf before (as the issue's
     * window run did); the cold first screen, every icon new as in a fresh Chromium profile, is said
     * beside it too.
     */
    private String coldBeside(long chromiumMs, String suffix) {
        Object cold = figures.get("first_screen_icons_cold_ms" + suffix);
        return cold instanceof Long ms ? String.format(Locale.ROOT,
                "; the window's cold first screen (every icon new), first_screen_icons_cold_ms%s, is %d ms: %.2f of Chromium's",
                suffix, ms, ms / (double) chromiumMs) : "";
    }

    /** The signed-in user's own small shelf, the same in every app the benchmark opens. */
    private static String selfBody() {
        return BenchShelves.body("0", 12, 0, 60);
    }

    /** The figures taken once, over the first protocol: the naive baseline, warm caches, the filter, heap. */
    private void measureOnce(FakeRaServer api, IconHost media, String firstBody, String bigBody, String hugeBody)
            throws Exception {
        GuiRuns gui = new GuiRuns(api, media, options.runs());
        figures.put("first_screen_icons_naive_ms", gui.naive(FIRST_SCREEN_USER, firstBody));
        notes.put("naive_runs", GuiRuns.list(gui.naiveRuns()));
        GuiRuns.Warm warm = gui.warm(FIRST_SCREEN_USER, firstBody, lastCold.home());
        figures.put("first_screen_icons_warm_ms", warm.iconsMs());
        figures.put("warm_icon_requests", (long) warm.iconRequests());
        notes.put("warm_counters_ms", Long.toString(warm.countersMs()));
        notes.put("warm_runs", GuiRuns.list(warm.allIconsMs()));
        CompareBench.measurePage(api, media, options.runs(), selfBody(), FIRST_SCREEN_USER, firstBody, figures, notes);
        List<Long> keystrokes = new IconRuns(api, media).filterKeystrokes(HUGE_USER, GuiRuns.sizeOf(hugeBody));
        figures.put("filter_keystroke_50000_ms", GuiRuns.median(keystrokes));
        notes.put("filter_keystroke_runs", GuiRuns.list(keystrokes) + " (one letter more each, median reported)");
        Map<String, String> heap = runProbe(HeapProbe.class, System.getProperty("java.class.path"), Map.of(),
                api.apiBase().toString(), media.origin().toString(), BIG_USER, Integer.toString(GuiRuns.sizeOf(bigBody)));
        figures.put("heap_6000_mb", Long.parseLong(heap.get("heap_used_mb")));
        notes.put("heap_detail", heap.get("detail"));
    }

    /**
     * game_page_ms and game_page_icons_cold_ms on a 60-achievement game of the own shelf, and the
     * scroll check of a 400-achievement one (issue 13).
     */
    private void measureGamePage(FakeRaServer api, IconHost media, String selfBody, BenchPngs pngs) throws Exception {
        int[] games = GameRuns.addGames(api, pngs, selfBody);
        int game = games[0];
        int bigGame = games[1];
        GameRuns runs = new GameRuns(api, media, options.runs());
        GameRuns.Open open = runs.open(game, GAME_ACHIEVEMENTS);
        figures.put("game_page_ms", open.pageMs());
        figures.put("game_page_icons_cold_ms", open.iconsMs());
        notes.put("game_page_runs", GuiRuns.list(open.allPageMs()) + " (FX thread CPU from Enter to the page laid out: "
                + GuiRuns.list(open.allFxCpuMs()) + " ms; after the answer reached the page: "
                + GuiRuns.list(open.allAfterAnswerMs()) + " ms, FX thread CPU " + GuiRuns.list(open.allAfterAnswerCpuMs()) + " ms)");
        notes.put("game_page_icons_cold_runs", GuiRuns.list(open.allIconsMs()) + " (" + open.tiles() + " badges on screen)");
        GameRuns.Scroll scroll = runs.scroll(bigGame, BIG_GAME_ACHIEVEMENTS);
        figures.put("game_400_scroll_step_ms", scroll.medianStepMs());
        figures.put("game_400_longest_frame_ms", scroll.longestPulseGapMs());
        notes.put("game_400_scroll", scroll.steps() + " steps of 0.9 screen, each until its badges showed (cold): median "
                + scroll.medianStepMs() + " ms, slowest " + scroll.maxStepMs() + " ms; longest gap between pulses "
                + scroll.longestPulseGapMs() + " ms");
    }

    private void measureParse() throws Exception {
        byte[] body = AwardsFixtures.generate(BIG_AWARDS, 11).getBytes(StandardCharsets.UTF_8);
        ApiConfig config = ApiConfig.defaults();
        long first = timeMillisNanos(() -> AwardsJson.parse(body, config));
        for (int i = 0; i < 20; i++) {
            AwardsJson.parse(body, config);
        }
        long[] nanos = new long[25];
        for (int i = 0; i < nanos.length; i++) {
            nanos[i] = timeMillisNanos(() -> AwardsJson.parse(body, config));
        }
        figures.put("parse_6000_ms", Math.round(median(nanos) / 1e6));
        notes.put("parse_detail", String.format("%d KB body; median of 25 runs after 20 unmeasured; first run in the JVM %.1f ms",
                body.length / 1024, first / 1e6));
    }

    private void measureExport() throws Exception {
        byte[] body = AwardsFixtures.generate(BIG_AWARDS, 12).getBytes(StandardCharsets.UTF_8);
        List<Award> awards = AwardsJson.parse(body, ApiConfig.defaults()).visibleAwards();
        Path folder = Files.createTempDirectory("badgeshelf-bench-export");
        Path target = folder.resolve("awards.csv");
        long[] nanos = new long[7];
        for (int i = 0; i < nanos.length; i++) {
            nanos[i] = timeMillisNanos(() -> {
                CsvExporter.export(awards, target);
                return null;
            });
        }
        long first = nanos[0];
        long size = Files.size(target);
        figures.put("export_6000_ms", Math.round(median(nanos) / 1e6));
        notes.put("export_detail", String.format("%d KB file; median of 7 runs; first run in the JVM %.1f ms",
                size / 1024, first / 1e6));
    }

    /** From starting a java process on the jar's class path (plus Monocle) to #signIn showing; median of runs. */
    private long measureStartup() throws Exception {
        List<Long> runs = new ArrayList<>();
        List<Long> uptimes = new ArrayList<>();
        for (int i = 0; i < Math.max(3, options.runs()); i++) {
            Map<String, String> env = Map.of("BADGESHELF_HOME", Files.createTempDirectory("badgeshelf-bench-startup").toString());
            long started = System.currentTimeMillis();
            Map<String, String> values = runProbe(StartupProbe.class, options.startupClasspath(), env);
            runs.add(Long.parseLong(values.get("shown_at_ms")) - started);
            uptimes.add(Long.parseLong(values.get("jvm_uptime_ms")));
        }
        notes.put("startup_runs", GuiRuns.list(runs));
        notes.put("startup_jvm_uptime_runs", GuiRuns.list(uptimes));
        return GuiRuns.median(runs);
    }

    /** Runs {@code main} in a JVM of its own (headless, trusting the same certificate) and reads its name=value lines. */
    static Map<String, String> runProbe(Class<?> main, String classpath, Map<String, String> env, String... args)
            throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
                "-Dprism.order=sw", "-Dprism.text=t2k", "-Dheadless.geometry=1600x1000-32"));
        for (String property : List.of("javax.net.ssl.trustStore", "javax.net.ssl.trustStorePassword", "javax.net.ssl.trustStoreType")) {
            if (System.getProperty(property) != null) {
                command.add("-D" + property + "=" + System.getProperty(property));
            }
        }
        command.addAll(List.of("-cp", classpath, main.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(env);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        Map<String, String> values = new HashMap<>();
        for (String line : output.split("\\R")) {
            int eq = line.indexOf('=');
            if (eq > 0 && line.substring(0, eq).matches("[a-z_]+")) {
                values.put(line.substring(0, eq), line.substring(eq + 1).trim());
            }
        }
        if (values.isEmpty()) {
            throw new IllegalStateException(main.getSimpleName() + " reported nothing:\n" + output);
        }
        return values;
    }

    interface Timed {
        Object call() throws Exception;
    }

    private static long timeMillisNanos(Timed work) throws Exception {
        long start = System.nanoTime();
        work.call();
        return System.nanoTime() - start;
    }

    static long median(long[] values) {
        long[] copy = values.clone();
        Arrays.sort(copy);
        return copy[copy.length / 2];
    }

    static Map<String, String> appEnvironment(FakeRaServer api, IconHost media, Path home) {
        return appEnvironment(api.apiBase(), media.origin(), home);
    }

    /** The tests' app environment ({@link AppDriver#environment(Map, Path)}), with the icons from {@code media}. */
    static Map<String, String> appEnvironment(URI api, URI media, Path home) {
        return AppDriver.environment(Map.of(ApiConfig.ENV_API_BASE, api.toString(),
                ApiConfig.ENV_MEDIA_BASE, media.toString()), home);
    }

    static String counterProblem(BenchWindow window, AwardCounts counts) {
        for (Map.Entry<String, String> e : BenchShelves.counterTexts(counts).entrySet()) {
            if (!e.getValue().equals(window.text(e.getKey()))) {
                return e.getKey();
            }
        }
        return null;
    }
}
