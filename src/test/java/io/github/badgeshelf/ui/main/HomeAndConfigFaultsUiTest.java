package io.github.badgeshelf.ui.main;

import io.github.badgeshelf.api.ApiConfig;
import io.github.badgeshelf.testsupport.AppDriver;
import io.github.badgeshelf.testsupport.AwardsFixtures;
import io.github.badgeshelf.testsupport.FakeRaServer;
import io.github.badgeshelf.testsupport.RealAppTest;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Faults of this computer rather than the server: a home whose cache folders cannot be written,
 * a damaged settings file, a server address that does not resolve or would send the key in the
 * clear. The app starts, says what is wrong in words, and works.
 */
class HomeAndConfigFaultsUiTest extends RealAppTest {

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @BeforeEach
    void startServer() {
        server = FakeRaServer.start();
        server.addUser(FakeRaServer.USERNAME, AwardsFixtures.generate(40, 7));
        server.addUser("Alice", AwardsFixtures.generate(30, 1));
    }

    private void launch(Map<String, String> env) {
        app = AppDriver.onFx(() -> AppDriver.start(stage, home, env));
    }

    @Test
    void cacheFoldersThatCannotBeWrittenDoNotStopTheApp() throws IOException {
        // Tests run as root, so permissions would not stop a write: a plain file where a folder belongs does.
        Files.writeString(home.resolve("icons"), "not a folder");
        Files.writeString(home.resolve("shelves"), "not a folder");
        launch(AppDriver.environment(server, home));
        app.signInAndWaitForOwnShelf();
        app.searchAndWaitFor("Alice");
        assertThat(app.gridItems()).hasSize(30);
        // Icons still arrive (kept in memory only), and nothing is reported as broken.
        app.waitUntil(() -> app.robot.lookup(".badge-tile .image-view").queryAll().stream()
                .anyMatch(n -> ((ImageView) n).getImage() != null));
        assertThat(app.shownTiles()).noneMatch(AppDriver.Tile::broken);
        assertThat(app.status()).startsWith("Loaded 30 awards for Alice");
        assertThat(home.resolve("icons")).isRegularFile().hasContent("not a folder");
        assertThat(home.resolve("shelves")).isRegularFile().hasContent("not a folder");
    }

    @Test
    void aDamagedSettingsFileIsResetWithAWarningThatStaysReadable() throws IOException {
        Files.writeString(home.resolve("settings.json"), "{\"theme\": \"dark\", \"recentSear");
        launch(AppDriver.environment(server, home));
        app.signInAndWaitForOwnShelf();
        // The warning must outlive the first shelf's "Loaded ..." line, or nobody can read it.
        app.waitUntil(() -> app.status().contains("settings file was damaged"));
        AppDriver.sleep(500);
        assertThat(app.status()).contains("settings file was damaged").contains("defaults");
        try (Stream<Path> files = Files.list(home)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .anyMatch(n -> n.startsWith("settings.json.corrupt-"));
        }
        app.searchAndWaitFor("Alice");
        // The next save writes a good file again.
        app.waitUntil(() -> Files.exists(home.resolve("settings.json"))
                && Files.readString(home.resolve("settings.json")).contains("Alice"));
    }

    @Test
    void aServerNameThatDoesNotResolveIsNamedOnTheSignInCard() {
        Map<String, String> env = AppDriver.environment(server, home);
        env.put(ApiConfig.ENV_API_BASE, "https://no-such-host.invalid");
        launch(env);
        app.signIn(FakeRaServer.USERNAME, FakeRaServer.API_KEY);
        app.waitUntil(() -> app.text("#loginError").contains("could not be found"));
        assertThat(app.text("#loginError")).contains("no-such-host.invalid").doesNotContain(FakeRaServer.API_KEY);
        assertThat(app.robot.lookup("#badgeGrid").tryQuery()).isEmpty();
    }

    @Test
    void plainHttpToAnotherComputerIsRefusedBeforeAnyRequest() {
        Map<String, String> env = AppDriver.environment(server, home);
        env.put(ApiConfig.ENV_API_BASE, "http://retroachievements.org");
        launch(env);
        app.waitUntil(() -> app.text("#loginError").contains("plain http"));
        assertThat(app.text("#loginError")).contains("only https");
        app.signIn(FakeRaServer.USERNAME, FakeRaServer.API_KEY);
        app.waitUntil(() -> app.text("#loginError").contains("plain http"));
        assertThat(server.requests()).isEmpty();
        assertThat(home.resolve("credentials.json")).doesNotExist();
    }
}
