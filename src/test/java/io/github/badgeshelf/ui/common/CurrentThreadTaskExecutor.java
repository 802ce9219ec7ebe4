package io.github.badgeshelf.ui.common;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs work on the calling thread, for ViewModel tests without a toolkit. With {@link #deferred()}
 * it queues work instead, so a test can decide the order in which results arrive (stale results).
 */
public final class CurrentThreadTaskExecutor implements TaskExecutor {
    private final boolean deferred;
    private final boolean honourCancel;
    private final Deque<Runnable> queue = new ArrayDeque<>();

    private CurrentThreadTaskExecutor(boolean deferred, boolean honourCancel) {
        this.deferred = deferred;
        this.honourCancel = honourCancel;
    }

    public static CurrentThreadTaskExecutor immediate() {
        return new CurrentThreadTaskExecutor(false, true);
    }

    public static CurrentThreadTaskExecutor deferred() {
        return new CurrentThreadTaskExecutor(true, true);
    }

    /**
     * Queues work and delivers results even after cancel, like a result that was already on its
     * way when a newer search started: only the ViewModel's own check can drop it.
     */
    public static CurrentThreadTaskExecutor racing() {
        return new CurrentThreadTaskExecutor(true, false);
    }

    @Override
    public <T> Cancellable submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        CancelFlag cancelled = new CancelFlag();
        Runnable job = () -> {
            if (cancelled.isCancelled() && honourCancel) {
                return;
            }
            T result;
            try {
                result = work.call();
            } catch (Throwable e) {
                if (!cancelled.isCancelled() || !honourCancel) {
                    onFailure.accept(e);
                }
                return;
            }
            if (!cancelled.isCancelled() || !honourCancel) {
                onSuccess.accept(result);
            }
        };
        if (deferred) {
            queue.add(job);
        } else {
            job.run();
        }
        return cancelled;
    }

    @Override
    public void runOnUiThread(Runnable action) {
        action.run();
    }

    /** Runs queued work, last submitted first, to let an old result arrive after a new one. */
    public void runNewestFirst() {
        while (!queue.isEmpty()) {
            queue.pollLast().run();
        }
    }

    public void runOldestFirst() {
        while (!queue.isEmpty()) {
            queue.pollFirst().run();
        }
    }

    public int pending() {
        return queue.size();
    }
}
