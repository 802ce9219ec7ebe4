package io.github.badgeshelf.images;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/** One caller waiting for one icon at one size; the ticket handed back to it. */
final class Waiter<T> implements IconTicket {

    private static final Logger LOG = Logger.getLogger(Waiter.class.getName());
    private static final int PENDING = 0;
    private static final int DONE = 1;
    private static final int CANCELLED = 2;

    final String url;
    final int sizePx;
    final IconPriority priority;
    private final IconCallback<T> callback;
    private final Consumer<Waiter<T>> onCancel;
    private final AtomicInteger state = new AtomicInteger(PENDING);

    Waiter(String url, int sizePx, IconPriority priority, IconCallback<T> callback, Consumer<Waiter<T>> onCancel) {
        this.url = url;
        this.sizePx = sizePx;
        this.priority = priority;
        this.callback = callback;
        this.onCancel = onCancel;
    }

    @Override
    public void cancel() {
        if (state.compareAndSet(PENDING, CANCELLED)) {
            IconTrace.mark(url, "cancel-" + priority);
            onCancel.accept(this);
        }
    }

    @Override
    public boolean isDone() {
        return state.get() != PENDING;
    }

    boolean isPending() {
        return state.get() == PENDING;
    }

    /** Ends the ticket without a callback (the pipeline closed). */
    void abandon() {
        state.compareAndSet(PENDING, CANCELLED);
    }

    void deliver(T icon) {
        if (state.compareAndSet(PENDING, DONE)) {
            IconTrace.mark(url, "deliver");
            try {
                callback.loaded(icon);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "An icon callback failed for " + url, e);
            }
        }
    }

    void fail(String reason) {
        if (state.compareAndSet(PENDING, DONE)) {
            try {
                callback.failed(reason);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "An icon failure callback failed for " + url, e);
            }
        }
    }
}
