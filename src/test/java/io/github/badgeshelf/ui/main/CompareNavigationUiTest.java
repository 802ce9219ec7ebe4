package io.github.badgeshelf.ui.main;

import io.github.badgeshelf.compare.ComparedGame;
import io.github.badgeshelf.model.Award;
import io.github.badgeshelf.testsupport.AwardsFixtures;
import io.github.badgeshelf.testsupport.FakeRaServer.Endpoint;
import io.github.badgeshelf.testsupport.GameFixtures;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.controlsfx.control.GridCell;
import org.controlsfx.control.GridView;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The comparison in the window's back/forward, like shelves and game pages, and a comparison
 * tile opening its game's page; in the real window against the loopback server.
 */
class CompareNavigationUiTest extends AppTestBase {
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

    @Start
    void start(Stage stage) throws IOException {
        startApp(stage);
        // Dana shares 15 of the signed-in user's games and has 10 of her own.
        List<Map<String, Object>> dana = new ArrayList<>(AwardsFixtures.generateAwards(40, 7).subList(0, 15));
        dana.addAll(AwardsFixtures.generateAwards(10, 99));
        server.addUser("Dana", AwardsFixtures.bodyOf(dana));
    }

    @Override
    boolean rememberedAtStart() {
        return true;
    }

    /** In the scene and shown: the node and every parent visible (the page behind another is not). */
    private static boolean shown(FxRobot robot, String query) {
        return onFx(() -> robot.lookup(query).tryQuery().map(n -> {
            if (n.getScene() == null) {
                return false;
            }
            for (Node p = n; p != null; p = p.getParent()) {
                if (!p.isVisible()) {
                    return false;
                }
            }
            return true;
        }).orElse(false));
    }

    private static boolean enabled(FxRobot robot, String query) {
        return onFx(() -> !((Button) robot.lookup(query).query()).isDisabled());
    }

    private void altKey(FxRobot robot, KeyCode arrow) {
        robot.press(KeyCode.ALT).type(arrow).release(KeyCode.ALT);
    }

    private void compareWithDana(FxRobot robot) {
        robot.clickOn("#compareWith").write("Dana");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> shown(robot, "#comparePage") && app.text("#compareTitle").contains("Dana")
                && !items(robot, "#compareGridBoth").isEmpty());
    }

    @SuppressWarnings("unchecked")
    private static List<ComparedGame> items(FxRobot robot, String grid) {
        return onFx(() -> List.copyOf(((GridView<ComparedGame>) robot.lookup(grid).query()).getItems()));
    }

    @SuppressWarnings("unchecked")
    private static Node tileOf(FxRobot robot, ComparedGame game) {
        return onFx(() -> robot.lookup("#compareGridBoth .compare-tile").queryAll().stream()
                .filter(n -> ((GridCell<ComparedGame>) n).getItem() == game).findFirst().orElseThrow());
    }

    private ComparedGame comparisonSelection() {
        return onFx(() -> app.shell().mainView().compare().view().selectionProperty().get());
    }

    private void waitForGamePage(FxRobot robot, String title) {
        waitUntil(() -> shown(robot, "#gamePage") && title.equals(app.text("#gameTitle")));
    }

    @Test
    void backAndForwardGoThroughTheComparisonWithTheKeysAndTheButtons(FxRobot robot) {
        openOwnShelf(robot);
        // A game page seen and left: Forward would lead to it, hidden behind a comparison on main.
        Award game = app.gridItems().stream().filter(a -> a.gameId().isPresent()).findFirst().orElseThrow();
        int gameId = game.gameId().getAsInt();
        server.addGameProgress(SELF, gameId, GameFixtures.generated(gameId, game.displayTitle(), 10, 50, 4));
        runFx(() -> {
            app.shell().mainView().shelfView().selectionProperty().set(game);
            app.grid().requestFocus();
        });
        robot.type(KeyCode.ENTER);
        waitForGamePage(robot, game.displayTitle());
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> shown(robot, "#badgeGrid") && !shown(robot, "#gamePage"));
        assertThat(enabled(robot, "#forward")).as("the game page lies ahead").isTrue();

        compareWithDana(robot);
        assertThat(enabled(robot, "#back")).as("the comparison is a step of the history").isTrue();
        assertThat(enabled(robot, "#forward")).as("a new step drops what lay ahead").isFalse();
        int awardRequests = server.requests(Endpoint.AWARDS).size();

        // Alt+Left from the group switch, where the keyboard is when the page opens.
        waitUntil(() -> robot.lookup("#compareShowBoth").query().isFocused());
        altKey(robot, KeyCode.LEFT);
        waitUntil(() -> !shown(robot, "#comparePage") && shown(robot, "#badgeGrid"));
        assertThat(shown(robot, "#gamePage")).isFalse();
        assertThat(app.text("#profileName")).isEqualTo(SELF);
        assertThat(enabled(robot, "#forward")).isTrue();
        // The status line says the shelf's line again, not the comparison's summary.
        assertThat(app.status()).as("the status line back on the shelf").startsWith("Loaded ").endsWith(" for " + SELF + ".");

        altKey(robot, KeyCode.RIGHT);
        waitUntil(() -> shown(robot, "#comparePage") && app.text("#compareTitle").contains("Dana"));
        assertThat(app.text("#compareWith")).as("the field names the comparison shown").isEqualTo("Dana");
        assertThat(app.status()).as("the status line back on the comparison").startsWith("Compared " + SELF + " with Dana: ");

        robot.clickOn("#back");
        waitUntil(() -> !shown(robot, "#comparePage") && shown(robot, "#badgeGrid"));
        assertThat(app.text("#compareWith")).as("no comparison shown, none named").isEmpty();
        robot.clickOn("#forward");
        waitUntil(() -> shown(robot, "#comparePage") && app.text("#compareTitle").contains("Dana"));
        assertThat(server.requests(Endpoint.AWARDS)).as("the comparison on the page was shown again, not fetched")
                .hasSize(awardRequests);

        // Leaving it lands where the person was: the shelf, never the game page seen before.
        robot.clickOn("#closeCompare");
        waitUntil(() -> !shown(robot, "#comparePage") && shown(robot, "#badgeGrid"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown(robot, "#gamePage")).isFalse();
        assertThat(app.text("#profileName")).isEqualTo(SELF);
        assertThat(enabled(robot, "#forward")).isTrue();
        robot.clickOn("#forward");
        waitUntil(() -> shown(robot, "#comparePage"));
        assertThat(shown(robot, "#gamePage")).isFalse();
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !shown(robot, "#comparePage") && shown(robot, "#badgeGrid"));
    }

    @Test
    void aTileSelectsOnClickAndOpensItsGamePageWithEnterOrADoubleClick(FxRobot robot) {
        openOwnShelf(robot);
        compareWithDana(robot);
        List<ComparedGame> both = items(robot, "#compareGridBoth");
        ComparedGame first = both.get(0);
        ComparedGame second = both.get(1);
        for (ComparedGame g : List.of(first, second)) {
            server.addGameProgress(SELF, g.gameId(), GameFixtures.generated(g.gameId(), g.title(), 12, 50, g.gameId()));
        }

        Node tile = tileOf(robot, first);
        robot.clickOn(tile);
        waitUntil(() -> comparisonSelection() == first);
        assertThat(onFx(() -> tile.getPseudoClassStates().contains(SELECTED))).isTrue();
        assertThat(shown(robot, "#gamePage")).as("a click only selects").isFalse();

        robot.type(KeyCode.ENTER);
        waitForGamePage(robot, first.title());
        assertThat(shown(robot, "#comparePage")).isFalse();
        assertThat(server.requests(Endpoint.GAME)).last()
                .satisfies(r -> assertThat(r.param("u")).isEqualToIgnoringCase(SELF))
                .satisfies(r -> assertThat(r.param("g")).isEqualTo(Integer.toString(first.gameId())));

        // Escape from the game page: back to the comparison as it was, the keyboard on its tiles.
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> shown(robot, "#comparePage") && !shown(robot, "#gamePage"));
        assertThat(app.text("#compareTitle")).contains("Dana");
        assertThat(comparisonSelection()).isSameAs(first);
        waitUntil(() -> robot.lookup("#compareGridBoth").query().isFocused());

        robot.doubleClickOn(tileOf(robot, second));
        waitForGamePage(robot, second.title());
        assertThat(shown(robot, "#comparePage")).isFalse();
        robot.clickOn("#closeGame");
        waitUntil(() -> shown(robot, "#comparePage") && !shown(robot, "#gamePage"));

        // Back from the comparison: the shelf; forward: the comparison again, then its game.
        altKey(robot, KeyCode.LEFT);
        waitUntil(() -> !shown(robot, "#comparePage") && shown(robot, "#badgeGrid"));
        assertThat(shown(robot, "#gamePage")).isFalse();
        altKey(robot, KeyCode.RIGHT);
        waitUntil(() -> shown(robot, "#comparePage"));
        altKey(robot, KeyCode.RIGHT);
        waitForGamePage(robot, second.title());
        assertThat(shown(robot, "#comparePage")).isFalse();
    }
}
