package io.github.badgeshelf.bench;

import io.github.badgeshelf.api.ApiConfig;
import io.github.badgeshelf.api.AwardsJson;
import io.github.badgeshelf.api.Version;
import io.github.badgeshelf.images.IconPipeline;
import io.github.badgeshelf.insights.ShelfInsights;
import io.github.badgeshelf.model.Award;
import io.github.badgeshelf.model.UserAwards;
import io.github.badgeshelf.testsupport.AwardsFixtures;
import io.github.badgeshelf.wall.WallCaptions;
import io.github.badgeshelf.wall.WallContent;
import io.github.badgeshelf.wall.WallIconLoader;
import io.github.badgeshelf.wall.WallLayout;
import io.github.badgeshelf.wall.WallRenderer;
import io.github.badgeshelf.wall.WallSaver;
import io.github.badgeshelf.wall.WallTheme;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * Issue 15's figures: the charts' data for 50,000 awards ({@code insights_50000_ms}), and the wall
 * PNG of a 1,613-award shelf through the core saver the window and the command line share, icons
 * cold from the benchmark's media host ({@code image_1613_ms}) and from the disk cache
 * ({@code image_1613_warm_ms}, a second run: a new pipeline on the same cache folder).
 */
final class WallBench {
    static final int INSIGHTS_AWARDS = 50_000;

    private final Map<String, Object> figures;
    private final Map<String, String> notes;

    WallBench(Map<String, Object> figures, Map<String, String> notes) {
        this.figures = figures;
        this.notes = notes;
    }

    /**
     * Issue 15's figures alone, for a quick look (bench/run measures them with all the others):
     * the same options as BenchMain, the same media hosts.
     */
    public static void main(String[] args) throws Exception {
        BenchOptions options = BenchOptions.parse(args);
        java.util.logging.Logger.getLogger("org.eclipse.jetty").setLevel(java.util.logging.Level.WARNING);
        Map<String, Object> figures = new java.util.LinkedHashMap<>();
        Map<String, String> notes = new java.util.LinkedHashMap<>();
        WallBench bench = new WallBench(figures, notes);
        bench.measureInsights();
        BenchPngs pngs = new BenchPngs();
        try (IconHost media = options.http1() ? new Http1IconHost(options.latencyMillis(), pngs)
                : new Http2IconHost(options.keyStore(), options.keyStorePassword(), options.latencyMillis(), pngs)) {
            String body = BenchShelves.body("1", BenchMain.FIRST_SCREEN_AWARDS, 4, 61);
            BenchShelves.iconPaths(body).forEach(pngs::forPath);
            bench.measureImage(body, media);
        }
        figures.forEach((k, v) -> System.out.println(k + "=" + v));
        notes.forEach((k, v) -> System.out.println("# " + k + ": " + v));
        System.exit(0);
    }

    void measureInsights() throws Exception {
        byte[] body = AwardsFixtures.generate(INSIGHTS_AWARDS, 15).getBytes(StandardCharsets.UTF_8);
        List<Award> awards = AwardsJson.parse(body, ApiConfig.defaults()).visibleAwards();
        ZoneId zone = ZoneId.of("Europe/Lisbon");
        long first = time(() -> ShelfInsights.of(awards, zone));
        for (int i = 0; i < 20; i++) {
            ShelfInsights.of(awards, zone);
        }
        long[] nanos = new long[25];
        for (int i = 0; i < nanos.length; i++) {
            nanos[i] = time(() -> ShelfInsights.of(awards, zone));
        }
        figures.put("insights_50000_ms", Math.round(BenchMain.median(nanos) / 1e6));
        notes.put("insights_detail", String.format("%d awards, %d consoles, %d periods; median of 25 runs after 20 unmeasured;"
                        + " first run in the JVM %.1f ms", awards.size(), ShelfInsights.of(awards, zone).consoles().size(),
                ShelfInsights.of(awards, zone).timeline().periods().size(), first / 1e6));
    }

    /** @param body a shelf's awards JSON whose icons {@code media} serves */
    void measureImage(String body, IconHost media) throws Exception {
        UserAwards awards = AwardsJson.parse(body.getBytes(StandardCharsets.UTF_8),
                new ApiConfig(ApiConfig.DEFAULT_API_BASE, media.origin()));
        WallContent content = new WallContent("BenchShelf", "399,597 points", null, awards.counts(), awards.visibleAwards());
        Path icons = Files.createTempDirectory("badgeshelf-bench-wall-icons");
        Path out = Files.createTempDirectory("badgeshelf-bench-wall").resolve("wall.png");
        WallSaver.Saved cold = save(content, icons, out);
        long coldMs = lastMs;
        long coldCpuMs = lastCpuMs;
        WallSaver.Saved warm = save(content, icons, out);
        long warmMs = lastMs;
        long warmCpuMs = lastCpuMs;
        figures.put("image_1613_ms", coldMs);
        figures.put("image_1613_warm_ms", warmMs);
        notes.put("image_detail", String.format("%d tiles, %d a row, %d x %d px, %d KB PNG, %d placeholders cold / %d warm;"
                        + " CPU time of the whole process %d ms cold / %d ms warm (the machine is shared: a load-free"
                        + " hint); icons from %s", cold.tiles(), WallLayout.DEFAULT_COLUMNS, cold.width(), cold.height(),
                Files.size(out) / 1024, cold.placeholders(), warm.placeholders(), coldCpuMs, warmCpuMs, media.describe()));
    }

    private long lastMs;
    private long lastCpuMs;

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private WallSaver.Saved save(WallContent content, Path icons, Path out) throws Exception {
        long cpu = processCpuNanos();
        long start = System.nanoTime();
        try (IconPipeline<BufferedImage> pipeline = WallIconLoader.pipeline(icons, null, Version.userAgent())) {
            WallSaver.Saved saved = new WallSaver(new WallIconLoader(pipeline),
                    new WallRenderer(WallTheme.DARK, WallCaptions.ENGLISH))
                    .save(content, WallLayout.DEFAULT_COLUMNS, out, (done, total) -> { }, () -> false);
            lastMs = Math.round((System.nanoTime() - start) / 1e6);
            lastCpuMs = Math.round((processCpuNanos() - cpu) / 1e6);
            return saved;
        }
    }

    private static long time(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return System.nanoTime() - start;
    }
}
