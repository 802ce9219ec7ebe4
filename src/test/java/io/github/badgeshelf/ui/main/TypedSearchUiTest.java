package io.github.badgeshelf.ui.main;

import io.github.badgeshelf.testsupport.AppDriver;
import io.github.badgeshelf.testsupport.AwardsFixtures;
import io.github.badgeshelf.testsupport.FakeRaServer;
import io.github.badgeshelf.testsupport.RealAppTest;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import impl.org.controlsfx.skin.AutoCompletePopup;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;


import static org.assertj.core.api.Assertions.assertThat;

/**
 * Enter searches for what was typed. The field offers recent searches as one types; a list still
 * showing suggestions for an earlier prefix must not swap the typed name for one of them.
 */
class TypedSearchUiTest extends RealAppTest {

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void enterSearchesForTheTypedNameNotARecentOneLikeIt() {
        server = FakeRaServer.start();
        server.addUser(FakeRaServer.USERNAME, AwardsFixtures.generate(40, 7));
        for (int i = 1; i <= 6; i++) {
            server.addUser("Target" + i, AwardsFixtures.generate(5 + i, 100 + i));
        }
        app = AppDriver.onFx(() -> AppDriver.start(stage, home, AppDriver.environment(server, home)));
        app.signInAndWaitForOwnShelf();
        for (int i = 1; i <= 6; i++) {
            String name = "Target" + i;
            app.robot.clickOn("#search");
            app.robot.push(KeyCode.SHORTCUT, KeyCode.A);
            app.robot.write("Target");
            if (i > 1) {
                // The recent "Target..." names are offered; the last key and Enter come before the list catches up.
                app.waitUntil(() -> Window.getWindows().stream()
                        .anyMatch(w -> w instanceof AutoCompletePopup<?> && w.isShowing()));
            }
            app.robot.write(Integer.toString(i));
            app.robot.type(KeyCode.ENTER);
            app.waitUntil(() -> !app.status().startsWith("Looking up") && app.status().contains(" for Target"));
            assertThat(app.text("#profileName")).as("after typing " + name + " and Enter").isEqualTo(name);
            assertThat(app.gridItems()).hasSize(5 + i);
        }
    }

    @Test
    void theArrowKeysAndEnterStillPickASuggestion() {
        server = FakeRaServer.start();
        server.addUser(FakeRaServer.USERNAME, AwardsFixtures.generate(40, 7));
        server.addUser("Target1", AwardsFixtures.generate(6, 101));
        server.addUser("Target2", AwardsFixtures.generate(7, 102));
        app = AppDriver.onFx(() -> AppDriver.start(stage, home, AppDriver.environment(server, home)));
        app.signInAndWaitForOwnShelf();
        app.searchAndWaitFor("Target1");
        app.searchAndWaitFor("Target2");
        app.robot.clickOn("#search");
        app.robot.push(KeyCode.SHORTCUT, KeyCode.A);
        app.robot.write("Target");
        app.waitUntil(() -> Window.getWindows().stream().anyMatch(w -> w instanceof AutoCompletePopup<?> && w.isShowing()));
        app.robot.type(KeyCode.DOWN);
        app.robot.type(KeyCode.DOWN);
        app.robot.type(KeyCode.ENTER);
        // Most recent first: Target2, then Target1; the second entry was chosen.
        app.waitUntil(() -> "Target1".equals(app.text("#profileName")));
        assertThat(app.gridItems()).hasSize(6);
    }
}
