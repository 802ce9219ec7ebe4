package io.github.badgeshelf.bench;

import io.github.badgeshelf.model.Achievement;
import io.github.badgeshelf.model.Award;
import io.github.badgeshelf.testsupport.FakeRaServer;
import io.github.badgeshelf.testsupport.GameFixtures;
import io.github.badgeshelf.testsupport.HeadlessFx;
import io.github.badgeshelf.testsupport.VisibleTiles;
import javafx.scene.Node;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.controlsfx.control.GridCell;
import org.controlsfx.control.GridView;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The game page's figures in the real window: each run is a fresh app (empty disk cache) that signs
 * in, lets its own shelf's icons settle, selects a game award's tile and presses Enter on it.
 * {@code game_page_ms}: to the achievements listed in {@code #achievementGrid} on a visible
 * {@code #gamePage}; {@code game_page_icons_cold_ms}: to every achievement tile on screen showing
 * its badge. The scroll check walks a 400-achievement game top to bottom, 0.9 screen per step.
 */
final class GameRuns {
    private static final long TIMEOUT_MS = 120_000;

    /**
     * {@code allFxCpuMs}: the FX thread's CPU time from Enter to the pulse that laid the page out
     * (the steadier figure on a shared machine); {@code allPulses}: layout pulses in that time.
     * {@code allAfterAnswerMs} and {@code allAfterAnswerCpuMs}: the part of it after the answer was
     * handed to the page (the moment {@code #gamePage} turns visible), wall and FX thread CPU: what
     * the window adds to the round trip.
     */
    record Open(long pageMs, long iconsMs, int tiles, List<Long> allPageMs, List<Long> allIconsMs,
                List<Long> allFxCpuMs, List<Long> allPulses, List<Long> allAfterAnswerMs,
                List<Long> allAfterAnswerCpuMs) {
    }

    record Scroll(int steps, long medianStepMs, long maxStepMs, long longestPulseGapMs) {
    }

    private final FakeRaServer api;
    private final IconHost media;
    private final int runs;

    GameRuns(FakeRaServer api, IconHost media, int runs) {
        this.api = api;
        this.media = media;
        this.runs = runs;
    }

    /**
     * Gives the own shelf's first two games (from {@code selfBody}) their progress on the API
     * server, {@link BenchMain#GAME_ACHIEVEMENTS} and {@link BenchMain#BIG_GAME_ACHIEVEMENTS}
     * achievements, and their badges on the media host; returns the two game ids.
     */
    static int[] addGames(FakeRaServer api, BenchPngs pngs, String selfBody) {
        List<Integer> games = BenchShelves.gameIds(selfBody);
        int[] ids = {games.get(0), games.get(1)};
        int[] sizes = {BenchMain.GAME_ACHIEVEMENTS, BenchMain.BIG_GAME_ACHIEVEMENTS};
        for (int i = 0; i < ids.length; i++) {
            var list = GameFixtures.generate(sizes[i], 45, ids[i]);
            for (var a : list) {
                a.put("BadgeName", ids[i] + "" + a.get("BadgeName")); // every game's badges its own files
                pngs.forPath("/Badge/" + a.get("BadgeName") + ".png");
                pngs.forPath("/Badge/" + a.get("BadgeName") + "_lock.png");
            }
            api.addGameProgress(BenchMain.SELF, ids[i], GameFixtures.body(ids[i], "Bench Game " + ids[i], 7, "NES/Famicom",
                    String.format("/Images/0%06d.png", ids[i]), list, "beaten-hardcore", "2020-01-01T00:00:00+00:00"));
        }
        return ids;
    }

    Open open(int gameId, int achievements) throws Exception {
        // One unmeasured opening first, so class loading and the first JIT work do not land on the figure.
        try (BenchWindow window = signedIn()) {
            HeadlessFx.call(() -> enterOnGame(window, gameId));
            window.firstPulseWhere(() -> listed(window, achievements) && badgesShown(window), TIMEOUT_MS,
                    "the warm-up opening of game " + gameId);
        }
        List<Long> pages = new ArrayList<>();
        List<Long> icons = new ArrayList<>();
        List<Long> fxCpu = new ArrayList<>();
        List<Long> pulseCounts = new ArrayList<>();
        List<Long> afterAnswer = new ArrayList<>();
        List<Long> afterAnswerCpu = new ArrayList<>();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long fxThread = HeadlessFx.call(() -> Thread.currentThread().getId());
        int tiles = 0;
        for (int i = 0; i < runs; i++) {
            try (BenchWindow window = signedIn()) {
                long[] cpuAtListed = {-1};
                long[] wallAtListed = {0};
                long[] pulses = {0};
                // Counting only: the page's check runs once a pulse, in firstPulseWhere's listener.
                Runnable count = () -> {
                    if (cpuAtListed[0] < 0) {
                        pulses[0]++;
                    }
                };
                long[] cpuAtEnter = {0};
                long[] wallAtEnter = {0};
                long[] answered = {-1};
                long[] cpuAtAnswer = {-1};
                javafx.beans.value.ChangeListener<Boolean> shownNow = (obs, was, now) -> {
                    if (now && answered[0] < 0) {
                        answered[0] = System.nanoTime();
                        cpuAtAnswer[0] = threads.getThreadCpuTime(fxThread);
                    }
                };
                Node pageNode = HeadlessFx.call(() -> window.scene().lookup("#gamePage"));
                long pressed = HeadlessFx.call(() -> {
                    pageNode.visibleProperty().addListener(shownNow);
                    window.scene().addPostLayoutPulseListener(count);
                    cpuAtEnter[0] = threads.getThreadCpuTime(fxThread);
                    wallAtEnter[0] = System.currentTimeMillis();
                    return enterOnGame(window, gameId);
                });
                long listed = window.firstPulseWhere(() -> {
                    boolean now = listed(window, achievements);
                    if (now && cpuAtListed[0] < 0) {
                        cpuAtListed[0] = threads.getThreadCpuTime(fxThread);
                        wallAtListed[0] = System.currentTimeMillis();
                    }
                    return now;
                }, TIMEOUT_MS, "the achievements of game " + gameId);
                HeadlessFx.run(() -> {
                    window.scene().removePostLayoutPulseListener(count);
                    pageNode.visibleProperty().removeListener(shownNow);
                });
                fxCpu.add(millis(cpuAtListed[0] - cpuAtEnter[0]));
                afterAnswer.add(millis(listed - answered[0]));
                afterAnswerCpu.add(millis(cpuAtListed[0] - cpuAtAnswer[0]));
                pulseCounts.add(pulses[0]);
                if (System.getenv("BENCH_TRACE") != null) {
                    // Epoch milliseconds, to cut a JFR recording down to the openings.
                    System.err.println("game_open_window " + wallAtEnter[0] + " " + wallAtListed[0]);
                }
                long shown = window.firstPulseWhere(() -> badgesShown(window), TIMEOUT_MS,
                        "the badges on screen of game " + gameId);
                pages.add(millis(listed - pressed));
                icons.add(millis(shown - pressed));
                tiles = HeadlessFx.call(() -> visibleTiles(window).size());
            }
        }
        return new Open(GuiRuns.median(pages), GuiRuns.median(icons), tiles, pages, icons, fxCpu, pulseCounts,
                afterAnswer, afterAnswerCpu);
    }

    /** Opens the game and scrolls its grid top to bottom, each step's badges shown before the next. */
    Scroll scroll(int gameId, int achievements) throws Exception {
        try (BenchWindow window = signedIn()) {
            HeadlessFx.call(() -> enterOnGame(window, gameId));
            window.firstPulseWhere(() -> listed(window, achievements) && badgesShown(window), TIMEOUT_MS,
                    "the first screen of game " + gameId);
            long[] lastPulse = {System.nanoTime()};
            long[] longestGap = {0};
            Runnable pulse = () -> {
                long now = System.nanoTime();
                longestGap[0] = Math.max(longestGap[0], now - lastPulse[0]);
                lastPulse[0] = now;
            };
            List<Long> steps = new ArrayList<>();
            HeadlessFx.run(() -> {
                lastPulse[0] = System.nanoTime();
                window.scene().addPostLayoutPulseListener(pulse);
            });
            try {
                while (!HeadlessFx.call(() -> GuiRuns.atBottom(flow(window)))) {
                    long started = HeadlessFx.call(() -> {
                        VirtualFlow<?> flow = flow(window);
                        flow.scrollPixels(flow.getHeight() * 0.9);
                        return System.nanoTime();
                    });
                    long done = window.firstPulseWhere(() -> badgesShown(window), TIMEOUT_MS, "the badges after a scroll");
                    steps.add(millis(done - started));
                }
            } finally {
                HeadlessFx.run(() -> window.scene().removePostLayoutPulseListener(pulse));
            }
            return new Scroll(steps.size(), GuiRuns.median(steps), steps.stream().mapToLong(Long::longValue).max().orElse(0),
                    millis(longestGap[0]));
        }
    }

    private BenchWindow signedIn() throws Exception {
        Path home = Files.createTempDirectory("badgeshelf-bench-game");
        BenchWindow window = BenchWindow.open(BenchMain.appEnvironment(api, media, home), null);
        window.signIn(BenchMain.SELF, api.credentials().apiKey());
        window.firstPulseWhere(() -> window.firstScreenShown(12), TIMEOUT_MS, "the own shelf's icons");
        return window;
    }

    /** Selects the game's tile and presses Enter on the grid, as a person does; FX thread. Returns nanoTime before Enter. */
    private static long enterOnGame(BenchWindow window, int gameId) {
        GridView<Award> grid = window.grid();
        Award award = grid.getItems().stream().filter(a -> a.gameId().orElse(-1) == gameId).findFirst()
                .orElseThrow(() -> new IllegalStateException("No tile for game " + gameId + " on the own shelf"));
        window.shell().mainView().shelfView().selectionProperty().set(award);
        grid.requestFocus();
        long pressed = System.nanoTime();
        grid.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ENTER, false, false, false, false));
        grid.fireEvent(new KeyEvent(KeyEvent.KEY_RELEASED, "", "", KeyCode.ENTER, false, false, false, false));
        return pressed;
    }

    @SuppressWarnings("unchecked")
    private static GridView<Achievement> achievementGrid(BenchWindow window) {
        return (GridView<Achievement>) window.scene().lookup("#achievementGrid");
    }

    private static VirtualFlow<?> flow(BenchWindow window) {
        return (VirtualFlow<?>) achievementGrid(window).lookup(".virtual-flow");
    }

    private static boolean listed(BenchWindow window, int achievements) {
        Node page = window.scene().lookup("#gamePage");
        GridView<Achievement> grid = achievementGrid(window);
        return page != null && page.isVisible() && grid != null && grid.getItems().size() == achievements
                && !visibleTiles(window).isEmpty();
    }

    /** Every achievement tile inside the viewport shows a loaded badge. */
    private static boolean badgesShown(BenchWindow window) {
        List<GridCell<Achievement>> tiles = visibleTiles(window);
        if (tiles.isEmpty()) {
            return false;
        }
        for (GridCell<Achievement> cell : tiles) {
            ImageView view = (ImageView) cell.lookup(".image-view");
            if (view == null || view.getImage() == null || view.getImage().getProgress() < 1.0) {
                return false;
            }
        }
        return true;
    }

    private static List<GridCell<Achievement>> visibleTiles(BenchWindow window) {
        Node page = window.scene().lookup("#gamePage");
        VirtualFlow<?> flow = page == null || !page.isVisible() ? null : flow(window);
        if (flow == null) {
            return List.of();
        }
        return VisibleTiles.in(flow, flow, ".achievement-tile");
    }

    private static long millis(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(nanos);
    }
}
