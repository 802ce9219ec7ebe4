package io.github.badgeshelf.ui.images;

import io.github.badgeshelf.ui.common.TaskExecutor;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Moves results that arrive on other threads to the UI thread in batches: everything that arrived
 * while one batch waited for the UI thread runs in that one task. Icons of a screen arrive in a
 * burst; one task each let pulses run between them, so the last icons of a burst showed pulses
 * after the first (issue 24). Any thread may call {@link #run}; the actions run in arrival order.
 */
public final class UiHandOff {

    private final TaskExecutor executor;
    private final ConcurrentLinkedQueue<Runnable> waiting = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final Runnable drain = this::drain;

    public UiHandOff(TaskExecutor executor) {
        this.executor = executor;
    }

    /** Runs {@code action} on the UI thread with whatever else arrived meanwhile. */
    public void run(Runnable action) {
        waiting.add(action);
        if (scheduled.compareAndSet(false, true)) {
            executor.runOnUiThread(drain);
        }
    }

    private void drain() {
        // Cleared first: an action added from now on schedules the next batch, so none is stranded.
        scheduled.set(false);
        Runnable action;
        while ((action = waiting.poll()) != null) {
            action.run();
        }
    }
}
