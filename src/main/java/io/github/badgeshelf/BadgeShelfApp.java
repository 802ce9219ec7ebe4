package io.github.badgeshelf;

import io.github.badgeshelf.logging.AppLog;
import io.github.badgeshelf.settings.AppHome;
import io.github.badgeshelf.settings.Settings;
import io.github.badgeshelf.ui.i18n.Messages;
import io.github.badgeshelf.ui.main.AppServices;
import io.github.badgeshelf.ui.main.AppShell;
import io.github.badgeshelf.ui.main.DesktopActions;
import io.github.badgeshelf.ui.main.ExportFileChooser;
import io.github.badgeshelf.ui.main.Theme;
import io.github.badgeshelf.ui.main.WindowPlacement;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Screen;
import javafx.stage.Stage;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The JavaFX application: builds the services from the environment and shows the window. */
public class BadgeShelfApp extends Application {
    private static final Logger LOG = Logger.getLogger(BadgeShelfApp.class.getName());
    static final double DEFAULT_WIDTH = 1360;
    static final double DEFAULT_HEIGHT = 860;
    /** Every page fits from this width up (a 1,024 px screen with room for the window's frame). */
    public static final double MIN_WIDTH = 960;
    public static final double MIN_HEIGHT = 600;

    private final Map<String, String> env;
    private final ExportFileChooser exportChooser;
    private AppServices services;
    /** Detaches this window from the JVM-wide handler of escaped exceptions (see stop). */
    private Runnable stopHearingUncaught;
    private AppShell shell;

    public BadgeShelfApp() {
        this(System.getenv());
    }

    /** For tests: the environment decides the server, the media host and BADGESHELF_HOME. */
    public BadgeShelfApp(Map<String, String> env) {
        this(env, null);
    }

    /** For tests: also answers the save dialog (null for the system's). */
    public BadgeShelfApp(Map<String, String> env, ExportFileChooser exportChooser) {
        this.env = Map.copyOf(env);
        this.exportChooser = exportChooser;
    }

    @Override
    public void start(Stage stage) {
        // The log first: reading the settings may already have something to say (a damaged file),
        // and before this it would go to the console instead of the log file.
        AppLog.install(AppHome.fromEnvironment(env).logsDir());
        services = AppServices.create(env, Screen.getPrimary().getOutputScaleX());
        stopHearingUncaught = UncaughtExceptions.install(message -> {
            if (shell != null && shell.mainView() != null) {
                shell.reportProblem(message);
            }
        });
        Settings settings = services.settings();
        // The language chosen in the window earlier, else the operating system's where translated, else English.
        Messages.setLocale(Messages.startingLocale(settings.language(), Locale.getDefault()));
        Theme theme = Theme.fromName(settings.theme());
        DesktopActions desktop = new DesktopActions(getHostServices(), stage, services, () -> shell, exportChooser);
        shell = new AppShell(services, desktop);
        theme.apply(shell);
        // A first start fits the window to the screen; later starts restore where it was.
        var screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(shell, Math.min(DEFAULT_WIDTH, screen.getWidth() * 0.92),
                Math.min(DEFAULT_HEIGHT, screen.getHeight() * 0.92));
        stage.setScene(scene);
        stage.setTitle(Messages.get("app.title"));
        stage.setMinWidth(Math.min(MIN_WIDTH, screen.getWidth()));
        stage.setMinHeight(Math.min(MIN_HEIGHT, screen.getHeight()));
        addIcons(stage);
        WindowPlacement.restore(stage, settings.windowBounds());
        WindowPlacement.rememberOnClose(stage, bounds -> services.updateSettings(s -> s.withWindowBounds(bounds)));
        stage.show();
        shell.restoreSignIn();
    }

    private static void addIcons(Stage stage) {
        for (int size : new int[] {16, 32, 48, 64, 128, 256}) {
            var url = BadgeShelfApp.class.getResource("/io/github/badgeshelf/icons/badgeshelf-" + size + ".png");
            if (url != null) {
                stage.getIcons().add(new Image(url.toExternalForm()));
            }
        }
    }

    @Override
    public void stop() {
        if (stopHearingUncaught != null) {
            stopHearingUncaught.run();
        }
        if (shell != null) {
            shell.close();
        }
        if (services != null) {
            try {
                services.close();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Shutting down cleanly failed", e);
            }
        }
    }

    public AppShell shell() {
        return Objects.requireNonNull(shell);
    }
}
