import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Starts the app's window the way the launcher does (io.github.badgeshelf.Main without
 * arguments) on the packaged runtime, headless through Monocle, and reports whether a window
 * showed. A runtime trimmed below what JavaFX or the app's start-up needs fails here.
 *
 * <pre>runtime/bin/java -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw
 *      -cp PROBE:APP_JARS:MONOCLE_JAR GuiProbe [timeout-seconds]</pre>
 * Prints one PASS or FAIL line; exit 0 when a window showed.
 */
public final class GuiProbe {

    public static void main(String[] args) throws Exception {
        long timeout = args.length > 0 ? Long.parseLong(args[0]) : 60;
        Thread app = new Thread(() -> io.github.badgeshelf.Main.main(new String[0]), "app-main");
        app.setDaemon(true);
        app.setUncaughtExceptionHandler((t, e) -> {
            System.out.println("FAIL: the window did not start: " + e);
            System.exit(1);
        });
        app.start();

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeout);
        while (System.nanoTime() < deadline) {
            String title = showingWindowTitle();
            if (title != null) {
                System.out.println("PASS: the window showed (title \"" + title + "\")");
                System.exit(0);
            }
            Thread.sleep(250);
        }
        System.out.println("FAIL: no window showed within " + timeout + " s");
        System.exit(1);
    }

    /** The title of a showing window, or null (also while the toolkit is still starting). */
    private static String showingWindowTitle() throws Exception {
        CompletableFuture<String> title = new CompletableFuture<>();
        try {
            Platform.runLater(() -> title.complete(Window.getWindows().stream()
                    .filter(Window::isShowing)
                    .map(w -> w instanceof Stage s && s.getTitle() != null ? s.getTitle() : "")
                    .findFirst().orElse(null)));
        } catch (IllegalStateException toolkitNotStartedYet) {
            return null;
        }
        try {
            return title.get(5, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException busy) {
            return null;
        }
    }
}
