package io.github.badgeshelf.ui.main;

import io.github.badgeshelf.credentials.FileCredentialStore;
import io.github.badgeshelf.testsupport.AppDriver;
import io.github.badgeshelf.testsupport.AwardsFixtures;
import io.github.badgeshelf.testsupport.FakeRaServer;
import io.github.badgeshelf.testsupport.RealAppTest;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * The app on a server with the signed-in user, the documented example user and three others
 * (two of them followed), for the tests of everyday use. The driving is {@link AppDriver}'s; the
 * helpers here keep these tests' words short.
 */
abstract class AppTestBase extends RealAppTest {
    static final String SELF = FakeRaServer.USERNAME;

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
        if (rememberedAtStart()) {
            // "Remember me" from an earlier run: the app signs in by itself, as on a next start.
            new FileCredentialStore(home.resolve("credentials.json")).save(server.credentials());
        }
        // No short timeout here: these tests are about a healthy server, however slow the machine.
        app = AppDriver.start(stage, home, AppDriver.environment(server.environment(), home));
    }

    /** True when the app should start with a remembered sign-in (tests about the shelf, not the sign-in card). */
    boolean rememberedAtStart() {
        return false;
    }

    /** Waits for the signed-in user's own shelf, signing in by typing unless the sign-in was remembered. */
    void openOwnShelf(FxRobot robot) {
        if (!rememberedAtStart()) {
            app.signIn(SELF, server.credentials().apiKey());
        }
        waitForOwnShelf();
    }

    void signInAndWaitForOwnShelf(FxRobot robot) {
        app.signIn(SELF, server.credentials().apiKey());
        waitForOwnShelf();
    }

    private void waitForOwnShelf() {
        waitUntil(() -> SELF.equals(app.text("#profileName")));
        waitUntil(() -> !app.grid().getItems().isEmpty());
    }

    static <T> T onFx(Callable<T> read) {
        return AppDriver.onFx(read);
    }

    void waitUntil(Callable<Boolean> condition) {
        app.waitUntil(condition);
    }

    static String readFile(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void runFx(Runnable action) {
        AppDriver.runFx(action);
    }
}
