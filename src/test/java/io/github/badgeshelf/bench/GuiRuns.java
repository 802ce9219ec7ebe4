package io.github.badgeshelf.bench;

import io.github.badgeshelf.images.IconTrace;
import io.github.badgeshelf.model.Award;
import io.github.badgeshelf.model.AwardCounts;
import io.github.badgeshelf.testsupport.FakeRaServer;
import io.github.badgeshelf.testsupport.HeadlessFx;
import io.github.badgeshelf.ui.shelf.BadgeIcons;
import javafx.scene.control.skin.VirtualFlow;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** The measurements made in the real window: each run opens a fresh app, signs in, searches. */
final class GuiRuns {
    private static final long TIMEOUT_MS = 120_000;

    record Cold(long countersMs, long iconsMs, int tiles, Path home, List<Long> allCountersMs, List<Long> allIconsMs,
                long iconRequests, List<Long> allIconRequests) {
    }

    record Warm(long countersMs, long iconsMs, int iconRequests, List<Long> allIconsMs) {
    }

    /**
     * A switch from a small shelf (icons shown) to a big one: from Enter to every tile on screen
     * showing its icon, and from the last on-screen icon's answer leaving the host to that pulse.
     */
    /** @param shared tiles on the big shelf's first screen whose icon the small shelf showed (in memory) */
    record Switch(long iconsMs, long afterLastArrivalMs, int tiles, int shared, List<Long> allIconsMs, List<Long> allAfterLastArrivalMs) {
    }

    /** @param iconRequests icon requests the host saw from Enter until 3 s after the first screen was shown */
    private record Search(long countersMs, long iconsMs, int tiles, int iconRequests) {
    }

    private final FakeRaServer api;
    private final IconHost media;
    private final int runs;
    private final List<Long> naiveRuns = new ArrayList<>();

    GuiRuns(FakeRaServer api, IconHost media, int runs) {
        this.api = api;
        this.media = media;
        this.runs = runs;
    }

    /** One unmeasured search, so class loading and the first JIT work do not land on the first figure. */
    void warmUp(String user) throws Exception {
        try (BenchWindow window = BenchWindow.open(BenchMain.appEnvironment(api, media, newHome()), null)) {
            window.signIn(BenchMain.SELF, api.credentials().apiKey());
            HeadlessFx.call(() -> window.typeAndEnter(user));
            window.firstPulseWhere(() -> window.firstScreenShown(300),
                    TIMEOUT_MS, "the warm-up shelf's icons");
        }
    }

    /** Fresh apps with empty disk caches; medians of {@code runs}. The last run's home stays for {@link #warm}. */
    Cold cold(String user, String body) throws Exception {
        List<Long> counters = new ArrayList<>();
        List<Long> icons = new ArrayList<>();
        List<Long> requests = new ArrayList<>();
        Path home = null;
        int tiles = 0;
        int shared = 0;
        for (int i = 0; i < runs; i++) {
            home = newHome();
            Search s = search(home, null, user, body);
            counters.add(s.countersMs());
            icons.add(s.iconsMs());
            requests.add((long) s.iconRequests());
            tiles = s.tiles();
        }
        return new Cold(median(counters), median(icons), tiles, home, counters, icons, median(requests), requests);
    }

    /**
     * Fresh apps with empty disk caches: the signed-in user searches {@code smallUser} (its icons
     * shown), then {@code bigUser}, whose first screen shares the small shelf's icons; medians.
     */
    Switch switchShelf(String smallUser, int smallSize, String bigUser, String bigBody) throws Exception {
        int size = sizeOf(bigBody);
        List<Long> icons = new ArrayList<>();
        List<Long> afterArrival = new ArrayList<>();
        int tiles = 0;
        int shared = 0;
        for (int i = 0; i < runs; i++) {
            try (BenchWindow window = BenchWindow.open(BenchMain.appEnvironment(api, media, newHome()), null)) {
                window.signIn(BenchMain.SELF, api.credentials().apiKey());
                window.firstPulseWhere(() -> window.firstScreenShown(12), TIMEOUT_MS, "the own shelf's icons");
                HeadlessFx.call(() -> window.typeAndEnter(smallUser));
                window.firstPulseWhere(() -> window.grid().getItems().size() == smallSize && window.firstScreenShown(smallSize),
                        TIMEOUT_MS, "the small shelf's icons");
                HeadlessFx.require(window::iconsIdle, TIMEOUT_MS, "the small shelf's downloads");
                java.util.Set<String> smallIcons = HeadlessFx.call(() -> window.grid().getItems().stream()
                        .map(Award::iconUrl).filter(u -> u != null).collect(java.util.stream.Collectors.toSet()));
                IconTrace.clear();
                SwitchTimeline timeline = IconTrace.on() ? HeadlessFx.call(() -> new SwitchTimeline(window, size)) : null;
                long pressed = HeadlessFx.call(() -> window.typeAndEnter(bigUser));
                long shownAt = window.firstPulseWhere(() -> window.grid().getItems().size() == size
                        && window.firstScreenShown(size), TIMEOUT_MS, "the big shelf's first screen after the switch");
                if (timeline != null) {
                    HeadlessFx.run(timeline::stop);
                    timeline.print(pressed, shownAt, media);
                }
                List<String> onScreen = HeadlessFx.call(() -> window.visibleTiles().stream()
                        .map(c -> c.getItem().iconUrl()).filter(u -> u != null).toList());
                long lastArrival = pressed;
                for (String url : onScreen) {
                    Long at = media.answeredAt(java.net.URI.create(url).getPath());
                    if (at != null && at - pressed > 0) {
                        lastArrival = Math.max(lastArrival, at);
                    }
                }
                icons.add(millis(shownAt - pressed));
                afterArrival.add(millis(shownAt - lastArrival));
                tiles = onScreen.size();
                shared = (int) onScreen.stream().filter(smallIcons::contains).count();
            }
        }
        return new Switch(median(icons), median(afterArrival), tiles, shared, icons, afterArrival);
    }

    /** The same search with tiles loading icons as {@code new Image(url, true)}, each once and kept. */
    long naive(String user, String body) throws Exception {
        for (int i = 0; i < runs; i++) {
            naiveRuns.add(search(newHome(), NaiveBadgeIcons::new, user, body).iconsMs());
            // JavaFX goes on loading background Images after their window closed; let it finish.
            quiesce();
        }
        return median(naiveRuns);
    }

    List<Long> naiveRuns() {
        return naiveRuns;
    }

    /** Fresh apps on the cold run's home, whose disk cache holds every icon of the first screen. */
    Warm warm(String user, String body, Path filledHome) throws Exception {
        List<Long> counters = new ArrayList<>();
        List<Long> icons = new ArrayList<>();
        quiesce();
        int before = media.iconRequests();
        for (int i = 0; i < runs; i++) {
            Search s = search(filledHome, null, user, body);
            counters.add(s.countersMs());
            icons.add(s.iconsMs());
        }
        return new Warm(median(counters), median(icons), media.iconRequests() - before, icons);
    }

    private Search search(Path home, Supplier<BadgeIcons> icons, String user, String body) {
        AwardCounts counts = BenchShelves.counts(body);
        int size = sizeOf(body);
        try (BenchWindow window = BenchWindow.open(BenchMain.appEnvironment(api, media, home), icons)) {
            window.signIn(BenchMain.SELF, api.credentials().apiKey());
            // Let the own shelf's icons settle so they do not compete with the measured search.
            window.firstPulseWhere(() -> window.firstScreenShown(12), TIMEOUT_MS, "the own shelf's icons");
            int awardsBefore = api.requests(FakeRaServer.Endpoint.AWARDS).size();
            int iconsBefore = media.iconRequests();
            IconTrace.clear();
            SwitchTimeline timeline = IconTrace.on() ? HeadlessFx.call(() -> new SwitchTimeline(window, size)) : null;
            long pressed = HeadlessFx.call(() -> window.typeAndEnter(user));
            // Stack samples every 150 ms slow the run they watch: only on request.
            if (System.getenv("BENCH_SAMPLE") != null) {
                while (api.requests(FakeRaServer.Endpoint.AWARDS).size() == awardsBefore) {
                    Thread.onSpinWait();
                }
                System.err.println("trace: awards request reached the server at +" + millis(System.nanoTime() - pressed) + " ms");
                Thread sampler = new Thread(() -> {
                    while (!Thread.currentThread().isInterrupted()) {
                        HeadlessFx.sleep(150);
                        System.err.println("trace: sample at +" + millis(System.nanoTime() - pressed) + " ms");
                        Thread.getAllStackTraces().forEach((t, frames) -> {
                            String joined = Arrays.stream(frames).limit(90).map(String::valueOf)
                                    .filter(f -> f.contains("badgeshelf") || f.contains("controlsfx") || f.contains("setAll") || f.contains("Pulse"))
                                    .collect(Collectors.joining("\n      "));
                            if (joined.contains("badgeshelf") && !joined.contains("bench.") && t.getState() == Thread.State.RUNNABLE
                                    || t.getName().startsWith("JavaFX Application") && !joined.contains("getNextRunnable")) {
                                System.err.println("   " + t.getName() + " " + t.getState() + "\n      " + joined);
                            }
                        });
                    }
                });
                sampler.setDaemon(true);
                sampler.start();
                long shelfAt = window.firstPulseWhere(() -> window.grid().getItems().size() == size, TIMEOUT_MS, "grid items");
                sampler.interrupt();
                System.err.println("trace: grid items at +" + millis(shelfAt - pressed) + " ms");
            }
            long countersAt = window.firstPulseWhere(() -> BenchMain.counterProblem(window, counts) == null,
                    TIMEOUT_MS, "the counters of " + user);
            long iconsAt = window.firstPulseWhere(() -> window.firstScreenShown(size), TIMEOUT_MS,
                    "the first screen of " + user + " with icons");
            if (timeline != null) {
                HeadlessFx.run(timeline::stop);
                timeline.print(pressed, iconsAt, media);
            }
            int tiles = HeadlessFx.call(window::tileCount);
            // Whatever the window goes on asking for after its first screen counts too, for 3 s.
            HeadlessFx.sleep(Math.max(0, 3000 - millis(System.nanoTime() - iconsAt)));
            int iconRequests = media.iconRequests() - iconsBefore;
            if (System.getenv("BENCH_TRACE") != null) {
                System.err.println("trace: run done, " + HeadlessFx.call(window::iconStats) + " home " + home);
            }
            if (icons == null) {
                // Icons of rows just outside the view may still be on their way; the warm run wants them all on disk.
                HeadlessFx.require(window::iconsIdle, TIMEOUT_MS, "the icon downloads to finish");
            }
            return new Search(millis(countersAt - pressed), millis(iconsAt - pressed), tiles, iconRequests);
        }
    }

    /** Waits until no icon request has reached the server for a second. */
    private void quiesce() {
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(TIMEOUT_MS);
        int seen = -1;
        while (System.nanoTime() < end) {
            int now = media.iconRequests();
            if (now == seen) {
                return;
            }
            seen = now;
            HeadlessFx.sleep(1000);
        }
        throw new IllegalStateException("Icon requests kept arriving for " + TIMEOUT_MS + " ms");
    }

    static boolean atBottom(VirtualFlow<?> flow) {
        if (flow.getCellCount() == 0) {
            return true;
        }
        var last = flow.getLastVisibleCell();
        return flow.getPosition() >= 1.0 || (last != null && last.getIndex() == flow.getCellCount() - 1
                && last.getLayoutY() + last.getHeight() <= flow.getHeight() + 0.5);
    }

    static int sizeOf(String body) {
        return BenchShelves.visibleCount(body);
    }

    private static Path newHome() throws IOException {
        return Files.createTempDirectory("badgeshelf-bench-home");
    }

    private static long millis(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(nanos);
    }

    static long median(List<Long> values) {
        return BenchMain.median(values.stream().mapToLong(Long::longValue).toArray());
    }

    static String list(List<Long> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
