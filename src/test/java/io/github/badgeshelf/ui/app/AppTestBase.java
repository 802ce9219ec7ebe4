package io.github.badgeshelf.ui.app;

import io.github.badgeshelf.BadgeShelfApp;
import io.github.badgeshelf.UncaughtExceptions;
import io.github.badgeshelf.credentials.LazyCredentialStore;
import io.github.badgeshelf.model.Award;
import io.github.badgeshelf.testsupport.AwardsFixtures;
import io.github.badgeshelf.testsupport.FakeRaServer;
import io.github.badgeshelf.ui.main.AppShell;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.controlsfx.control.GridView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Starts the real app (headless Monocle) against a loopback server playing the API, with its
 * home in a temporary folder, and fails any test during which an exception escaped.
 */
@ExtendWith(ApplicationExtension.class)
abstract class AppTestBase {
    static final String SELF = FakeRaServer.USERNAME;

    FakeRaServer server;
    Path home;
    BadgeShelfApp app;
    Stage stage;
    final AtomicReference<Path> exportTarget = new AtomicReference<>();
    /** The folder the app proposed to the last save dialog (null: none). */
    final AtomicReference<Path> proposedExportFolder = new AtomicReference<>();
    private int uncaughtBefore;

    /** TestFX only looks for {@code @Start} on the test class itself: each subclass calls this from one. */
    void startApp(Stage stage) throws IOException {
        this.stage = stage;
        server = FakeRaServer.start();
        server.addUser(SELF, AwardsFixtures.generate(40, 7));
        server.addUser(AwardsFixtures.DOCUMENTED_USER, AwardsFixtures.DOCUMENTED_ULID,
                AwardsFixtures.DOCUMENTED_PROFILE, AwardsFixtures.DOCUMENTED_AWARDS);
        server.addUser("Alice", AwardsFixtures.generate(30, 1));
        server.addUser("Bob", AwardsFixtures.generate(12, 2));
        server.addUser("Carol", AwardsFixtures.generate(20, 3));
        server.addFollowing("Alice", null, 88213, 310, true);
        server.addFollowing("Bob", null, 1882, 0, false);
        home = Files.createTempDirectory("badgeshelf-ui-test");
        Map<String, String> env = new HashMap<>(server.environment());
        env.remove("RA_USERNAME");
        env.remove("RA_API_KEY");
        env.put("BADGESHELF_HOME", home.toString());
        env.put(LazyCredentialStore.ENV_STORE, "file");
        if (rememberedAtStart()) {
            // "Remember me" from an earlier run: the app signs in by itself, as on a next start.
            new io.github.badgeshelf.credentials.FileCredentialStore(home.resolve("credentials.json"))
                    .save(server.credentials());
        }
        uncaughtBefore = UncaughtExceptions.count();
        app = new BadgeShelfApp(env, (owner, name, folder) -> {
            proposedExportFolder.set(folder);
            return Optional.ofNullable(exportTarget.get());
        });
        app.start(stage);
        stage.requestFocus();
    }

    @BeforeEach
    void noteUncaught() {
        uncaughtBefore = UncaughtExceptions.count();
    }

    @AfterEach
    void tearDown() throws Exception {
        assertThat(UncaughtExceptions.count()).as("exceptions escaped to the uncaught handler").isEqualTo(uncaughtBefore);
        // As in a real exit: the window closes first, then the application stops.
        WaitForAsyncUtils.asyncFx(() -> {
            stage.hide();
            app.stop();
        }).get(10, TimeUnit.SECONDS);
        server.close();
    }

    /** True when the app should start with a remembered sign-in (tests about the shelf, not the sign-in card). */
    boolean rememberedAtStart() {
        return false;
    }

    /** Waits for the signed-in user's own shelf, signing in by typing unless the sign-in was remembered. */
    void openOwnShelf(FxRobot robot) {
        if (!rememberedAtStart()) {
            signIn(robot, SELF, server.credentials().apiKey());
        }
        waitUntil(() -> SELF.equals(text(robot, "#profileName")));
        waitUntil(() -> !grid(robot).getItems().isEmpty());
    }

    AppShell shell() {
        return app.shell();
    }

    void signIn(FxRobot robot, String user, String key) {
        robot.clickOn("#username").write(user);
        robot.clickOn("#apiKey").write(key);
        robot.clickOn("#signIn");
    }

    void signInAndWaitForOwnShelf(FxRobot robot) {
        signIn(robot, SELF, server.credentials().apiKey());
        waitUntil(() -> SELF.equals(text(robot, "#profileName")));
        waitUntil(() -> !grid(robot).getItems().isEmpty());
    }

    void search(FxRobot robot, String user) {
        robot.clickOn("#search");
        robot.push(javafx.scene.input.KeyCode.SHORTCUT, javafx.scene.input.KeyCode.A);
        robot.write(user);
        robot.type(javafx.scene.input.KeyCode.ENTER);
    }

    static String text(FxRobot robot, String query) {
        return onFx(() -> {
            Node node = robot.lookup(query).tryQuery().orElse(null);
            if (node == null) {
                return "";
            }
            return node instanceof Label label ? label.getText()
                    : ((javafx.scene.control.TextInputControl) node).getText();
        });
    }

    @SuppressWarnings("unchecked")
    static GridView<Award> grid(FxRobot robot) {
        return (GridView<Award>) robot.lookup("#badgeGrid").query();
    }

    static <T> T onFx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static void waitUntil(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> onFx(condition));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("Timed out waiting for the window", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    static String readFile(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void runFx(Runnable action) {
        Platform.runLater(action);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
