package io.github.badgeshelf;

import javafx.application.Platform;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The last line of defence: any exception that escapes a thread is logged with its context and
 * reported in the status line, instead of vanishing or killing the window. Tests read
 * {@link #count()} to fail when one fired.
 */
public final class UncaughtExceptions {
    private static final Logger LOG = Logger.getLogger(UncaughtExceptions.class.getName());
    private static final AtomicInteger COUNT = new AtomicInteger();

    private UncaughtExceptions() {
    }

    public static void install(Consumer<String> report) {
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> {
            COUNT.incrementAndGet();
            LOG.log(Level.SEVERE, "Uncaught exception on thread " + thread.getName(), error);
            String message = "Something went wrong inside BadgeShelf (" + error.getClass().getSimpleName()
                    + "). The window still works; details are in the log file.";
            if (Platform.isFxApplicationThread()) {
                report.accept(message);
            } else {
                try {
                    Platform.runLater(() -> report.accept(message));
                } catch (IllegalStateException toolkitGone) {
                    // Shutting down: the log line above is all that can be done.
                }
            }
        });
    }

    /** How many exceptions escaped since start. */
    public static int count() {
        return COUNT.get();
    }
}
