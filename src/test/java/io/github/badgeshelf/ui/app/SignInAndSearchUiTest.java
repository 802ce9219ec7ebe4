package io.github.badgeshelf.ui.app;

import io.github.badgeshelf.model.Award;
import io.github.badgeshelf.testsupport.FakeRaServer.Endpoint;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import org.controlsfx.control.GridCell;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import javafx.stage.Stage;
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
        var counts = onFx(() -> shell().mainView() != null ? app.shell() : null);
        assertThat(counts).isNotNull();
        var shelf = server.requests(Endpoint.AWARDS);
        assertThat(shelf).isNotEmpty();
        // Counters are the server's numbers; the grid holds the visible awards in the API's order.
        search(robot, "MaxMilyin");
        waitUntil(() -> "MaxMilyin".equals(text(robot, "#profileName")));
        assertThat(text(robot, "#totalCount")).isEqualTo("1613");
        assertThat(text(robot, "#masteredCount")).isEqualTo("805");
        assertThat(text(robot, "#completedCount")).isEqualTo("0");
        assertThat(text(robot, "#beatenHardcoreCount")).isEqualTo("807");
        assertThat(text(robot, "#beatenSoftcoreCount")).isEqualTo("0");
        assertThat(text(robot, "#eventCount")).isEqualTo("2");
        assertThat(text(robot, "#siteCount")).isEqualTo("0");
        assertThat(text(robot, "#hiddenCount")).isEqualTo("0");
        assertThat(onFx(() -> grid(robot).getItems().size())).isEqualTo(1);
        assertThat(onFx(() -> grid(robot).getItems().get(0).title())).isEqualTo("Mega Man");
        // The key was remembered in a file only the owner can read.
        assertThat(Files.exists(home.resolve("credentials.json"))).isTrue();
    }

    @Test
    void aTileTellsWhatItIsOnHover(FxRobot robot) {
        signInAndWaitForOwnShelf(robot);
        search(robot, "MaxMilyin");
        waitUntil(() -> "MaxMilyin".equals(text(robot, "#profileName")));
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
        int before = onFx(() -> grid(robot).getItems().size());
        search(robot, "NoSuchPerson");
        waitUntil(() -> text(robot, "#status").contains("no RetroAchievements user"));
        assertThat(text(robot, "#profileName")).isEqualTo(SELF);
        assertThat(onFx(() -> grid(robot).getItems().size())).isEqualTo(before);
    }

    @Test
    void aMalformedNameIsFlaggedWithoutAsking(FxRobot robot) {
        signInAndWaitForOwnShelf(robot);
        int requests = server.requests().size();
        search(robot, "bad name!");
        waitUntil(() -> text(robot, "#status").contains("letters and digits"));
        assertThat(server.requests(Endpoint.AWARDS).size() + server.requests(Endpoint.PROFILE).size())
                .isLessThanOrEqualTo(requests);
    }

    @Test
    void aWrongKeyIsRefusedOnTheSignInCard(FxRobot robot) {
        signIn(robot, SELF, "wrong-key-123");
        waitUntil(() -> robot.lookup("#loginError").tryQuery().map(Node::isVisible).orElse(false));
        assertThat(text(robot, "#loginError")).containsIgnoringCase("key was not accepted");
        assertThat(robot.lookup("#badgeGrid").tryQuery()).isEmpty();
        assertThat(Files.exists(home.resolve("credentials.json"))).isFalse();
    }

    @Test
    void rapidSearchesEndOnTheLastOne(FxRobot robot) {
        signInAndWaitForOwnShelf(robot);
        server.setLatencyMillis(250);
        search(robot, "Alice");
        search(robot, "Bob");
        search(robot, "Carol");
        waitUntil(() -> "Carol".equals(text(robot, "#profileName")) && text(robot, "#status").contains("Carol"));
        // Give any stale answer time to arrive; it must not replace Carol.
        sleep(700);
        assertThat(text(robot, "#profileName")).isEqualTo("Carol");
        assertThat(onFx(() -> grid(robot).getItems().size())).isEqualTo(20);
    }

    @Test
    void escapeCancelsASlowSearch(FxRobot robot) {
        signInAndWaitForOwnShelf(robot);
        server.stallNext(Endpoint.AWARDS);
        search(robot, "Alice");
        waitUntil(() -> text(robot, "#status").startsWith("Looking up"));
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> text(robot, "#status").equals("Search cancelled."));
        assertThat(text(robot, "#profileName")).isEqualTo(SELF);
    }

    @Test
    void aFollowedUserIsOneClickAway(FxRobot robot) {
        signInAndWaitForOwnShelf(robot);
        robot.clickOn("Alice");
        waitUntil(() -> "Alice".equals(text(robot, "#profileName")));
        assertThat(onFx(() -> grid(robot).getItems().stream().map(Award::title).toList())).hasSize(30);
    }

    @Test
    void theDemoOpensWithoutAnAccount(FxRobot robot) {
        robot.clickOn("#tryDemo");
        waitUntil(() -> robot.lookup("#profileName").tryQuery().isPresent()
                && "BadgeShelfDemo".equals(text(robot, "#profileName")));
        assertThat(text(robot, "#totalCount")).isEqualTo("45");
        assertThat(onFx(() -> grid(robot).getItems().size())).isEqualTo(43);
        // icons come through the same pipeline: wait for the first tile's image
        waitUntil(() -> robot.lookup(".badge-tile .image-view").queryAll().stream()
                .anyMatch(n -> ((javafx.scene.image.ImageView) n).getImage() != null));
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
