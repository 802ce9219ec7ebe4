package io.github.badgeshelf.ui.main;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.badgeshelf.testsupport.AppDriver;
import io.github.badgeshelf.testsupport.AwardsFixtures;
import io.github.badgeshelf.testsupport.FakeRaServer;
import io.github.badgeshelf.testsupport.RealAppTest;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A shelf fetched once is there when the server is gone: the same search in a later session shows
 * it with the "Offline, as of" banner and the counters it had, and Retry brings it up to date once
 * the server is back.
 */
class OfflineShelfUiTest extends RealAppTest {

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private void addUsers(String aliceAwards) {
        server.addUser(FakeRaServer.USERNAME, AwardsFixtures.generate(40, 7));
        server.addUser("Alice", aliceAwards);
    }

    @Test
    void theLastShelfIsShownOfflineAndRetryBringsItUpToDate() throws Exception {
        server = FakeRaServer.start();
        addUsers(AwardsFixtures.generate(30, 1));

        // A first session fetches Alice's shelf.
        app = AppDriver.onFx(() -> AppDriver.start(stage, home, AppDriver.environment(server, home)));
        app.signInAndWaitForOwnShelf();
        app.searchAndWaitFor("Alice");
        AppDriver.Snapshot fetched = app.snapshot();
        assertThat(fetched.awards()).hasSize(30);
        app.stop();

        // A later session signs in with the remembered key while the server is up; then the server goes away.
        app = AppDriver.onFx(() -> AppDriver.start(stage, home, AppDriver.environment(server, home)));
        app.waitUntil(() -> FakeRaServer.USERNAME.equals(app.text("#profileName")) && !app.gridItems().isEmpty());
        int port = server.port();
        server.close();
        app.search("Alice");
        app.waitUntil(() -> app.visible("#offlineBanner") && "Alice".equals(app.text("#profileName")));
        assertThat(app.text("#offlineBanner")).startsWith("Offline, as of ");
        assertThat(app.status()).startsWith("Offline: ").contains("Alice");
        assertThat(app.snapshot()).as("the counters and tiles it had").isEqualTo(fetched);
        assertThat(app.visible("#retry")).isTrue();

        // The server is back, and Alice has earned three more awards since.
        server = FakeRaServer.startOn(port);
        addUsers(AwardsFixtures.generate(33, 1));
        app.robot.clickOn("#retry");
        app.waitUntil(() -> !app.visible("#offlineBanner") && app.gridItems().size() == 33);
        assertThat(app.status()).startsWith("Loaded 33 awards for Alice");
        assertThat(app.text("#totalCount")).isEqualTo(Integer.toString(totalOf(AwardsFixtures.generate(33, 1))));
        assertThat(app.visible("#retry")).isFalse();
    }

    private static int totalOf(String awardsBody) throws Exception {
        return new ObjectMapper().readTree(awardsBody).get("TotalAwardsCount").asInt();
    }

    @Test
    void aRememberedSignInStartsOfflineWithTheKeptShelves() throws Exception {
        server = FakeRaServer.start();
        addUsers(AwardsFixtures.generate(30, 1));
        app = AppDriver.onFx(() -> AppDriver.start(stage, home, AppDriver.environment(server, home)));
        app.signInAndWaitForOwnShelf();
        AppDriver.Snapshot own = app.snapshot();
        app.searchAndWaitFor("Alice");
        AppDriver.Snapshot alice = app.snapshot();
        app.stop();

        // The next start finds no server at all: the remembered sign-in still opens the window, offline.
        int port = server.port();
        server.close();
        app = AppDriver.onFx(() -> AppDriver.start(stage, home, AppDriver.environment(server, home)));
        app.waitUntil(() -> app.visible("#offlineBanner") && FakeRaServer.USERNAME.equals(app.text("#profileName")));
        assertThat(app.snapshot()).isEqualTo(own);
        app.search("Alice");
        app.waitUntil(() -> app.visible("#offlineBanner") && "Alice".equals(app.text("#profileName")));
        assertThat(app.snapshot()).isEqualTo(alice);

        // The server is back: Retry brings Alice up to date.
        server = FakeRaServer.startOn(port);
        addUsers(AwardsFixtures.generate(31, 1));
        app.robot.clickOn("#retry");
        app.waitUntil(() -> !app.visible("#offlineBanner") && app.gridItems().size() == 31);
    }
}
