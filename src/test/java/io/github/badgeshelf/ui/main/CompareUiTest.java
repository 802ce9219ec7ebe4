package io.github.badgeshelf.ui.main;

import io.github.badgeshelf.api.ApiConfig;
import io.github.badgeshelf.api.AwardsJson;
import io.github.badgeshelf.compare.ComparedGame;
import io.github.badgeshelf.compare.Presence;
import io.github.badgeshelf.compare.ShelfComparer;
import io.github.badgeshelf.compare.ShelfComparison;
import io.github.badgeshelf.export.ComparisonCsv;
import io.github.badgeshelf.model.Award;
import io.github.badgeshelf.testsupport.AwardsFixtures;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.controlsfx.control.GridView;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Comparing the shown shelf with a friend's, in the real window against the loopback server. */
class CompareUiTest extends AppTestBase {

    /** Dana has 15 of the signed-in user's awards (some games in common) and 10 of her own. */
    private static final List<java.util.Map<String, Object>> DANA = danasAwards();

    private static List<java.util.Map<String, Object>> danasAwards() {
        List<java.util.Map<String, Object>> awards = new java.util.ArrayList<>(AwardsFixtures.generateAwards(40, 7).subList(0, 15));
        awards.addAll(AwardsFixtures.generateAwards(10, 99));
        return awards;
    }

    @Start
    void start(Stage stage) throws IOException {
        startApp(stage);
        server.addUser("Dana", AwardsFixtures.bodyOf(DANA));
    }

    private String shelfProfileName() {
        return onFx(() -> ((javafx.scene.control.Label) app.shell().mainView().shelfView().lookup("#profileName")).getText());
    }

    @Override
    boolean rememberedAtStart() {
        return true;
    }

    /** What the comparison must show: the same fixtures, parsed and compared apart from the window. */
    private ShelfComparison expected(String leftBody, String rightBody) throws Exception {
        ApiConfig config = server.config();
        List<Award> left = AwardsJson.parse(leftBody.getBytes(StandardCharsets.UTF_8), config).visibleAwards();
        List<Award> right = AwardsJson.parse(rightBody.getBytes(StandardCharsets.UTF_8), config).visibleAwards();
        return ShelfComparer.compare(left, right);
    }

    private static boolean showing(FxRobot robot, String query) {
        return onFx(() -> robot.lookup(query).tryQuery().map(n -> n.getScene() != null && n.isVisible()
                && (n.getParent() == null || n.getParent().isVisible())).orElse(false));
    }

    @SuppressWarnings("unchecked")
    private static List<ComparedGame> items(FxRobot robot, String grid) {
        return onFx(() -> List.copyOf(((GridView<ComparedGame>) robot.lookup(grid).query()).getItems()));
    }

    private static boolean columnShown(FxRobot robot, String grid) {
        return onFx(() -> robot.lookup(grid).query().getParent().getParent().isVisible());
    }

    private static String selectedGroup(FxRobot robot) {
        return onFx(() -> robot.lookup(".compare-groups .chip").queryAll().stream()
                .filter(n -> ((ToggleButton) n).isSelected()).map(Node::getId).findFirst().orElse(""));
    }

    @Test
    void theWholeFlowWithTheKeyboardOnly(FxRobot robot) throws Exception {
        openOwnShelf(robot);
        List<Award> shelfBefore = onFx(() -> List.copyOf(app.grid().getItems()));
        ShelfComparison want = expected(AwardsFixtures.generate(40, 7), AwardsFixtures.bodyOf(DANA));
        assertThat(want.gameCounts().get(Presence.BOTH)).as("the fixture has games in common").isPositive();

        // Ctrl+F goes to the search field; the comparison's field is next to it.
        robot.push(KeyCode.SHORTCUT, KeyCode.F);
        robot.type(KeyCode.TAB);
        waitUntil(() -> robot.lookup("#compareWith").query().isFocused());
        robot.write("dana");
        robot.type(KeyCode.ENTER);

        waitUntil(() -> showing(robot, "#comparePage") && !"0".equals(app.text("#compareBothCount")));
        assertThat(showing(robot, "#badgeGrid")).as("the page takes the shelf's place").isFalse();
        assertThat(app.text("#compareTitle")).contains(SELF).contains("Dana");
        int both = want.gameCounts().get(Presence.BOTH);
        int onlyLeft = want.gameCounts().get(Presence.ONLY_LEFT);
        int onlyRight = want.gameCounts().get(Presence.ONLY_RIGHT);
        assertThat(app.text("#compareBothCount")).isEqualTo(Integer.toString(both));
        assertThat(app.text("#compareOnlyLeftCount")).isEqualTo(Integer.toString(onlyLeft));
        assertThat(app.text("#compareOnlyRightCount")).isEqualTo(Integer.toString(onlyRight));
        assertThat(items(robot, "#compareGridBoth")).isEqualTo(want.games(Presence.BOTH));
        assertThat(selectedGroup(robot)).isEqualTo("compareShowBoth");
        assertThat(columnShown(robot, "#compareGridOnlyLeft")).isFalse();

        // The arrows walk the groups: only me, only Alice, then all three side by side.
        robot.type(KeyCode.RIGHT);
        waitUntil(() -> columnShown(robot, "#compareGridOnlyLeft") && !columnShown(robot, "#compareGridBoth"));
        assertThat(selectedGroup(robot)).isEqualTo("compareShowOnlyLeft");
        assertThat(items(robot, "#compareGridOnlyLeft")).isEqualTo(want.games(Presence.ONLY_LEFT));
        robot.type(KeyCode.RIGHT);
        waitUntil(() -> columnShown(robot, "#compareGridOnlyRight") && !columnShown(robot, "#compareGridOnlyLeft"));
        assertThat(items(robot, "#compareGridOnlyRight")).isEqualTo(want.games(Presence.ONLY_RIGHT));
        robot.type(KeyCode.RIGHT);
        waitUntil(() -> columnShown(robot, "#compareGridBoth") && columnShown(robot, "#compareGridOnlyLeft")
                && columnShown(robot, "#compareGridOnlyRight"));
        assertThat(selectedGroup(robot)).isEqualTo("compareSideBySide");

        // Escape: back to the shelf as it was.
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !showing(robot, "#comparePage") && showing(robot, "#badgeGrid"));
        assertThat(app.text("#profileName")).isEqualTo(SELF);
        assertThat(onFx(() -> List.copyOf(app.grid().getItems()))).isEqualTo(shelfBefore);
    }

    @Test
    void oneClickOnAFollowedUserComparesYouWithThemAndExportSavesWhatIsShown(FxRobot robot) throws Exception {
        openOwnShelf(robot);
        app.search("Carol");
        waitUntil(() -> "Carol".equals(app.text("#profileName")));

        Node aliceCompare = onFx(() -> {
            @SuppressWarnings("unchecked")
            ListView<Object> list = (ListView<Object>) robot.lookup("#friendsList").query();
            return list.lookupAll(".friend-compare").iterator().next();
        });
        robot.clickOn(aliceCompare);

        waitUntil(() -> showing(robot, "#comparePage") && app.text("#compareTitle").contains("Alice"));
        ShelfComparison want = expected(AwardsFixtures.generate(40, 7), AwardsFixtures.generate(30, 1));
        assertThat(app.text("#compareTitle")).as("you, not the shelf on screen").contains(SELF);
        assertThat(app.text("#compareBothCount")).isEqualTo(want.gameCounts().get(Presence.BOTH).toString());
        assertThat(shelfProfileName()).as("the shelf behind stays").isEqualTo("Carol");

        robot.clickOn("#compareShowOnlyRight");
        Path target = home.resolve("compare.csv");
        app.exportTarget.set(target);
        robot.push(KeyCode.SHORTCUT, KeyCode.E);
        waitUntil(() -> Files.exists(target) && Files.size(target) > 0);
        ByteArrayOutputStream expectedCsv = new ByteArrayOutputStream();
        ComparisonCsv.write(SELF, "Alice", want.games(Presence.ONLY_RIGHT), expectedCsv);
        assertThat(Files.readAllBytes(target)).isEqualTo(expectedCsv.toByteArray());

        robot.clickOn("#closeCompare");
        waitUntil(() -> !showing(robot, "#comparePage") && showing(robot, "#badgeGrid"));
        assertThat(app.text("#profileName")).isEqualTo("Carol");
    }

    @Test
    void aFailureOnTheOtherSideSaysSoAndThePageStaysUsable(FxRobot robot) {
        openOwnShelf(robot);
        robot.clickOn("#compareWith").write("NobodyHere");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> showing(robot, "#comparePage") && app.text("#compareMessage").contains("NobodyHere"));
        // An unknown user stays unknown however often asked: no Retry.
        assertThat(showing(robot, "#compareRetry")).isFalse();

        robot.clickOn("#compareWith");
        robot.push(KeyCode.SHORTCUT, KeyCode.A);
        robot.write("Bob");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> app.text("#compareTitle").contains("Bob"));
        assertThat(showing(robot, "#compareRetry")).isFalse();
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !showing(robot, "#comparePage"));
    }

    @Test
    void aSecondComparisonNamesItsRivalKeepsAllConsolesAndEachThingIsSaidOnce(FxRobot robot) {
        openOwnShelf(robot);
        robot.clickOn("#compareWith").write("dana");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> showing(robot, "#comparePage") && !items(robot, "#compareGridBoth").isEmpty());

        // One Export CSV (the top bar's, which saves what the page shows), the summary said once.
        assertThat(onFx(() -> robot.lookup(".button").queryAll().stream()
                .filter(n -> n instanceof javafx.scene.control.Labeled l && "Export CSV".equals(l.getText())
                        && n.getScene() != null && n.isVisible())
                .count())).isEqualTo(1L);
        waitUntil(() -> app.status().startsWith("Compared " + SELF + " with Dana"));
        assertThat(showing(robot, "#compareMessage")).as("not repeated on the page").isFalse();
        assertThat(consoleChoice(robot)).isEqualTo("All consoles");

        // A second comparison, from the side list: the field names it, all consoles stay chosen.
        Node aliceCompare = onFx(() -> {
            @SuppressWarnings("unchecked")
            ListView<Object> list = (ListView<Object>) robot.lookup("#friendsList").query();
            return list.lookupAll(".friend-compare").iterator().next();
        });
        robot.clickOn(aliceCompare);
        waitUntil(() -> app.text("#compareTitle").contains("Alice") && app.status().contains("Alice"));
        assertThat(app.text("#compareWith")).isEqualTo("Alice");
        assertThat(consoleChoice(robot)).isEqualTo("All consoles");
        assertThat(app.text("#compareSummary")).as("no \"Showing N of N\" without a filter")
                .doesNotStartWith("Showing").endsWith("games");

        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !showing(robot, "#comparePage"));
        assertThat(app.text("#compareWith")).as("no comparison shown, none named").isEmpty();
    }

    /** The console choice as the ComboBox holds and shows it. */
    @SuppressWarnings("unchecked")
    private static String consoleChoice(FxRobot robot) {
        return onFx(() -> {
            javafx.scene.control.ComboBox<String> box = (javafx.scene.control.ComboBox<String>) robot.lookup("#compareConsole").query();
            String shown = box.getButtonCell() == null ? box.getValue() : box.getButtonCell().getText();
            return box.getValue() + (java.util.Objects.equals(box.getValue(), shown) ? "" : " (shows " + shown + ")");
        });
    }
}
