package io.github.badgeshelf.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The one way the UI runs work off the FX thread. Callbacks run on the UI thread (the FX thread
 * in the app, the calling thread in tests) and never after {@link Cancellable#cancel()}.
 */
public interface TaskExecutor {

    <T> Cancellable submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure);

    /** Runs a plain action on the UI thread (for results that arrive from elsewhere, e.g. the icon pipeline). */
    void runOnUiThread(Runnable action);

    /** A handle on submitted work. */
    interface Cancellable {
        /** Interrupts the work if it is running and guarantees no callback follows. */
        void cancel();

        boolean isCancelled();
    }
}
