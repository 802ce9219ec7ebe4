package io.github.badgeshelf.ui.common;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The common {@link TaskExecutor.Cancellable}: a flag callbacks check before they run, plus an
 * optional action that stops the work itself (interrupt a thread, drop a download).
 */
public final class CancelFlag implements TaskExecutor.Cancellable {
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final Runnable onCancel;

    public CancelFlag() {
        this(() -> { });
    }

    public CancelFlag(Runnable onCancel) {
        this.onCancel = onCancel;
    }

    @Override
    public void cancel() {
        if (cancelled.compareAndSet(false, true)) {
            onCancel.run();
        }
    }

    @Override
    public boolean isCancelled() {
        return cancelled.get();
    }
}
