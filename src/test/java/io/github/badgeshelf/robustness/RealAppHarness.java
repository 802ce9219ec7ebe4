package io.github.badgeshelf.robustness;

import io.github.badgeshelf.BadgeShelfApp;
import io.github.badgeshelf.UncaughtExceptions;
import io.github.badgeshelf.api.ApiConfig;
import io.github.badgeshelf.credentials.LazyCredentialStore;
import io.github.badgeshelf.model.Award;
import io.github.badgeshelf.testsupport.FakeRaServer;
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
 * One real BadgeShelf window (headless Monocle) for the robustness tests, with its home in a
 * folder the test chooses and its server given by the environment, plus what a person does and
 * sees in it. Counts escaped exceptions so a test can fail when one fired.
 */
final class RealAppHarness {
    static final String COUNTER_IDS[] = {"#totalCount", "#masteredCount", "#completedCount", "#beatenHardcoreCount",
            "#beatenSoftcoreCount", "#eventCount", "#siteCount", "#hiddenCount"};
    private static final PseudoClass BROKEN = PseudoClass.getPseudoClass("broken");

    final FxRobot robot;
    final Stage stage;
    final Path home;
    final AtomicReference<Path> exportTarget = new AtomicReference<>();
    private final int uncaughtBefore;
    BadgeShelfApp app;

    private RealAppHarness(FxRobot robot, Stage stage, Path home) {
        this.robot = robot;
        this.stage = stage;
        this.home = home;
        this.uncaughtBefore = UncaughtExceptions.count();
    }

    /** The environment of a window talking to this server, with its home here and the key kept in a file. */
    static Map<String, String> environment(FakeRaServer server, Path home) {
        Map<String, String> env = new LinkedHashMap<>(server.environment());
        env.remove("RA_USERNAME");
        env.remove("RA_API_KEY");
        env.put("BADGESHELF_HOME", home.toString());
        env.put(LazyCredentialStore.ENV_STORE, "file");
        // Short enough that a stalled server is reported within the test's patience.
        env.put(ApiConfig.ENV_TIMEOUT_SECONDS, "3");
        return env;
    }

    /** Starts the app in the stage (call on the FX thread, as from an {@code @Start} method). */
    static RealAppHarness start(Stage stage, Path home, Map<String, String> env) {
        RealAppHarness h = new RealAppHarness(new FxRobot(), stage, home);
        h.app = new BadgeShelfApp(new HashMap<>(env), (owner, name, folder) -> Optional.ofNullable(h.exportTarget.get()));
        h.app.start(stage);
        stage.requestFocus();
        return h;
    }

    int escapedExceptions() {
        return UncaughtExceptions.count() - uncaughtBefore;
    }

    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            stage.hide();
            app.stop();
        }).get(10, TimeUnit.SECONDS);
    }

    // ---- doing -----------------------------------------------------------------------------

    void signIn(String user, String key) {
        robot.clickOn("#username").write(user);
        robot.clickOn("#apiKey").write(key);
        robot.clickOn("#signIn");
    }

    void signInAndWaitForOwnShelf() {
        signInAndWaitForOwnShelf(FakeRaServer.API_KEY);
    }

    void signInAndWaitForOwnShelf(String key) {
        signIn(FakeRaServer.USERNAME, key);
        waitUntil(() -> FakeRaServer.USERNAME.equals(text("#profileName")) && !gridItems().isEmpty());
    }

    /**
     * Puts the name into the search field and presses Enter there, as a person does (the text is
     * set rather than typed key by key, which keeps the many searches of these tests quick).
     */
    void search(String user) {
        onFx(() -> {
            TextInputControl field = (TextInputControl) robot.lookup("#search").query();
            field.setText(user);
            field.requestFocus();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.ENTER);
    }

    /** Searches and waits until the status line says this user's shelf is shown. */
    void searchAndWaitFor(String user) {
        search(user);
        waitUntil(() -> user.equals(text("#profileName")) && status().contains(" for " + user));
    }

    // ---- seeing ----------------------------------------------------------------------------

    String status() {
        return text("#status");
    }

    String text(String query) {
        return onFx(() -> {
            Node node = robot.lookup(query).tryQuery().orElse(null);
            if (node == null) {
                return "";
            }
            return node instanceof Label label ? label.getText() : ((TextInputControl) node).getText();
        });
    }

    boolean visible(String query) {
        return onFx(() -> robot.lookup(query).tryQuery().map(n -> n.isVisible()
                && (n.getParent() == null || n.getParent().isVisible())).orElse(false));
    }

    @SuppressWarnings("unchecked")
    List<Award> gridItems() {
        return onFx(() -> robot.lookup("#badgeGrid").tryQuery()
                .map(n -> List.copyOf(((GridView<Award>) n).getItems())).orElse(List.of()));
    }

    List<String> counters() {
        return java.util.Arrays.stream(COUNTER_IDS).map(this::text).toList();
    }

    /** What a person sees of the shelf: name, counters and the awards in the grid. */
    Snapshot snapshot() {
        return new Snapshot(text("#profileName"), counters(), gridItems());
    }

    record Snapshot(String name, List<String> counters, List<Award> awards) {
    }

    /** A tile on screen: its award and whether it shows the broken-image state. */
    record Tile(Award award, boolean broken) {
    }

    /** The tiles a person can see (cells kept aside by the grid, in hidden rows, are left out). */
    List<Tile> shownTiles() {
        return onFx(() -> {
            List<Tile> tiles = new java.util.ArrayList<>();
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

    static <T> T onFx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    void waitUntil(Callable<Boolean> condition) {
        waitUntil(15, condition);
    }

    void waitUntil(int seconds, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> onFx(condition));
        } catch (TimeoutException e) {
            throw new AssertionError("Timed out waiting for the window; #status says: " + status(), e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
