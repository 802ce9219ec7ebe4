package io.github.badgeshelf.bench;

import io.github.badgeshelf.images.IconTrace;
import io.github.badgeshelf.model.Award;
import javafx.scene.image.ImageView;
import org.controlsfx.control.GridCell;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * With {@code -Dbadgeshelf.iconTrace=true}: each on-screen icon's way after a shelf switch, in ms
 * after Enter: the host's answer, then the app's steps ({@link IconTrace}), then the pulse in which
 * its tile first showed it; and the pulses' times. Printed to standard error. FX thread for the
 * listener; {@link #print} after {@link #stop}.
 */
final class SwitchTimeline {
    private final BenchWindow window;
    private final int size;
    private final List<Long> pulses = new ArrayList<>();
    /** The FX thread's and the render thread's CPU time (ns) at each pulse's end. */
    private final List<long[]> cpu = new ArrayList<>();
    private final java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    private final long renderThread = Thread.getAllStackTraces().keySet().stream()
            .filter(t -> t.getName().startsWith("QuantumRenderer")).mapToLong(Thread::getId).findFirst().orElse(-1);
    private final Map<String, Long> shown = new HashMap<>();
    private final Runnable listener = this::afterPulse;
    /** Every thread's CPU time (ns) when the timeline started, by thread ID. */
    private final Map<Long, Long> cpuAtStart = cpuByThread();

    SwitchTimeline(BenchWindow window, int size) {
        this.window = window;
        this.size = size;
        window.scene().addPostLayoutPulseListener(listener);
    }

    private void afterPulse() {
        long now = System.nanoTime();
        pulses.add(now);
        cpu.add(new long[] {threads.getCurrentThreadCpuTime(), renderThread < 0 ? 0 : threads.getThreadCpuTime(renderThread)});
        if (window.grid() == null || window.grid().getItems().size() != size) {
            return;
        }
        for (GridCell<Award> cell : window.visibleTiles()) {
            String url = cell.getItem().iconUrl();
            ImageView view = (ImageView) cell.lookup(".image-view");
            if (url != null && view != null && view.getImage() != null) {
                shown.putIfAbsent(url, now);
            }
        }
    }

    void stop() {
        window.scene().removePostLayoutPulseListener(listener);
    }

    void print(long pressed, long shownAt, IconHost media) {
        List<String> onScreen = io.github.badgeshelf.testsupport.HeadlessFx.call(() -> window.visibleTiles().stream()
                .map(c -> c.getItem().iconUrl()).filter(u -> u != null).toList());
        // Wall-clock time of Enter too, to cut a flight recording's samples to this run.
        long enterEpochMs = System.currentTimeMillis() - (System.nanoTime() - pressed) / 1_000_000;
        StringBuilder out = new StringBuilder("timeline: ms after Enter; all shown at " + ms(shownAt - pressed)
                + "; Enter at " + java.time.LocalTime.ofInstant(java.time.Instant.ofEpochMilli(enterEpochMs), java.time.ZoneId.systemDefault()) + "\n");
        out.append("timeline: pulses (at, FX CPU since the last pulse, render CPU since the last pulse)");
        for (int i = 1; i < pulses.size(); i++) {
            long p = pulses.get(i);
            if (p >= pressed && p <= shownAt + 1_000_000) {
                out.append(' ').append(ms(p - pressed)).append('(').append(ms(cpu.get(i)[0] - cpu.get(i - 1)[0]))
                        .append(',').append(ms(cpu.get(i)[1] - cpu.get(i - 1)[1])).append(')');
            }
        }
        out.append('\n');
        out.append("timeline: CPU ms by thread since Enter:").append(cpuSinceStart()).append('\n');
        for (String url : onScreen) {
            Long answered = media.answeredAt(URI.create(url).getPath());
            out.append("timeline: ").append(URI.create(url).getPath().replaceAll(".*/", ""));
            out.append(" host=").append(answered == null || answered < pressed ? "-" : ms(answered - pressed));
            for (String step : IconTrace.steps(url)) {
                int at = step.lastIndexOf('@');
                long t = Long.parseLong(step.substring(at + 1));
                out.append(' ').append(step, 0, at).append('=').append(ms(t - pressed));
            }
            Long s = shown.get(url);
            out.append(" shown=").append(s == null ? "?" : ms(s - pressed)).append('\n');
        }
        System.err.print(out);
    }

    private Map<Long, Long> cpuByThread() {
        Map<Long, Long> cpu = new HashMap<>();
        for (long id : threads.getAllThreadIds()) {
            cpu.put(id, threads.getThreadCpuTime(id));
        }
        return cpu;
    }

    /** CPU time each kind of thread (names without their numbers) used since the timeline started. */
    private String cpuSinceStart() {
        Map<String, Long> byKind = new java.util.TreeMap<>();
        for (long id : threads.getAllThreadIds()) {
            java.lang.management.ThreadInfo info = threads.getThreadInfo(id);
            long now = threads.getThreadCpuTime(id);
            if (info == null || now < 0) {
                continue;
            }
            long used = now - cpuAtStart.getOrDefault(id, 0L);
            byKind.merge(info.getThreadName().replaceAll("\\d+", "N"), used, Long::sum);
        }
        StringBuilder out = new StringBuilder();
        byKind.entrySet().stream().filter(e -> e.getValue() >= 1_000_000)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> out.append(' ').append(e.getKey()).append('=').append(ms(e.getValue())));
        return out.toString();
    }

    private static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.1f", nanos / 1e6);
    }
}
