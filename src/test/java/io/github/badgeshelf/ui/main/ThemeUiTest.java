package io.github.badgeshelf.ui.main;

import io.github.badgeshelf.logging.AppLog;
import io.github.badgeshelf.testsupport.AppDriver;
import io.github.badgeshelf.testsupport.AwardsFixtures;
import io.github.badgeshelf.testsupport.Contrast;
import io.github.badgeshelf.testsupport.FakeRaServer;
import io.github.badgeshelf.testsupport.RealAppTest;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.controlsfx.control.GridView;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Both themes, page by page, as a person sees them in the real window: the sign-in card, the shelf
 * (with the search field's suggestions open), the game page, the comparison, insights, the news
 * page and the Save image dialog, first
 * dark (the default) and then light. Every shown text reads at 4.5:1 at least (3:1 when large),
 * Tab shows a ring of 2 px or more on every stop, and the app's log has no CSS warning at the end.
 */
class ThemeUiTest extends RealAppTest {
    private static final String SELF = FakeRaServer.USERNAME;
    /** Seconds to wait for the window: generous, as these tests run on a machine shared by many. */
    private static final int LONG = 60;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        server = FakeRaServer.start();
        GamePageUiTest.addShelfAndGames(server);
        server.addUser("Alice", AwardsFixtures.generate(30, 1));
        server.addUser("Bob", AwardsFixtures.generate(12, 2));
        server.addFollowing("Alice", null, 88213, 310, true);
        server.addFollowing("Bob", null, 1882, 0, false);
        stage.setWidth(1400);
        stage.setHeight(900);
        app = AppDriver.start(stage, home, AppDriver.environment(server.environment(), home));
    }

    @Test
    void everyTextOfEveryPageReadsAtLeastFourAndAHalfToOneInBothThemes(FxRobot robot) {
        List<String> problems = new ArrayList<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        tour(robot, page -> {
            for (Window window : showingWindows()) {
                Parent root = window.getScene().getRoot();
                String where = page + (window instanceof PopupWindow ? " (popup)" : "");
                problems.addAll(fx(() -> Contrast.problems(root, base(), where)));
                seen.merge(where, fx(() -> Contrast.textsShown(root)), Integer::sum);
            }
        });
        assertThat(seen.keySet()).as("pages and popups looked at").contains(
                "dark: sign-in card", "dark: shelf", "dark: shelf (popup)", "dark: game page", "dark: comparison",
                "dark: insights", "dark: news", "dark: save image dialog", "light: shelf", "light: shelf (popup)",
                "light: game page", "light: comparison",
                "light: insights", "light: news", "light: save image dialog", "light: sign-in card");
        assertThat(problems).as("texts below WCAG AA contrast").isEmpty();
        assertThat(seen).as("texts looked at on each").allSatisfy((where, n) -> assertThat(n).isPositive());
    }

    @Test
    void tabShowsARingOfTwoPixelsInTheAccentColourOnEveryFocusStopInBothThemes(FxRobot robot) {
        List<String> problems = new ArrayList<>();
        Map<String, Integer> stopsPerPage = new LinkedHashMap<>();
        tour(robot, page -> {
            // Tab in an open suggestion list picks a suggestion (ControlsFX's way) and would open
            // another shelf: the walk starts with the list closed.
            AppDriver.runFx(() -> Window.getWindows().stream().filter(w -> w instanceof PopupWindow && w.isShowing())
                    .toList().forEach(Window::hide));
            waitFor(() -> !suggestionsShowing());
            Set<Color> rings = new LinkedHashSet<>();
            // Each stop is looked at as the person arrives at it by Tab.
            List<Node> stops = walkWithTab(robot, stop -> {
                // The styles the focus brings, as the next pulse will draw them (on a loaded machine the
                // pulse can come after this look; the ring is the CSS's, not the pulse's).
                String problem = fx(() -> {
                    stop.applyCss();
                    return Contrast.ringProblem(stop, 2, base());
                });
                if (problem != null) {
                    problems.add(page + ": " + problem);
                } else {
                    rings.add(fx(() -> Contrast.ringColour(stop)));
                }
            });
            stopsPerPage.put(page, stops.size());
            if (rings.size() > 1) {
                problems.add(page + ": rings in several colours " + rings.stream().map(Contrast::hex).toList());
            }
        });
        // The Save image dialog has its columns, Save and Cancel; every page of the window more.
        assertThat(stopsPerPage).as("Tab stops met per page").allSatisfy((page, n) ->
                assertThat(n).isGreaterThan(page.endsWith("dialog") ? 2 : 3));
        assertThat(problems).as("focus stops without a visible ring").isEmpty();
    }

    @Test
    void theLogHasNoCssWarningAfterEveryPageInBothThemes(FxRobot robot) throws IOException {
        List<String> pages = new ArrayList<>();
        tour(robot, pages::add);
        AppLog.flush();
        Path log = home.resolve("logs").resolve("badgeshelf-0.log");
        assertThat(log).as("the app's log").exists();
        List<String> cssWarnings = cssWarnings(Files.readAllLines(log, StandardCharsets.UTF_8));
        assertThat(cssWarnings).as("CSS warnings in " + log).isEmpty();
        assertThat(pages).as("pages shown").hasSize(14);
    }

    /** WARNING or SEVERE lines of JavaFX's CSS logger, or about a stylesheet. */
    static List<String> cssWarnings(List<String> lines) {
        return lines.stream()
                .filter(l -> l.contains(" WARNING ") || l.contains(" SEVERE "))
                .filter(l -> l.toLowerCase(Locale.ROOT).contains("css") || l.contains("stylesheet")
                        || l.contains("Could not resolve"))
                .toList();
    }

    // ---- the tour ----------------------------------------------------------------------------

    /**
     * Sign-in card, shelf (with suggestions open), game page, comparison, insights, news and the Save
     * image dialog in the dark
     * theme; then the same in the light one, ending on the sign-in card after signing out.
     * {@code atPage} runs on each, named "theme: page".
     */
    private void tour(FxRobot robot, Consumer<String> atPage) {
        waitFor(() -> robot.lookup("#username").tryQuery().map(Node::isFocused).orElse(false));
        atPage.accept("dark: sign-in card");
        app.signIn(SELF, server.credentials().apiKey());
        waitFor(() -> SELF.equals(app.text("#profileName")) && !app.gridItems().isEmpty());
        for (String user : List.of("Alice", SELF)) {
            app.search(user);
            waitFor(() -> user.equals(app.text("#profileName")) && app.status().contains(" for " + user));
        }
        pages(robot, "dark", atPage);
        robot.clickOn("#themeToggle");
        waitFor(() -> stage.getScene().getRoot().getStyleClass().contains("light"));
        pages(robot, "light", atPage);
        robot.clickOn("#signOut");
        waitFor(() -> robot.lookup("#username").tryQuery().map(n -> n.getScene() != null).orElse(false));
        atPage.accept("light: sign-in card");
    }

    private void pages(FxRobot robot, String theme, Consumer<String> atPage) {
        // The shelf with a tile selected (details shown) and the suggestion list open under the search field.
        AppDriver.runFx(() -> robot.lookup("#badgeGrid").query().requestFocus());
        robot.type(KeyCode.HOME);
        waitFor(() -> robot.lookup("#detailsAward").tryQuery().isPresent());
        // The field still holds the last name searched: a new one is typed in its place.
        AppDriver.runFx(() -> ((TextInputControl) robot.lookup("#search").query()).clear());
        robot.clickOn("#search");
        robot.write("li");
        waitFor(() -> suggestionsShowing());
        atPage.accept(theme + ": shelf");
        // Focus leaves the field (the list closes with it), and the field is emptied while away.
        AppDriver.runFx(() -> robot.lookup("#badgeGrid").query().requestFocus());
        waitFor(() -> !suggestionsShowing());
        AppDriver.runFx(() -> ((TextInputControl) robot.lookup("#search").query()).clear());

        // The game page of a Zork Quest award (the filter leaves only those two game awards), by Enter.
        AppDriver.runFx(() -> ((TextInputControl) robot.lookup("#filterText").query()).setText("Zork Quest"));
        waitFor(() -> !app.gridItems().isEmpty() && app.gridItems().stream()
                .allMatch(a -> a.displayTitle().startsWith("Zork Quest")));
        AppDriver.runFx(() -> robot.lookup("#badgeGrid").query().requestFocus());
        robot.type(KeyCode.HOME);
        robot.type(KeyCode.ENTER);
        waitFor(() -> app.visible("#gamePage") && robot.lookup("#achievementGrid").tryQuery()
                .map(g -> !((GridView<?>) g).getItems().isEmpty()).orElse(false));
        AppDriver.runFx(() -> robot.lookup("#achievementGrid").query().requestFocus());
        robot.type(KeyCode.HOME);
        waitFor(() -> !app.text("#achievementTitle").isEmpty());
        atPage.accept(theme + ": game page");
        robot.clickOn("#closeGame");
        waitFor(() -> !app.visible("#gamePage"));
        AppDriver.runFx(() -> ((TextInputControl) robot.lookup("#filterText").query()).clear());
        waitFor(() -> app.gridItems().size() > 2);

        // The comparison with Alice.
        AppDriver.runFx(() -> {
            TextInputControl field = (TextInputControl) robot.lookup("#compareWith").query();
            field.setText("Alice");
            field.requestFocus();
        });
        robot.type(KeyCode.ENTER);
        waitFor(() -> app.visible("#comparePage") && app.text("#compareBothCount").matches("\\d+"));
        atPage.accept(theme + ": comparison");
        robot.clickOn("#closeCompare");
        waitFor(() -> !shown(robot, "#comparePage") && shown(robot, "#badgeGrid"));

        // Insights of the shelf.
        robot.clickOn("#showInsights");
        waitFor(() -> shown(robot, "#consoleChart"));
        atPage.accept(theme + ": insights");
        robot.clickOn("#showInsights");
        waitFor(() -> !shown(robot, "#consoleChart"));

        // The news page of the people followed, every period (the fixtures' awards are years old), an entry selected.
        robot.clickOn("#showNews");
        AppDriver.runFx(() -> app.shell().mainView().news().model().periodProperty()
                .set(io.github.badgeshelf.ui.news.NewsPeriod.ALL));
        waitFor(() -> shown(robot, "#newsList") && !app.shell().mainView().news().model().busyProperty().get()
                && !app.shell().mainView().news().view().list().getItems().isEmpty());
        AppDriver.runFx(() -> app.shell().mainView().news().view().list().getSelectionModel().select(1));
        atPage.accept(theme + ": news");
        robot.clickOn("#closeNews");
        waitFor(() -> !shown(robot, "#newsPage") && shown(robot, "#badgeGrid"));

        // The Save image dialog, a window of its own over the shelf.
        robot.clickOn("#saveImage");
        waitFor(() -> robot.lookup("#imageSave").tryQuery().map(n -> n.getScene() != null
                && n.getScene().getWindow().isShowing() && n.getScene().getFocusOwner() != null).orElse(false));
        atPage.accept(theme + ": save image dialog");
        robot.clickOn("#imageCancel");
        waitFor(() -> robot.lookup("#imageSave").tryQuery().isEmpty());
    }

    /**
     * Runs on the FX thread and waits for the answer, patiently: on a machine shared by many, the
     * FX thread can be busy for more than the driver's usual ten seconds.
     */
    private static <T> T fx(java.util.concurrent.Callable<T> read) {
        try {
            return org.testfx.util.WaitForAsyncUtils.asyncFx(read).get(LONG, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void waitFor(java.util.concurrent.Callable<Boolean> condition) {
        long end = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(LONG);
        while (!fx(condition)) {
            if (System.nanoTime() > end) {
                throw new AssertionError("Timed out waiting for the window; #status says: " + app.status());
            }
            AppDriver.sleep(50);
        }
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }

    /** In the window and visible, as are all its parents. */
    private static boolean shown(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(n -> {
            for (Node p = n; p != null; p = p.getParent()) {
                if (!p.isVisible()) {
                    return false;
                }
            }
            return n.getScene() != null;
        }).orElse(false);
    }

    private static boolean suggestionsShowing() {
        return Window.getWindows().stream().anyMatch(w -> w instanceof PopupWindow && w.isShowing()
                && w.getScene() != null && !w.getScene().getRoot().lookupAll(".auto-complete-popup").isEmpty());
    }

    private List<Window> showingWindows() {
        return fx(() -> Window.getWindows().stream()
                .filter(w -> w.isShowing() && w.getScene() != null)
                .filter(w -> w == stage || w instanceof PopupWindow p && p.getOwnerWindow() == stage
                        && !w.getScene().getRoot().lookupAll(".list-view").isEmpty()
                        || w instanceof Stage dialog && dialog.getOwner() == stage)
                .toList());
    }

    /** The window's own background, for a popup with nothing painted behind its text. */
    private Color base() {
        Scene scene = stage.getScene();
        Color behind = Contrast.background(scene.getRoot(), Color.WHITE);
        return behind;
    }

    /**
     * Presses Tab until focus comes back to where it started, calling {@code atStop} with each new
     * focus owner while it has the focus; returns the stops met.
     */
    private List<Node> walkWithTab(FxRobot robot, Consumer<Node> atStop) {
        // A dialog over the window has the keyboard while it shows.
        Scene scene = fx(() -> Window.getWindows().stream()
                .filter(w -> w instanceof Stage dialog && dialog.getOwner() == stage && w.isShowing())
                .map(Window::getScene).findFirst().orElse(stage.getScene()));
        Node first = fx(scene::getFocusOwner);
        assertThat(first).as("a control has the focus to start from").isNotNull();
        List<Node> stops = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            robot.type(KeyCode.TAB);
            Node now = fx(scene::getFocusOwner);
            if (now != null && !stops.contains(now)) {
                stops.add(now);
                atStop.accept(now);
            }
            if (now == first) {
                return stops;
            }
        }
        throw new AssertionError("Tab never came back to the first control; met "
                + stops.stream().map(Contrast::describe).toList());
    }
}
