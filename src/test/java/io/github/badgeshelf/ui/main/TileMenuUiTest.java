package io.github.badgeshelf.ui.main;

import io.github.badgeshelf.model.Award;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ContextMenuEvent;
import javafx.stage.Stage;
import org.controlsfx.control.GridCell;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A tile's context menu in the real window: no tile carries one until it is asked for (each
 * menu is a popup window with a scene of its own, and making one per tile slowed every new
 * shelf's first screen), and a right click on a tile still brings it, for that tile's award,
 * with its three actions.
 */
class TileMenuUiTest extends AppTestBase {
    @Start
    void start(Stage stage) throws IOException {
        startApp(stage);
    }

    @Test
    void aTileMakesItsMenuWhenAskedAndTheMenuActsOnThatTilesAward(FxRobot robot) {
        openOwnShelf(robot);
        waitUntil(() -> tiles(robot).size() >= 12);
        assertThat(onFx(() -> tiles(robot).stream().filter(t -> t.getContextMenu() != null).count()))
                .as("tiles that made a context menu before anyone asked").isZero();

        GridCell<Award> tile = onFx(() -> tiles(robot).stream()
                .filter(t -> t.getItem().gameId().isPresent()).skip(2).findFirst().orElseThrow());
        Award award = onFx(tile::getItem);
        runFx(() -> {
            Bounds b = tile.localToScreen(tile.getLayoutBounds());
            javafx.event.Event.fireEvent(tile, new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                    10, 10, b.getMinX() + 10, b.getMinY() + 10, false, null));
        });
        ContextMenu menu = onFx(tile::getContextMenu);
        assertThat(menu).as("the asked tile's menu").isNotNull();
        waitUntil(() -> onFx(menu::isShowing));
        assertThat(onFx(() -> menu.getItems().stream().map(MenuItem::getText).toList()))
                .containsExactly("Open game page on the website", "Copy title", "Copy game link");
        assertThat(onFx(() -> menu.getItems().stream().filter(MenuItem::isDisable).count()))
                .as("disabled items on a game's award").isZero();
        assertThat(onFx(() -> app.grid().getItems().indexOf(award))).isNotNegative();
        assertThat(onFx(() -> tiles(robot).stream().filter(t -> t != tile && t.getContextMenu() != null).count()))
                .as("other tiles' menus").isZero();

        runFx(() -> menu.getItems().get(1).fire());
        assertThat(onFx(() -> Clipboard.getSystemClipboard().getString())).isEqualTo(award.displayTitle());
        runFx(() -> menu.getItems().get(2).fire());
        assertThat(onFx(() -> Clipboard.getSystemClipboard().getString()))
                .isEqualTo("https://retroachievements.org/game/" + award.gameId().getAsInt());
        runFx(menu::hide);
    }

    @SuppressWarnings("unchecked")
    private static List<GridCell<Award>> tiles(FxRobot robot) {
        return robot.lookup(".badge-tile").queryAll().stream()
                .filter(n -> n instanceof GridCell<?> c && c.getItem() instanceof Award && shown(n))
                .map(n -> (GridCell<Award>) n).toList();
    }

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }
}
