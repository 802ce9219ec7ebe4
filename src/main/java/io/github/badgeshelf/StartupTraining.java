package io.github.badgeshelf;

import javafx.application.Platform;
import javafx.stage.Window;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The installer build's training run for the class-data-sharing archive (jpackage/CdsArchive.java):
 * starts the window exactly as {@link Main} does, waits until it is showing and a few frames
 * were drawn, then exits, so that {@code -XX:ArchiveClassesAtExit} archives the classes a
 * start needs. Never reached by the launcher (its main class is {@link Main}); it lives in the
 * app's jar because a class from anywhere else would change the class path the archive
 * records, and the JVM refuses an archive whose class path differs.
 *
 * <p>Exit status 0 when the window showed, 1 when none showed within the time limit.
 */
public final class StartupTraining {
    private static final long LIMIT_SECONDS = 180;
    /** After the window shows: time for the first frames, their CSS and the shelf's first layout. */
    private static final long SETTLE_MILLIS = 1500;

    private StartupTraining() {
    }

    public static void main(String[] args) {
        Thread watcher = new Thread(StartupTraining::exitWhenShown, "cds-training");
        watcher.setDaemon(true);
        watcher.start();
        Main.main(new String[0]);
    }

    private static void exitWhenShown() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(LIMIT_SECONDS);
        try {
            while (System.nanoTime() < deadline) {
                if (windowShowing()) {
                    Thread.sleep(SETTLE_MILLIS);
                    System.exit(0);
                }
                Thread.sleep(100);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        System.err.println("StartupTraining: no window showed within " + LIMIT_SECONDS + " s");
        System.exit(1);
    }

    /** Asks the FX thread (the only one that may read window state); false while it is not up yet. */
    private static boolean windowShowing() throws InterruptedException {
        CompletableFuture<Boolean> showing = new CompletableFuture<>();
        try {
            Platform.runLater(() -> showing.complete(Window.getWindows().stream().anyMatch(Window::isShowing)));
            return showing.get(5, TimeUnit.SECONDS);
        } catch (IllegalStateException toolkitNotStartedYet) {
            return false;
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException busy) {
            return false;
        }
    }
}
