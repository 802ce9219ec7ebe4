package io.github.badgeshelf;

import io.github.badgeshelf.cli.CommandLine;
import io.github.badgeshelf.logging.AppLog;
import io.github.badgeshelf.settings.AppHome;

/**
 * The jar's entry point. Command-line verbs run without ever touching JavaFX (so scripts work on
 * a machine with no display); anything else starts the window.
 *
 * <p>This is deliberately not the {@code Application} subclass: the java launcher refuses to
 * start an Application main class when JavaFX sits on the class path rather than the module path.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length > 0) {
            // The image command draws with Java2D; headless, it needs no display and shows no Dock icon.
            System.setProperty("java.awt.headless", "true");
            // Diagnostics go to the log file, never to the terminal: stderr carries one line per failure.
            AppLog.install(AppHome.fromEnvironment(System.getenv()).logsDir());
            int status = CommandLine.run(args, System.getenv(), System.out, System.err);
            System.exit(status);
        }
        GuiLauncher.launch(args);
    }
}
