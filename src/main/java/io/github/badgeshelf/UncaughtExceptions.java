package io.github.badgeshelf;

import javafx.application.Platform;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
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
    /** Where the open window hears of them; none once it has closed. */
    private static final AtomicReference<Consumer<String>> REPORT = new AtomicReference<>();

    private UncaughtExceptions() {
    }

    /**
     * Makes this the handler of every thread's escaped exceptions, reporting to {@code report}.
     * Returns what stops the reporting (the counting and logging go on): run it when the window
     * closes, or the JVM-wide handler keeps that window alive.
     */
    public static Runnable install(Consumer<String> report) {
        REPORT.set(report);
        Thread.setDefaultUncaughtExceptionHandler(UncaughtExceptions::handle);
        return () -> REPORT.compareAndSet(report, null);
    }

    private static void handle(Thread thread, Throwable error) {
        COUNT.incrementAndGet();
        LOG.log(Level.SEVERE, "Uncaught exception on thread " + thread.getName(), error);
        Consumer<String> report = REPORT.get();
        if (report == null) {
            return; // the window has closed: the log line above is all that can be done
        }
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
    }

    /** How many exceptions escaped since start. */
    public static int count() {
        return COUNT.get();
    }
}
