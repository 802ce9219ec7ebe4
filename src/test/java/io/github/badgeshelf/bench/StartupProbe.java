package io.github.badgeshelf.bench;

import io.github.badgeshelf.Main;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.stage.Window;

import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs in its own JVM: starts the app through the jar's real entry point (Main) and prints the
 * wall-clock time at which the sign-in button is showing in a laid-out window, then exits.
 * Prints {@code shown_at_ms=} (epoch ms) and {@code jvm_uptime_ms=} (since the JVM's start).
 */
public final class StartupProbe {
    private StartupProbe() {
    }

    public static void main(String[] args) {
        Thread watcher = new Thread(StartupProbe::watch, "startup-probe");
        watcher.setDaemon(true);
        watcher.start();
        Main.main(new String[0]);
    }

    private static void watch() {
        AtomicBoolean shown = new AtomicBoolean();
        while (true) {
            try {
                Platform.runLater(() -> {
                    if (!shown.get() && signInShowing()) {
                        shown.set(true);
                        long now = System.currentTimeMillis();
                        long start = ManagementFactory.getRuntimeMXBean().getStartTime();
                        System.out.println("shown_at_ms=" + now);
                        System.out.println("jvm_uptime_ms=" + (now - start));
                        System.out.flush();
                        Runtime.getRuntime().halt(0);
                    }
                });
            } catch (IllegalStateException toolkitNotStartedYet) {
                // keep polling until JavaFX is up
            }
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static boolean signInShowing() {
        for (Window window : Window.getWindows()) {
            if (!window.isShowing() || window.getScene() == null) {
                continue;
            }
            Node button = window.getScene().lookup("#signIn");
            if (button != null && button.isVisible() && button.getLayoutBounds().getWidth() > 0 && button.getScene() != null) {
                return true;
            }
        }
        return false;
    }
}
