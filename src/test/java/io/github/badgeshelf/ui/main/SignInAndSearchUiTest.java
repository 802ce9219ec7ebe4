package io.github.badgeshelf.ui.main;

import io.github.badgeshelf.model.Award;
import io.github.badgeshelf.testsupport.FakeRaServer.Endpoint;
import io.github.badgeshelf.ui.i18n.Messages;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.controlsfx.control.GridCell;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import java.io.IOException;
import java.nio.file.Files;

import static org.assertj.core.api.Assertions.assertThat;

/** What a person does first: sign in, see their own shelf, look others up, hit errors. */
class SignInAndSearchUiTest extends AppTestBase {

    @Start
    void start(Stage stage) throws IOException {
        startApp(stage);
    }

    @Test
    void signInShowsTheOwnShelfWithTheServersCounters(FxRobot robot) {
        signInAndWaitForOwnShelf(robot);
        var counts = onFx(() -> app.shell().mainView() != null ? app.shell() : null);
        assertThat(counts).isNotNull();
        var shelf = server.requests(Endpoint.AWARDS);
        assertThat(shelf).isNotEmpty();
        // Counters are the server's numbers, written as the window's language writes numbers
        // ("1,613" in English); the grid holds the visible awards in the API's order.
        app.typeSearch("MaxMilyin");
        waitUntil(() -> "MaxMilyin".equals(app.text("#profileName")));
        assertThat(app.text("#totalCount")).isEqualTo(Messages.number(1613));
        assertThat(app.text("#masteredCount")).isEqualTo("805");
        assertThat(app.text("#completedCount")).isEqualTo("0");
        assertThat(app.text("#beatenHardcoreCount")).isEqualTo("807");
        assertThat(app.text("#beatenSoftcoreCount")).isEqualTo("0");
        assertThat(app.text("#eventCount")).isEqualTo("2");
        assertThat(app.text("#siteCount")).isEqualTo("0");
        assertThat(app.text("#hiddenCount")).isEqualTo("0");
        assertThat(onFx(() -> app.grid().getItems().size())).isEqualTo(1);
        assertThat(onFx(() -> app.grid().getItems().get(0).title())).isEqualTo("Mega Man");
        // The key was remembered in a file only the owner can read.
        assertThat(Files.exists(home.resolve("credentials.json"))).isTrue();
    }

    @Test
    void aTileTellsWhatItIsOnHover(FxRobot robot) {
        signInAndWaitForOwnShelf(robot);
        app.typeSearch("MaxMilyin");
        waitUntil(() -> "MaxMilyin".equals(app.text("#profileName")));
        Node tile = robot.lookup(".badge-tile").match(n -> ((GridCell<?>) n).getItem() != null).query();
        robot.moveTo(tile);
        String tip = onFx(() -> {
            Tooltip t = ((GridCell<?>) tile).getTooltip();
            return t == null ? null : t.getText();
        });
        assertThat(tip).contains("Mega Man").contains("NES").contains("Beaten").contains("Hardcore").contains("2016");
        waitUntil(() -> robot.lookup(".tooltip").tryQuery().isPresent());
    }

    @Test
    void anUnknownUserIsNamedAndThePreviousShelfStays(FxRobot robot) {
        signInAndWaitForOwnShelf(robot);
        int before = onFx(() -> app.grid().getItems().size());
        app.typeSearch("NoSuchPerson");
        waitUntil(() -> app.text("#status").contains("no RetroAchievements user"));
        assertThat(app.text("#profileName")).isEqualTo(SELF);
        assertThat(onFx(() -> app.grid().getItems().size())).isEqualTo(before);
    }

    @Test
    void aMalformedNameIsFlaggedWithoutAsking(FxRobot robot) {
        signInAndWaitForOwnShelf(robot);
        int requests = server.requests().size();
        app.typeSearch("bad name!");
        waitUntil(() -> app.text("#status").contains("letters and digits"));
        assertThat(server.requests(Endpoint.AWARDS).size() + server.requests(Endpoint.PROFILE).size())
                .isLessThanOrEqualTo(requests);
    }

    @Test
    void aWrongKeyIsRefusedOnTheSignInCard(FxRobot robot) {
        app.signIn(SELF, "wrong-key-123");
        waitUntil(() -> robot.lookup("#loginError").tryQuery().map(Node::isVisible).orElse(false));
        assertThat(app.text("#loginError")).containsIgnoringCase("key was not accepted");
        assertThat(robot.lookup("#badgeGrid").tryQuery()).isEmpty();
        assertThat(Files.exists(home.resolve("credentials.json"))).isFalse();
    }

    @Test
    void rapidSearchesEndOnTheLastOne(FxRobot robot) {
        signInAndWaitForOwnShelf(robot);
        server.setLatencyMillis(250);
        app.typeSearch("Alice");
        app.typeSearch("Bob");
        app.typeSearch("Carol");
        waitUntil(() -> "Carol".equals(app.text("#profileName")) && app.text("#status").contains("Carol"));
        // Give any stale answer time to arrive; it must not replace Carol.
        sleep(700);
        assertThat(app.text("#profileName")).isEqualTo("Carol");
        assertThat(onFx(() -> app.grid().getItems().size())).isEqualTo(20);
    }

    @Test
    void escapeCancelsASlowSearch(FxRobot robot) {
        signInAndWaitForOwnShelf(robot);
        server.stallNext(Endpoint.AWARDS);
        app.typeSearch("Alice");
        waitUntil(() -> app.text("#status").startsWith("Looking up"));
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> app.text("#status").equals("Search cancelled."));
        assertThat(app.text("#profileName")).isEqualTo(SELF);
    }

    @Test
    void aFollowedUserIsOneClickAway(FxRobot robot) {
        signInAndWaitForOwnShelf(robot);
        robot.clickOn("Alice");
        waitUntil(() -> "Alice".equals(app.text("#profileName")));
        assertThat(onFx(() -> app.grid().getItems().stream().map(Award::title).toList())).hasSize(30);
    }

    @Test
    void theDemoOpensWithoutAnAccount(FxRobot robot) {
        robot.clickOn("#tryDemo");
        waitUntil(() -> robot.lookup("#profileName").tryQuery().isPresent()
                && "BadgeShelfDemo".equals(app.text("#profileName")));
        assertThat(app.text("#totalCount")).isEqualTo("45");
        assertThat(onFx(() -> app.grid().getItems().size())).isEqualTo(43);
        // icons come through the same pipeline: wait for the first tile's image
        waitUntil(() -> robot.lookup(".badge-tile .image-view").queryAll().stream()
                .anyMatch(n -> ((ImageView) n).getImage() != null));
    }

    @Test
    void signOutForgetsTheKey(FxRobot robot) {
        signInAndWaitForOwnShelf(robot);
        assertThat(Files.exists(home.resolve("credentials.json"))).isTrue();
        robot.clickOn("#signOut");
        waitUntil(() -> robot.lookup("#signIn").tryQuery().isPresent());
        waitUntil(() -> !Files.exists(home.resolve("credentials.json")));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
