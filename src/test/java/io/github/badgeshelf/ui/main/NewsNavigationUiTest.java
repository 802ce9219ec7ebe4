package io.github.badgeshelf.ui.main;

import io.github.badgeshelf.news.NewsEntry;
import io.github.badgeshelf.testsupport.AwardsFixtures;
import io.github.badgeshelf.testsupport.FakeRaServer.Endpoint;
import io.github.badgeshelf.testsupport.GameFixtures;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The news page as a step of back/forward, in the real window against the loopback server: the top
 * bar's Back leaves it for where the person was (not the place before that), Forward comes back to
 * it; an entry opens that game's page (its Game button, Shift+Enter, its menu) and Escape or Back
 * there come back to the news.
 */
class NewsNavigationUiTest extends AppTestBase {
    private static final DateTimeFormatter WIRE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");
    private static final int GAME = 777;

    @Start
    void start(Stage stage) throws IOException {
        startApp(stage);
        Instant now = Instant.now();
        server.follow("Nina", 5000, AwardsFixtures.bodyOf(List.of(
                AwardsFixtures.gameAward("Mastery/Completion", GAME, true, 0, "Newest Game", 7, "NES/Famicom",
                        WIRE.format(now.minus(Duration.ofHours(1)).atOffset(ZoneOffset.UTC)), "/Images/000777.png"),
                AwardsFixtures.eventAward(71, 1, "Nina's Fest", WIRE.format(now.minus(Duration.ofDays(2)).atOffset(ZoneOffset.UTC))))));
        server.addGameProgress("Nina", GAME, GameFixtures.generated(GAME, "Newest Game", 30, 60, 6));
    }

    @Override
    boolean rememberedAtStart() {
        return true;
    }

    @SuppressWarnings("unchecked")
    private List<NewsEntry> entries(FxRobot robot) {
        return onFx(() -> List.copyOf(((ListView<NewsEntry>) robot.lookup("#newsList").query()).getItems()));
    }

    /** In the window and shown, as are all its parents. */
    private static boolean showing(FxRobot robot, String query) {
        return onFx(() -> robot.lookup(query).tryQuery().map(n -> {
            for (Node p = n; p != null; p = p.getParent()) {
                if (!p.isVisible()) {
                    return false;
                }
            }
            return n.getScene() != null;
        }).orElse(false));
    }

    private void openNews(FxRobot robot) {
        robot.clickOn("#showNews");
        waitUntil(() -> showing(robot, "#newsPage") && app.text("#newsProgress").startsWith("3 of 3")
                && !entries(robot).isEmpty());
    }

    private void waitForNewsGame(FxRobot robot) {
        waitUntil(() -> showing(robot, "#gamePage") && "Newest Game".equals(app.text("#gameTitle"))
                && !showing(robot, "#newsPage"));
    }

    private void waitForNewsAgain(FxRobot robot) {
        waitUntil(() -> showing(robot, "#newsPage") && !showing(robot, "#gamePage") && !showing(robot, "#badgeGrid"));
    }

    @Test
    void theTopBarsBackLeavesTheNewsForWhereThePersonWasAndForwardComesBack(FxRobot robot) {
        openOwnShelf(robot);
        app.search("Alice");
        waitUntil(() -> "Alice".equals(app.text("#profileName")));
        openNews(robot);
        assertThat(onFx(() -> robot.lookup("#back").query().isDisabled())).as("Back while the news is open").isFalse();
        // The status line names the page shown, not the shelf left behind it.
        assertThat(app.status()).as("the status line on the news").isEqualTo("News from the people you follow");

        robot.clickOn("#back");
        waitUntil(() -> !showing(robot, "#newsPage") && showing(robot, "#badgeGrid"));
        assertThat(app.text("#profileName")).as("the shelf the news was opened from").isEqualTo("Alice");
        assertThat(app.status()).as("the status line back on the shelf").isEqualTo("Loaded 30 awards for Alice.");

        robot.clickOn("#forward");
        waitUntil(() -> showing(robot, "#newsPage") && !showing(robot, "#badgeGrid"));

        // Alt+Left does the same as Back; a second Back goes on to the shelf before.
        robot.push(KeyCode.ALT, KeyCode.LEFT);
        waitUntil(() -> !showing(robot, "#newsPage") && "Alice".equals(app.text("#profileName")));
        robot.clickOn("#back");
        waitUntil(() -> SELF.equals(app.text("#profileName")) && showing(robot, "#badgeGrid"));
        assertThat(showing(robot, "#newsPage")).isFalse();
    }

    @Test
    void anEntryOpensItsGamePageAndEscapeOrBackComeBackToTheNews(FxRobot robot) {
        openOwnShelf(robot);
        openNews(robot);
        assertThat(entries(robot).get(0).award().displayTitle()).isEqualTo("Newest Game");

        // The entry's Game button, by mouse.
        robot.clickOn(gameButtonOf(robot, "Newest Game"));
        waitForNewsGame(robot);
        // The page's own back arrow returns to the news, so its words must not promise the shelf.
        String closeWords = onFx(() -> {
            Button close = (Button) robot.lookup("#closeGame").query();
            return close.getAccessibleText() + " / " + close.getTooltip().getText();
        });
        assertThat(closeWords).as("#closeGame's words").doesNotContainIgnoringCase("shelf");
        robot.type(KeyCode.ESCAPE);
        waitForNewsAgain(robot);
        assertThat(onFx(() -> ((Button) robot.lookup("#closeNews").query()).getText()))
                .as("#closeNews, which may return to a comparison or a game page").doesNotContainIgnoringCase("shelf");
        robot.clickOn(gameButtonOf(robot, "Newest Game"));
        waitForNewsGame(robot);
        robot.clickOn("#closeGame");
        waitForNewsAgain(robot);

        // Shift+Enter on the entry, and Back from the game page.
        runFx(() -> {
            ListView<?> list = (ListView<?>) robot.lookup("#newsList").query();
            list.requestFocus();
            list.getSelectionModel().select(0);
        });
        waitUntil(() -> robot.lookup("#newsList").query().isFocused());
        robot.push(KeyCode.SHIFT, KeyCode.ENTER);
        waitForNewsGame(robot);
        robot.clickOn("#back");
        waitForNewsAgain(robot);
        // Escape there leaves the news too: to the shelf it was opened from.
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !showing(robot, "#newsPage") && showing(robot, "#badgeGrid"));
        assertThat(app.text("#profileName")).isEqualTo(SELF);

        // An event has no game page: its entry offers none (period "all" is not needed: two days old).
        openNews(robot);
        assertThat(onFx(() -> gameButtonOf(robot, "Nina's Fest").isVisible())).as("Game button on an event").isFalse();
        // The list's menu (as a right click or the menu key asks for it) names both ways out for the selected entry.
        ListCell<NewsEntry> cell = cellOf(robot, "Newest Game");
        runFx(() -> {
            ((ListView<?>) robot.lookup("#newsList").query()).getSelectionModel().select(0);
            javafx.geometry.Bounds b = cell.localToScreen(cell.getLayoutBounds());
            javafx.event.Event.fireEvent(cell, new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                    10, 10, b.getMinX() + 10, b.getMinY() + 10, false, null));
        });
        ContextMenu menu = onFx(() -> ((ListView<?>) robot.lookup("#newsList").query()).getContextMenu());
        waitUntil(() -> onFx(menu::isShowing));
        assertThat(onFx(() -> menu.getItems().stream().map(MenuItem::getText).toList()))
                .containsExactly("Nina’s shelf (Enter)", "Game page: Newest Game (Shift+Enter)");
        Node gameItem = onFx(() -> menu.getSkin().getNode().lookup("#newsMenuGame"));
        assertThat(gameItem).as("the menu's Game page item on screen").isNotNull();
        robot.clickOn(gameItem);
        waitForNewsGame(robot);
        // Nina's progress in that game, as her page shows it.
        assertThat(server.requests(Endpoint.GAME)).extracting(r -> r.param("u") + "/" + r.param("g")).contains("Nina/" + GAME);
    }

    @SuppressWarnings("unchecked")
    private static ListCell<NewsEntry> cellOf(FxRobot robot, String title) {
        return onFx(() -> robot.lookup(".news-cell").queryAll().stream()
                .map(n -> (ListCell<NewsEntry>) n)
                .filter(c -> c.getItem() != null && c.getItem().award().displayTitle().equals(title))
                .findFirst().orElseThrow());
    }

    private static Button gameButtonOf(FxRobot robot, String title) {
        ListCell<NewsEntry> cell = cellOf(robot, title);
        return onFx(() -> (Button) cell.lookup(".news-open-game"));
    }
}
