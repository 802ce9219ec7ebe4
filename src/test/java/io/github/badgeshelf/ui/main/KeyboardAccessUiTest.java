package io.github.badgeshelf.ui.main;

import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The window with the keyboard alone, as a screen-reader user meets it: Tab walks every control,
 * in reading order, and each focus stop has a name to say.
 */
class KeyboardAccessUiTest extends AppTestBase {
    private static final int MAX_STOPS = 120;

    @Start
    void start(Stage stage) throws IOException {
        startApp(stage);
    }

    @Test
    void tabReachesEveryControlOfTheSignInCardAndEachHasAName(FxRobot robot) {
        waitUntil(() -> robot.lookup("#username").tryQuery().map(Node::isFocused).orElse(false));
        List<Node> stops = walkWithTab(robot);
        assertNamed(stops);
        assertThat(ids(stops)).containsSubsequence("username", "apiKey", "rememberMe", "signIn", "tryDemo", "language");
    }

    @Test
    void tabWalksTheShelfInReadingOrderAndEachStopHasAName(FxRobot robot) {
        robot.clickOn("#tryDemo");
        waitUntil(() -> LanguageUiTestBase.shelfShown(robot));
        runFx(() -> robot.lookup("#search").query().requestFocus());
        List<Node> stops = walkWithTab(robot);
        assertNamed(stops);
        // Top bar left to right (back and forward are off on the first shelf), then the people column,
        // then the shelf top to bottom.
        assertThat(ids(stops)).containsSubsequence("search", "refresh", "exportCsv", "themeToggle",
                "language", "signOut", "friendsFilter", "friendsList", "recentList", "filterText", "chip-mastered", "consoleFilter", "modeFilter", "sortOrder", "badgeGrid");
        // Enter on the grid picks a tile, as the arrow keys do; the screen reader then says that tile.
        runFx(() -> robot.lookup("#badgeGrid").query().requestFocus());
        robot.type(KeyCode.RIGHT);
        waitUntil(() -> !robot.lookup("#badgeGrid").query().getAccessibleText().isBlank());
        assertThat(onFx(() -> robot.lookup("#badgeGrid").query().getAccessibleText())).contains(",");
    }

    /** Presses Tab until focus comes back to where it started; returns the focus owners met on the way. */
    private List<Node> walkWithTab(FxRobot robot) {
        Node first = onFx(() -> stage.getScene().getFocusOwner());
        assertThat(first).as("a control has the focus to start from").isNotNull();
        List<Node> stops = new ArrayList<>();
        stops.add(first);
        for (int i = 0; i < MAX_STOPS; i++) {
            robot.type(KeyCode.TAB);
            Node now = onFx(() -> stage.getScene().getFocusOwner());
            if (now == first) {
                return stops;
            }
            if (now != null && !stops.contains(now)) {
                stops.add(now);
            }
        }
        throw new AssertionError("Tab never came back to the first control; met " + ids(stops));
    }

    private static void assertNamed(List<Node> stops) {
        List<String> nameless = new ArrayList<>();
        for (Node stop : stops) {
            String name = onFx(() -> nameOf(stop));
            if (name == null || name.isBlank()) {
                nameless.add(stop.getClass().getSimpleName() + (stop.getId() == null ? "" : "#" + stop.getId()));
            }
        }
        assertThat(nameless).as("focus stops with nothing for a screen reader to say").isEmpty();
    }

    /** What a screen reader names a control by: its accessible text, else the words on it. */
    private static String nameOf(Node node) {
        if (node.getAccessibleText() != null && !node.getAccessibleText().isBlank()) {
            return node.getAccessibleText();
        }
        return node instanceof Labeled labeled ? labeled.getText() : null;
    }

    private static List<String> ids(List<Node> stops) {
        return stops.stream().map(n -> n.getId() == null ? n.getClass().getSimpleName() : n.getId()).toList();
    }
}
