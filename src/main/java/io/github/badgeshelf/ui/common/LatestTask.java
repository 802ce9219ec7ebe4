package io.github.badgeshelf.ui.common;

import javafx.beans.property.ReadOnlyBooleanWrapper;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The one load a view model has in flight (a shelf, a game page). Starting another or cancelling
 * makes the older one's answer stale: its callbacks are dropped even if they were already queued
 * on the UI thread. While a load runs the view model's {@code busy} is true; it is false again
 * when the current load answers or is cancelled.
 */
public final class LatestTask {
    private final TaskExecutor executor;
    private final ReadOnlyBooleanWrapper busy;
    private TaskExecutor.Cancellable running;
    private long generation;

    public LatestTask(TaskExecutor executor, ReadOnlyBooleanWrapper busy) {
        this.executor = executor;
        this.busy = busy;
    }

    /** Cancels the load in progress, if any, and clears busy; true if there was one. */
    public boolean cancel() {
        if (running == null) {
            return false;
        }
        running.cancel();
        running = null;
        generation++;
        busy.set(false);
        return true;
    }

    /**
     * Stops the load in progress (leaving busy as it is: the caller sets it for the new one) and
     * returns the ticket of the next; only {@link #submit} with the newest ticket is heard.
     */
    public long next() {
        if (running != null) {
            running.cancel();
            running = null;
        }
        return ++generation;
    }

    /** Runs {@code work}; its answer reaches the callbacks (after busy is cleared) only if {@code ticket} is still the newest. */
    public <T> void submit(long ticket, Callable<T> work, Consumer<? super T> onSuccess,
                           Consumer<? super Throwable> onFailure) {
        running = executor.submit(work,
                result -> {
                    if (ticket == generation) {
                        running = null;
                        busy.set(false);
                        onSuccess.accept(result);
                    }
                },
                failure -> {
                    if (ticket == generation) {
                        running = null;
                        busy.set(false);
                        onFailure.accept(failure);
                    }
                });
    }
}
