package io.github.badgeshelf.logging;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.ErrorManager;

/**
 * What a log handler does when it cannot write (a full disk, a file-size limit): nothing on the
 * console. java.util.logging's default prints a stack trace to standard error, which would break
 * the command line's one line and spill into a terminal the window was started from. The first
 * failure is passed on once, so whoever can (the window) may say that the log is off.
 */
final class QuietErrorManager extends ErrorManager {
    private final AtomicBoolean failed = new AtomicBoolean();
    private final Runnable onFirstFailure;

    QuietErrorManager(Runnable onFirstFailure) {
        this.onFirstFailure = onFirstFailure;
    }

    @Override
    public void error(String msg, Exception ex, int code) {
        if (failed.compareAndSet(false, true)) {
            onFirstFailure.run();
        }
    }

    boolean failed() {
        return failed.get();
    }
}
