package io.github.badgeshelf.testsupport;

import io.github.badgeshelf.BadgeShelfApp;
import io.github.badgeshelf.UncaughtExceptions;
import io.github.badgeshelf.api.ApiConfig;
import io.github.badgeshelf.credentials.LazyCredentialStore;
import io.github.badgeshelf.model.Award;
import io.github.badgeshelf.ui.main.AppShell;
import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.controlsfx.control.GridCell;
import org.controlsfx.control.GridView;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The one way tests drive the real app: a BadgeShelf window (headless Monocle) with its home in a
 * folder the test chooses and its server given by the environment, plus what a person does and
 * sees in it. Counts escaped exceptions so a test can fail when one fired. The benchmark builds
 * its environment here too ({@link #environment(Map, Path)}).
 */
public final class AppDriver {
    public static final String[] COUNTER_IDS = {"#totalCount", "#masteredCount", "#completedCount", "#beatenHardcoreCount",
            "#beatenSoftcoreCount", "#eventCount", "#siteCount", "#hiddenCount"};
    private static final PseudoClass BROKEN = PseudoClass.getPseudoClass("broken");

    public final FxRobot robot;
    public final Stage stage;
    public final Path home;
    /** What the save dialog answers (null: cancelled). */
    public final AtomicReference<Path> exportTarget = new AtomicReference<>();
    /** The folder the app proposed to the last save dialog (null: none asked yet). */
    public final AtomicReference<Path> proposedExportFolder = new AtomicReference<>();
    private final int uncaughtBefore;
    private BadgeShelfApp app;

    private AppDriver(FxRobot robot, Stage stage, Path home) {
        this.robot = robot;
        this.stage = stage;
        this.home = home;
        this.uncaughtBefore = UncaughtExceptions.count();
    }

    /**
     * The environment of a window talking to the server named in {@code serverEnv} (its API and
     * media addresses), with its home here and the key kept in a file rather than the system's
     * keyring. Credentials in {@code serverEnv} are dropped: the window signs in by itself.
     */
    public static Map<String, String> environment(Map<String, String> serverEnv, Path home) {
        Map<String, String> env = new LinkedHashMap<>(serverEnv);
        env.remove("RA_USERNAME");
        env.remove("RA_API_KEY");
        env.put("BADGESHELF_HOME", home.toString());
        env.put(LazyCredentialStore.ENV_STORE, "file");
        return env;
    }

    /** As {@link #environment(Map, Path)}, with a timeout short enough that a stalled server is reported within a test's patience. */
    public static Map<String, String> environment(FakeRaServer server, Path home) {
        Map<String, String> env = environment(server.environment(), home);
        env.put(ApiConfig.ENV_TIMEOUT_SECONDS, "3");
        return env;
    }

    /** Starts the app in the stage (call on the FX thread, as from an {@code @Start} method). */
    public static AppDriver start(Stage stage, Path home, Map<String, String> env) {
        AppDriver h = new AppDriver(new FxRobot(), stage, home);
        h.app = new BadgeShelfApp(new HashMap<>(env), (owner, name, folder) -> {
            h.proposedExportFolder.set(folder);
            return Optional.ofNullable(h.exportTarget.get());
        });
        h.app.start(stage);
        stage.requestFocus();
        return h;
    }

    public AppShell shell() {
        return app.shell();
    }

    public int escapedExceptions() {
        return UncaughtExceptions.count() - uncaughtBefore;
    }

    public void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            stage.hide();
            app.stop();
        }).get(10, TimeUnit.SECONDS);
    }

    // ---- doing -----------------------------------------------------------------------------

    public void signIn(String user, String key) {
        // The window first looks for a remembered sign-in in the background, and #signIn is disabled
        // until it has: a click before then is lost (on a loaded machine the look can take seconds).
        waitUntil(() -> robot.lookup("#signIn").tryQuery().map(n -> !n.isDisabled()).orElse(false));
        robot.clickOn("#username").write(user);
        robot.clickOn("#apiKey").write(key);
        robot.clickOn("#signIn");
    }

    public void signInAndWaitForOwnShelf() {
        signInAndWaitForOwnShelf(FakeRaServer.API_KEY);
    }

    public void signInAndWaitForOwnShelf(String key) {
        signIn(FakeRaServer.USERNAME, key);
        waitUntil(() -> FakeRaServer.USERNAME.equals(text("#profileName")) && !gridItems().isEmpty());
    }

    /**
     * Puts the name into the search field and presses Enter there, as a person does (the text is
     * set rather than typed key by key, which keeps the many searches of these tests quick).
     */
    public void search(String user) {
        onFx(() -> {
            TextInputControl field = (TextInputControl) robot.lookup("#search").query();
            field.setText(user);
            field.requestFocus();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.ENTER);
    }

    /** Types the name into the search field key by key, replacing what was there, and presses Enter. */
    public void typeSearch(String user) {
        robot.clickOn("#search");
        robot.push(KeyCode.SHORTCUT, KeyCode.A);
        robot.write(user);
        robot.type(KeyCode.ENTER);
    }

    /** Searches and waits until the status line says this user's shelf is shown. */
    public void searchAndWaitFor(String user) {
        search(user);
        waitUntil(() -> user.equals(text("#profileName")) && status().contains(" for " + user));
    }

    // ---- seeing ----------------------------------------------------------------------------

    public String status() {
        return text("#status");
    }

    public String text(String query) {
        return onFx(() -> {
            Node node = robot.lookup(query).tryQuery().orElse(null);
            if (node == null) {
                return "";
            }
            return node instanceof Label label ? label.getText() : ((TextInputControl) node).getText();
        });
    }

    public boolean visible(String query) {
        return onFx(() -> robot.lookup(query).tryQuery().map(n -> n.isVisible()
                && (n.getParent() == null || n.getParent().isVisible())).orElse(false));
    }

    @SuppressWarnings("unchecked")
    public List<Award> gridItems() {
        return onFx(() -> robot.lookup("#badgeGrid").tryQuery()
                .map(n -> List.copyOf(((GridView<Award>) n).getItems())).orElse(List.of()));
    }

    /** The grid itself; read it on the FX thread ({@link #onFx}). */
    @SuppressWarnings("unchecked")
    public GridView<Award> grid() {
        return (GridView<Award>) robot.lookup("#badgeGrid").query();
    }

    public List<String> counters() {
        return Arrays.stream(COUNTER_IDS).map(this::text).toList();
    }

    /** What a person sees of the shelf: name, counters and the awards in the grid. */
    public Snapshot snapshot() {
        return new Snapshot(text("#profileName"), counters(), gridItems());
    }

    public record Snapshot(String name, List<String> counters, List<Award> awards) {
    }

    /** A tile on screen: its award and whether it shows the broken-image state. */
    public record Tile(Award award, boolean broken) {
    }

    /** The tiles a person can see (cells kept aside by the grid, in hidden rows, are left out). */
    public List<Tile> shownTiles() {
        return onFx(() -> {
            List<Tile> tiles = new ArrayList<>();
            for (Node n : robot.lookup(".badge-tile").queryAll()) {
                if (n instanceof GridCell<?> cell && cell.getItem() instanceof Award award && shown(n)) {
                    tiles.add(new Tile(award, n.getPseudoClassStates().contains(BROKEN)));
                }
            }
            return tiles;
        });
    }

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    // ---- waiting ---------------------------------------------------------------------------

    public static <T> T onFx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs the action on the FX thread and waits until the events it caused are handled. */
    public static void runFx(Runnable action) {
        Platform.runLater(action);
        WaitForAsyncUtils.waitForFxEvents();
    }

    public void waitUntil(Callable<Boolean> condition) {
        waitUntil(15, condition);
    }

    public void waitUntil(int seconds, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> onFx(condition));
        } catch (TimeoutException e) {
            throw new AssertionError("Timed out waiting for the window; #status says: " + status(), e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
