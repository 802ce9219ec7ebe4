package io.github.badgeshelf.ui.common;

import javafx.application.Platform;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Runs work on a small pool of daemon threads and delivers results on the FX thread. */
public final class FxTaskExecutor implements TaskExecutor, AutoCloseable {
    private static final Logger LOG = Logger.getLogger(FxTaskExecutor.class.getName());

    private final ExecutorService pool;

    public FxTaskExecutor() {
        AtomicInteger count = new AtomicInteger();
        this.pool = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "badgeshelf-worker-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public <T> Cancellable submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        Future<?>[] future = new Future<?>[1];
        CancelFlag cancelled = new CancelFlag(() -> future[0].cancel(true));
        future[0] = pool.submit(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> {
                    if (!cancelled.isCancelled()) {
                        onSuccess.accept(result);
                    }
                });
            } catch (Throwable e) {
                if (!cancelled.isCancelled()) {
                    LOG.log(Level.FINE, "Background task failed", e);
                }
                Platform.runLater(() -> {
                    if (!cancelled.isCancelled()) {
                        onFailure.accept(e);
                    }
                });
            }
        });
        return cancelled;
    }

    @Override
    public void runOnUiThread(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
