package io.github.badgeshelf.bench;

import io.github.badgeshelf.model.Award;
import io.github.badgeshelf.testsupport.FakeRaServer;
import io.github.badgeshelf.testsupport.HeadlessFx;
import javafx.animation.AnimationTimer;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.control.skin.VirtualFlow;
import org.controlsfx.control.GridCell;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Issue 12's figures in the real window: how many icon requests a scroll through a big shelf
 * costs, how long the FX thread works per frame while flinging, and how fast a keystroke in the
 * text filter reaches the grid of a huge shelf.
 */
final class IconRuns {
    private static final long TIMEOUT_MS = 180_000;

    /** A scroll from top to bottom, a screen a step: requests, and the tiles with icons that were on screen. */
    record Scroll(int requests, int tilesSeen, int steps, long millis) {
    }

    /**
     * Frame times while flinging: the FX thread's work per pulse, the time between pulses, and the
     * CPU time the FX thread and the render thread spent per frame over the whole fling (CPU time
     * does not grow with the machine's load as wall time does).
     */
    record Fling(long p95WorkMicros, long p50WorkMicros, long maxWorkMicros, long p95IntervalMicros, int frames, int requests,
                 long fxCpuMicrosPerFrame, long renderCpuMicrosPerFrame) {
    }

    private final FakeRaServer api;
    private final IconHost media;

    IconRuns(FakeRaServer api, IconHost media) {
        this.api = api;
        this.media = media;
    }

    /** A fresh app scrolls the user's shelf top to bottom a screen a step, waiting at each for its icons. */
    Scroll scrollStepwise(String user, int size) throws Exception {
        try (Searched searched = searched(user, size)) {
            BenchWindow window = searched.window();
            long started = System.nanoTime();
            Set<String> seen = new HashSet<>();
            int steps = 0;
            while (true) {
                seen.addAll(HeadlessFx.call(() -> iconsOnScreen(window)));
                if (HeadlessFx.call(() -> GuiRuns.atBottom(window.flow()))) {
                    break;
                }
                HeadlessFx.run(() -> {
                    VirtualFlow<?> flow = window.flow();
                    flow.scrollPixels(viewportHeight(flow));
                });
                steps++;
                window.firstPulseWhere(() -> window.firstScreenShown(size), TIMEOUT_MS, "screen " + steps + " of " + user);
            }
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            return new Scroll(media.iconRequests() - searched.requestsBefore(), seen.size(), steps, millis);
        }
    }

    /** A fresh app flings through the user's shelf, {@code pixelsPerFrame} a pulse, icons loading meanwhile. */
    Fling fling(String user, int size, double pixelsPerFrame) throws Exception {
        try (Searched searched = searched(user, size)) {
            BenchWindow window = searched.window();
            int before = media.iconRequests();
            List<Long> work = new ArrayList<>();
            List<Long> intervals = new ArrayList<>();
            CompletableFuture<Void> done = new CompletableFuture<>();
            long[] frameStart = {0, 0};
            Runnable afterLayout = () -> {
                if (frameStart[0] != 0) {
                    work.add(System.nanoTime() - frameStart[0]);
                    frameStart[0] = 0;
                }
            };
            AnimationTimer fling = new AnimationTimer() {
                @Override
                public void handle(long now) {
                    long start = System.nanoTime();
                    if (frameStart[1] != 0) {
                        intervals.add(start - frameStart[1]);
                    }
                    frameStart[1] = start;
                    VirtualFlow<?> flow = window.flow();
                    if (GuiRuns.atBottom(flow)) {
                        stop();
                        done.complete(null);
                        return;
                    }
                    frameStart[0] = start;
                    flow.scrollPixels(pixelsPerFrame);
                }
            };
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long renderThread = renderThreadId();
            long[] fxCpu = new long[2];
            HeadlessFx.run(() -> {
                window.scene().addPostLayoutPulseListener(afterLayout);
                fxCpu[0] = threads.getCurrentThreadCpuTime();
                fling.start();
            });
            long renderBefore = threads.getThreadCpuTime(renderThread);
            done.get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
            long renderCpu = threads.getThreadCpuTime(renderThread) - renderBefore;
            HeadlessFx.run(() -> {
                fxCpu[1] = threads.getCurrentThreadCpuTime();
                window.scene().removePostLayoutPulseListener(afterLayout);
            });
            List<Long> w = HeadlessFx.call(() -> List.copyOf(work));
            List<Long> i = HeadlessFx.call(() -> List.copyOf(intervals));
            return new Fling(micros(percentile(w, 95)), micros(percentile(w, 50)), micros(percentile(w, 100)),
                    micros(percentile(i, 95)), w.size(), media.iconRequests() - before,
                    micros((fxCpu[1] - fxCpu[0]) / Math.max(1, w.size())), micros(renderCpu / Math.max(1, w.size())));
        }
    }

    /** Prism's render thread (QuantumRenderer-0), which draws each frame after the FX thread's pulse. */
    private static long renderThreadId() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("QuantumRenderer")).mapToLong(Thread::getId).findFirst()
                .orElseThrow(() -> new IllegalStateException("no QuantumRenderer thread: is the toolkit running?"));
    }

    /**
     * A fresh app shows the user's huge shelf, then letters are added to the text filter one at a
     * time (the first letters of a title in the shelf): from the text change to the end of the
     * layout pulse that shows the filtered grid, each keystroke.
     */
    List<Long> filterKeystrokes(String user, int size) throws Exception {
        return filterKeystrokeDetails(user, size).stream().map(Keystroke::millis).toList();
    }

    /**
     * One letter typed into the filter (issue 24): its time, and the FX thread's CPU time spent in
     * the text change itself (the filter and whatever listens to the shown list) and from then to
     * the end of the layout pulse that shows the grid (the tiles' refill, CSS, layout).
     */
    record Keystroke(String text, int shown, long millis, long changeCpuMicros, long pulseCpuMicros) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "'%s' %d shown %d ms (FX CPU %.1f + %.1f ms)", text, shown, millis,
                    changeCpuMicros / 1000.0, pulseCpuMicros / 1000.0);
        }
    }

    List<Keystroke> filterKeystrokeDetails(String user, int size) throws Exception {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        try (Searched searched = searched(user, size)) {
            BenchWindow window = searched.window();
            String word = HeadlessFx.call(() -> window.grid().getItems().get(size / 2).displayTitle())
                    .toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
            List<Keystroke> keystrokes = new ArrayList<>();
            for (int letters = 1; letters <= Math.min(5, word.length()); letters++) {
                String text = word.substring(0, letters);
                long[] changed = {0};
                long[] cpu = {0, 0, 0};
                int[] shown = {0};
                CompletableFuture<Long> laidOut = new CompletableFuture<>();
                HeadlessFx.run(() -> {
                    Runnable once = new Runnable() {
                        @Override
                        public void run() {
                            cpu[2] = threads.getCurrentThreadCpuTime();
                            laidOut.complete(System.nanoTime());
                            window.scene().removePostLayoutPulseListener(this);
                        }
                    };
                    TextField field = (TextField) window.scene().lookup("#filterText");
                    changed[0] = System.nanoTime();
                    cpu[0] = threads.getCurrentThreadCpuTime();
                    field.setText(text); // the filter runs as the text changes, as it does when typed
                    cpu[1] = threads.getCurrentThreadCpuTime();
                    shown[0] = window.grid().getItems().size();
                    window.scene().addPostLayoutPulseListener(once);
                    javafx.application.Platform.requestNextPulse();
                });
                long laidOutAt = laidOut.get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
                if (shown[0] >= size) {
                    throw new IllegalStateException("The filter '" + text + "' did not narrow the grid");
                }
                keystrokes.add(new Keystroke(text, shown[0], TimeUnit.NANOSECONDS.toMillis(laidOutAt - changed[0]),
                        (cpu[1] - cpu[0]) / 1000, (cpu[2] - cpu[1]) / 1000));
                HeadlessFx.sleep(300); // a person types a few letters a second
            }
            return keystrokes;
        }
    }

    /** A window after a search, and the icon requests the host had seen before Enter. */
    private record Searched(BenchWindow window, int requestsBefore) implements AutoCloseable {
        @Override
        public void close() {
            window.close();
        }
    }

    /** A fresh app (empty caches), signed in, showing the user's first screen with its icons. */
    private Searched searched(String user, int size) throws Exception {
        BenchWindow window = BenchWindow.open(BenchMain.appEnvironment(api, media,
                Files.createTempDirectory("badgeshelf-bench-home")), null);
        try {
            window.signIn(BenchMain.SELF, api.credentials().apiKey());
            window.firstPulseWhere(() -> window.firstScreenShown(12), TIMEOUT_MS, "the own shelf's icons");
            int before = media.iconRequests();
            HeadlessFx.call(() -> window.typeAndEnter(user));
            window.firstPulseWhere(() -> window.firstScreenShown(size), TIMEOUT_MS, "the first screen of " + user);
            return new Searched(window, before);
        } catch (RuntimeException e) {
            window.close();
            throw e;
        }
    }

    private static List<String> iconsOnScreen(BenchWindow window) {
        List<String> urls = new ArrayList<>();
        for (GridCell<Award> cell : window.visibleTiles()) {
            if (cell.getItem().iconUrl() != null) {
                urls.add(cell.getItem().iconUrl());
            }
        }
        return urls;
    }

    /** What a person sees of the flow: its clipped container's height. */
    static double viewportHeight(VirtualFlow<?> flow) {
        Node clip = flow.lookup(".clipped-container");
        return clip != null ? clip.getLayoutBounds().getHeight() : flow.getHeight();
    }

    private static long percentile(List<Long> values, int percent) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private static long micros(long nanos) {
        return TimeUnit.NANOSECONDS.toMicros(nanos);
    }
}
