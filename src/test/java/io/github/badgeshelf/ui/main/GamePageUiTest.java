package io.github.badgeshelf.ui.main;

import io.github.badgeshelf.model.Achievement;
import io.github.badgeshelf.model.Award;
import io.github.badgeshelf.testsupport.AppDriver;
import io.github.badgeshelf.testsupport.AwardsFixtures;
import io.github.badgeshelf.testsupport.FakeRaServer;
import io.github.badgeshelf.testsupport.FakeRaServer.Endpoint;
import io.github.badgeshelf.testsupport.GameFixtures;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.controlsfx.control.GridView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The game page in the real window: a game award's tile opens it with the keyboard, Escape and
 * {@code #closeGame} return to the shelf exactly as it was (filter, selection, scroll), back/forward
 * go through it, and event awards have none.
 */
@ExtendWith(ApplicationExtension.class)
class GamePageUiTest {
    static final String SELF = FakeRaServer.USERNAME;
    static final int GAME = 1448;
    static final int LAST_GAME = 1449;

    private FakeRaServer server;
    private AppDriver app;

    @Start
    void start(Stage stage) throws IOException {
        server = FakeRaServer.start();
        addShelfAndGames(server);
        java.nio.file.Path home = Files.createTempDirectory("badgeshelf-game");
        app = AppDriver.start(stage, home, AppDriver.environment(server, home));
    }

    /** The own shelf: Zork Quest first, an event second, 60 generated awards, Zork Quest II last; both games served. */
    static void addShelfAndGames(FakeRaServer server) {
        List<Map<String, Object>> awards = new ArrayList<>();
        awards.add(AwardsFixtures.gameAward("Mastery/Completion", GAME, true, 0, "Zork Quest", 7, "NES/Famicom",
                "2016-01-02T05:53:52+00:00", "/Images/024519.png"));
        awards.add(AwardsFixtures.eventAward(71, 1, "Zork Fest 2019", "2019-10-31T10:00:00+00:00"));
        awards.addAll(AwardsFixtures.generateAwards(60, 9));
        awards.add(AwardsFixtures.gameAward("Game Beaten", LAST_GAME, false, 99, "Zork Quest II", 7, "NES/Famicom",
                "2024-01-02T05:53:52+00:00", "/Images/024520.png"));
        server.addUser(SELF, AwardsFixtures.bodyOf(awards));
        List<Map<String, Object>> achievements = GameFixtures.generate(50, 40, 5);
        server.addGameProgress(SELF, GAME, GameFixtures.body(GAME, "Zork Quest", 7, "NES/Famicom", "/Images/024519.png",
                achievements, "mastered", "2016-01-02T05:53:52+00:00"));
        // An old badge without its locked file: the page greys the colour one instead.
        server.withoutBadge(firstUnearned(achievements) + "_lock.png");
        server.addGameProgress(SELF, LAST_GAME, GameFixtures.generated(LAST_GAME, "Zork Quest II", 30, 20, 6));
    }

    static String firstUnearned(List<Map<String, Object>> achievements) {
        return achievements.stream().filter(a -> !a.containsKey("DateEarned")).findFirst().orElseThrow()
                .get("BadgeName").toString();
    }

    @AfterEach
    void stop() throws Exception {
        assertThat(app.escapedExceptions()).isZero();
        app.stop();
        server.close();
    }

    @Test
    void keyboardOpensTheGamePageAndEscapeOrCloseReturnToTheShelfAsItWas() {
        app.signInAndWaitForOwnShelf();
        setFilterText("zork");
        app.waitUntil(() -> app.gridItems().size() == 3);
        focusShelfGrid();
        app.robot.type(KeyCode.HOME);
        app.robot.type(KeyCode.RIGHT);
        assertThat(shelfSelection().displayTitle()).isEqualTo("Zork Fest 2019");

        // An event has no game page: Enter says so and nothing opens.
        app.robot.type(KeyCode.ENTER);
        app.waitUntil(() -> app.status().contains("no game page"));
        assertThat(app.visible("#gamePage")).isFalse();

        app.robot.type(KeyCode.LEFT);
        assertThat(shelfSelection().displayTitle()).isEqualTo("Zork Quest");
        List<Award> before = app.gridItems();
        app.robot.type(KeyCode.ENTER);
        waitForGamePage("Zork Quest", 50);
        assertThat(app.text("#gameTotalCount")).isEqualTo("50");
        assertThat(app.text("#gameEarnedCount")).isEqualTo(Long.toString(
                achievementItems().stream().filter(Achievement::isEarned).count()));
        assertThat(app.text("#gameHighestAward")).startsWith("Mastered on");
        assertThat(app.visible("#badgeGrid")).isFalse();

        // Unearned badges are the locked files; one without a locked file shows its colour badge greyed.
        String noLock = firstUnearned(GameFixtures.generate(50, 40, 5));
        app.waitUntil(() -> tileImage(noLock) != null && tileImage(noLock).effect() != null);
        assertThat(server.imageRequestCount("/Badge/" + noLock + "_lock.png")).isEqualTo(1);
        assertThat(server.imageRequestCount("/Badge/" + noLock + ".png")).isEqualTo(1);

        // The keyboard is on the achievements: Home selects the first and shows its details.
        app.robot.type(KeyCode.HOME);
        Achievement first = achievementItems().get(0);
        app.waitUntil(() -> first.title().equals(app.text("#achievementTitle")));
        assertThat(app.text("#achievementPoints")).isEqualTo(Integer.toString(first.points()));

        app.robot.type(KeyCode.ESCAPE);
        app.waitUntil(() -> !app.visible("#gamePage"));
        assertShelfAsItWas(before, "zork", "Zork Quest");

        // Enter again: the keyboard is back on the shelf's tiles; the page comes from memory.
        app.robot.type(KeyCode.ENTER);
        waitForGamePage("Zork Quest", 50);
        assertThat(server.requests(Endpoint.GAME)).hasSize(1);
        app.robot.clickOn("#closeGame");
        app.waitUntil(() -> !app.visible("#gamePage"));
        assertShelfAsItWas(before, "zork", "Zork Quest");

        // Back/forward go through the game page; back from it is the same shelf, untouched.
        app.robot.press(KeyCode.ALT).type(KeyCode.RIGHT).release(KeyCode.ALT);
        waitForGamePage("Zork Quest", 50);
        app.robot.press(KeyCode.ALT).type(KeyCode.LEFT).release(KeyCode.ALT);
        app.waitUntil(() -> !app.visible("#gamePage"));
        assertShelfAsItWas(before, "zork", "Zork Quest");
        assertThat(server.requests(Endpoint.AWARDS)).as("the shelf was not fetched again").hasSize(1);
    }

    @Test
    void theShelfKeepsItsScrollPositionBehindTheGamePage() {
        app.signInAndWaitForOwnShelf();
        focusShelfGrid();
        app.robot.type(KeyCode.END);
        assertThat(shelfSelection().displayTitle()).isEqualTo("Zork Quest II");
        WaitForAsyncUtils.waitForFxEvents();
        double scrolled = scrollPosition();
        assertThat(scrolled).as("End scrolled the shelf").isGreaterThan(0);
        List<Award> before = app.gridItems();

        app.robot.type(KeyCode.ENTER);
        waitForGamePage("Zork Quest II", 30);
        app.robot.clickOn("#achievementFilter");
        app.robot.clickOn("Not earned");
        app.waitUntil(() -> achievementItems().stream().noneMatch(Achievement::isEarned));
        app.robot.type(KeyCode.ESCAPE);
        app.waitUntil(() -> !app.visible("#gamePage"));

        assertShelfAsItWas(before, "", "Zork Quest II");
        assertThat(scrollPosition()).isEqualTo(scrolled);
    }

    // ---- helpers ---------------------------------------------------------------------------

    private void waitForGamePage(String title, int achievements) {
        app.waitUntil(() -> app.visible("#gamePage") && title.equals(app.text("#gameTitle"))
                && achievementItems().size() == achievements);
    }

    private void assertShelfAsItWas(List<Award> items, String filter, String selected) {
        assertThat(app.visible("#badgeGrid")).isTrue();
        assertThat(app.gridItems()).isEqualTo(items);
        assertThat(app.text("#filterText")).isEqualTo(filter);
        assertThat(shelfSelection().displayTitle()).isEqualTo(selected);
        assertThat(AppDriver.onFx(() -> app.stage.getScene().getFocusOwner().getId())).isEqualTo("badgeGrid");
    }

    private void setFilterText(String text) {
        AppDriver.onFx(() -> {
            ((TextInputControl) app.robot.lookup("#filterText").query()).setText(text);
            return null;
        });
    }

    private void focusShelfGrid() {
        AppDriver.onFx(() -> {
            app.robot.lookup("#badgeGrid").query().requestFocus();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Award shelfSelection() {
        return AppDriver.onFx(() -> app.shell().mainView().shelfView().selectionProperty().get());
    }

    @SuppressWarnings("unchecked")
    private List<Achievement> achievementItems() {
        return AppDriver.onFx(() -> app.robot.lookup("#achievementGrid").tryQuery()
                .map(n -> List.copyOf(((GridView<Achievement>) n).getItems())).orElse(List.of()));
    }

    record TileImage(javafx.scene.image.Image image, javafx.scene.effect.Effect effect) {
    }

    /** The image a visible achievement tile shows for a badge, and its effect; null while it has none. */
    private TileImage tileImage(String badgeName) {
        return AppDriver.onFx(() -> app.robot.lookup(".achievement-tile").queryAll().stream()
                .filter(n -> n instanceof org.controlsfx.control.GridCell<?> c && c.getItem() instanceof Achievement a
                        && a.badgeName().equals(badgeName))
                .map(n -> n.lookup(".badge-frame")).flatMap(f -> ((javafx.scene.Parent) f).getChildrenUnmodifiable().stream())
                .filter(n -> n instanceof javafx.scene.image.ImageView v && v.getImage() != null)
                .map(n -> new TileImage(((javafx.scene.image.ImageView) n).getImage(), n.getEffect()))
                .findFirst().orElse(null));
    }

    private double scrollPosition() {
        return AppDriver.onFx(() -> ((VirtualFlow<?>) app.robot.lookup("#badgeGrid").query()
                .lookup(".virtual-flow")).getPosition());
    }
}
