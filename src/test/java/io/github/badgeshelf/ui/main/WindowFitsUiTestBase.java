package io.github.badgeshelf.ui.main;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.controlsfx.control.GridView;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The window on the screens people have: the demo's shelf (a tile selected), its insights, a game
 * page (an achievement selected), a comparison and the news page (every period, an entry
 * selected), each at the window's minimum width, 1,024,
 * 1,280, 1,366 and 1,920 px, 768 px high. Every visible node must lie inside the window; what a
 * clipping parent (a scrolled list, the grid, a chart's plot) hides is that parent's business,
 * and the parent itself must fit. One app per language, resized between the widths.
 */
abstract class WindowFitsUiTestBase extends InLanguageAppTestBase {
    static final double HEIGHT = 768;
    /** Sub-pixel layout rounding is not "outside". */
    private static final double SLACK = 1.0;

    @Test
    void everyPageFitsTheWindowFromItsMinimumWidthTo1920(FxRobot robot) {
        double minimum = onFx(stage::getMinWidth);
        assertThat(minimum).as("the window's minimum width").isPositive().isLessThanOrEqualTo(1024);
        double[] widths = {minimum, 1024, 1280, 1366, 1920};
        List<String> outside = new ArrayList<>();

        waitUntil(() -> robot.lookup("#tryDemo").tryQuery().isPresent());
        outside.addAll(atEveryWidth(widths, "the sign-in card"));
        robot.clickOn("#tryDemo");
        waitUntil(() -> LanguageUiTestBase.shelfShown(robot));
        // A tile selected: the details pane shows its longest content.
        runFx(() -> {
            var view = app.shell().mainView().shelfView();
            view.selectionProperty().set(view.grid().getItems().get(0));
        });
        outside.addAll(atEveryWidth(widths, "the shelf"));

        runFx(() -> ((ToggleButton) robot.lookup("#showInsights").query()).setSelected(true));
        waitUntil(() -> app.visible("#consoleChart"));
        outside.addAll(atEveryWidth(widths, "the shelf with its insights"));
        runFx(() -> ((ToggleButton) robot.lookup("#showInsights").query()).setSelected(false));

        openGamePage(robot);
        outside.addAll(atEveryWidth(widths, "the game page"));
        runFx(() -> key(robot.lookup("#achievementGrid").query(), KeyCode.ESCAPE));
        waitUntil(() -> !app.visible("#gamePage"));

        runFx(() -> app.shell().mainView().compare().compareShownWith("PixelPenny"));
        waitUntil(() -> robot.lookup("#comparePage").tryQuery().map(n -> n.isVisible() && n.getScene() != null)
                .orElse(false) && !app.text("#compareBothCount").isEmpty());
        outside.addAll(atEveryWidth(widths, "the comparison"));

        // The news page of the demo's followed people, every period (their awards are years old), an entry selected.
        runFx(() -> {
            var news = app.shell().mainView().news();
            news.open();
            news.model().periodProperty().set(io.github.badgeshelf.ui.news.NewsPeriod.ALL);
        });
        waitUntil(() -> app.visible("#newsPage") && !onFx(() -> app.shell().mainView().news().model().busyProperty().get())
                && onFx(() -> !app.shell().mainView().news().view().list().getItems().isEmpty()));
        runFx(() -> app.shell().mainView().news().view().list().getSelectionModel().select(1));
        outside.addAll(atEveryWidth(widths, "the news page"));
        // Its words whole too: the heading wraps, buttons, filters, progress and entries are not cut short.
        for (double width : widths) {
            resize(width);
            List<String> cut = onFx(() -> elidedIn(stage.getScene().lookup("#newsPage")));
            if (!cut.isEmpty()) {
                outside.add("the news page at " + Math.round(width) + " px cuts words short: " + cut);
            }
        }

        assertThat(outside).as("nodes outside the window in " + language()).isEmpty();
    }

    /** Enter on the demo's first game award opens its page; an achievement is then selected. */
    @SuppressWarnings("unchecked")
    private void openGamePage(FxRobot robot) {
        runFx(() -> {
            var view = app.shell().mainView().shelfView();
            view.selectionProperty().set(view.grid().getItems().stream()
                    .filter(a -> a.gameId().isPresent()).findFirst().orElseThrow());
            view.grid().requestFocus();
            key(view.grid(), KeyCode.ENTER);
        });
        waitUntil(() -> app.visible("#gamePage") && robot.lookup("#achievementGrid").tryQuery()
                .map(g -> !((GridView<?>) g).getItems().isEmpty()).orElse(false));
        runFx(() -> {
            Node grid = robot.lookup("#achievementGrid").query();
            grid.requestFocus();
            key(grid, KeyCode.RIGHT);
        });
        waitUntil(() -> robot.lookup("#achievementTitle").tryQuery().map(Node::isVisible).orElse(false));
    }

    private static void key(Node target, KeyCode code) {
        javafx.event.Event.fireEvent(target, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code,
                false, false, false, false));
    }

    private List<String> atEveryWidth(double[] widths, String page) {
        List<String> outside = new ArrayList<>();
        for (double width : widths) {
            resize(width);
            List<String> found = onFx(() -> outsideOf(stage.getScene()));
            if (!found.isEmpty()) {
                outside.add(page + " at " + Math.round(width) + " px: " + found.size() + " nodes, e.g. "
                        + found.subList(Math.max(0, found.size() - 4), found.size())
                        + "; too wide: " + onFx(() -> tooWide(stage.getScene().getRoot(), width)));
            }
        }
        return outside;
    }

    private void resize(double width) {
        runFx(() -> {
            stage.setWidth(width);
            stage.setHeight(HEIGHT);
        });
        waitUntil(() -> Math.abs(stage.getScene().getWidth() - width) < 1
                && Math.abs(stage.getScene().getHeight() - HEIGHT) < 1);
        // Laid out at this size (twice: panes that come and go with the width settle on the second).
        for (int i = 0; i < 2; i++) {
            runFx(() -> {
                stage.getScene().getRoot().applyCss();
                stage.getScene().getRoot().layout();
            });
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    /** Every visible node whose box reaches beyond the scene, as "Type#id.class [bounds]". */
    static List<String> outsideOf(Scene scene) {
        List<String> found = new ArrayList<>();
        collect(scene.getRoot(), scene.getWidth(), scene.getHeight(), found);
        return found;
    }

    private static void collect(Node node, double width, double height, List<String> found) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        Bounds b = node.localToScene(node.getLayoutBounds());
        if (b.getWidth() > 0 && b.getHeight() > 0 && (b.getMinX() < -SLACK || b.getMinY() < -SLACK
                || b.getMaxX() > width + SLACK || b.getMaxY() > height + SLACK)) {
            found.add(describe(node) + String.format(Locale.ROOT, " [x %.0f..%.0f, y %.0f..%.0f]",
                    b.getMinX(), b.getMaxX(), b.getMinY(), b.getMaxY()));
        }
        // What a clipping parent hides (scrolled rows, a chart's plot) is not outside the window.
        if (node.getClip() != null) {
            return;
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, width, height, found);
            }
        }
    }

    /** Every shown Labeled under {@code root} whose words are cut short ("Volver a la e..."). */
    static List<String> elidedIn(Node root) {
        List<String> found = new ArrayList<>();
        collectElided(root, found);
        return found;
    }

    private static void collectElided(Node node, List<String> found) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof javafx.scene.control.Labeled l && l.getText() != null && !l.getText().isBlank()) {
            // The skin's text node (an icon font's glyph, the graphic, is a Text too).
            l.getChildrenUnmodifiable().stream().filter(c -> c instanceof javafx.scene.text.Text && c != l.getGraphic())
                    .map(c -> ((javafx.scene.text.Text) c).getText())
                    .filter(shown -> !shown.equals(l.getText()) && !shown.equals(l.getText().replace("_", "")))
                    .findFirst().ifPresent(shown -> found.add(describe(node) + " shows \"" + shown + "\""));
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collectElided(child, found);
            }
        }
    }

    /**
     * Where to look: the chain of nodes from the root down whose minimum width exceeds the window's,
     * then the minimum widths of the last one's children (which together make it too wide).
     */
    private static List<String> tooWide(Node root, double width) {
        List<String> chain = new ArrayList<>();
        Node at = root;
        Parent last = null;
        while (at instanceof Parent parent && at.minWidth(-1) > width + SLACK) {
            chain.add(describe(at) + " min " + Math.round(at.minWidth(-1)));
            last = parent;
            at = parent.getChildrenUnmodifiable().stream().filter(Node::isManaged)
                    .max(java.util.Comparator.comparingDouble(n -> n.minWidth(-1))).orElse(null);
        }
        if (last != null) {
            for (Node child : last.getChildrenUnmodifiable()) {
                if (child.isManaged()) {
                    chain.add("  " + describe(child) + " min " + Math.round(child.minWidth(-1)));
                }
            }
        }
        return chain;
    }

    private static String describe(Node node) {
        StringBuilder s = new StringBuilder(node.getClass().getSimpleName());
        if (node.getId() != null) {
            s.append('#').append(node.getId());
        }
        if (!node.getStyleClass().isEmpty()) {
            s.append('.').append(String.join(".", node.getStyleClass()));
        }
        if (node instanceof javafx.scene.control.Labeled l && l.getText() != null && !l.getText().isBlank()) {
            s.append(" \"").append(l.getText()).append('"');
        } else if (node instanceof javafx.scene.text.Text t) {
            s.append(" \"").append(t.getText()).append('"');
        }
        return s.toString();
    }
}
