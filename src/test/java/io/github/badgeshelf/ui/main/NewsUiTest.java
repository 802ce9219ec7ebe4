package io.github.badgeshelf.ui.main;

import io.github.badgeshelf.news.NewsEntry;
import io.github.badgeshelf.testsupport.AwardsFixtures;
import io.github.badgeshelf.testsupport.FakeRaServer.Endpoint;
import javafx.scene.control.ListView;
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
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The news page in the real window against the loopback server: the newest award first, an entry opens the shelf, Escape returns. */
class NewsUiTest extends AppTestBase {
    private static final DateTimeFormatter WIRE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

    @Start
    void start(Stage stage) throws IOException {
        startApp(stage);
        Instant now = Instant.now();
        // Nina is followed too; her newest award, an hour old, is the newest of anyone's.
        server.follow("Nina", 5000, AwardsFixtures.bodyOf(List.of(
                award(777, "Newest Game", now.minus(Duration.ofHours(1)), 0),
                award(778, "Older Game", now.minus(Duration.ofDays(3)), 1))));
    }

    private static Map<String, Object> award(int game, String title, Instant when, int order) {
        return AwardsFixtures.gameAward("Mastery/Completion", game, true, order, title, 7, "NES/Famicom",
                WIRE.format(when.atOffset(ZoneOffset.UTC)), "/Images/000777.png");
    }

    @Override
    boolean rememberedAtStart() {
        return true;
    }

    @SuppressWarnings("unchecked")
    private List<NewsEntry> entries(FxRobot robot) {
        return onFx(() -> List.copyOf(((ListView<NewsEntry>) robot.lookup("#newsList").query()).getItems()));
    }

    private static boolean showing(FxRobot robot, String query) {
        return onFx(() -> robot.lookup(query).tryQuery().map(n -> n.getScene() != null && n.isVisible()).orElse(false));
    }

    @Test
    void theNewsListsTheNewestAwardFirstAnEntryOpensTheShelfAndEscapeReturns(FxRobot robot) {
        openOwnShelf(robot);
        robot.clickOn("#showNews");
        waitUntil(() -> showing(robot, "#newsPage") && !entries(robot).isEmpty()
                && app.text("#newsProgress").startsWith("3 of 3"));
        assertThat(showing(robot, "#badgeGrid")).as("the page takes the shelf's place").isFalse();
        List<NewsEntry> entries = entries(robot);
        assertThat(entries.get(0).user()).isEqualTo("Nina");
        assertThat(entries.get(0).award().displayTitle()).isEqualTo("Newest Game");
        assertThat(entries).extracting(e -> e.award().displayTitle()).containsSubsequence("Newest Game", "Older Game");
        // Alice's and Bob's fixtures are years old: outside the default 30 days.
        assertThat(entries).extracting(NewsEntry::user).containsOnly("Nina");
        assertThat(server.requests(Endpoint.AWARDS)).extracting(r -> r.param("u")).contains("Alice", "Bob", "Nina");

        // Escape: back to the shelf as it was.
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !showing(robot, "#newsPage") && showing(robot, "#badgeGrid"));
        assertThat(app.text("#profileName")).isEqualTo(SELF);

        // Opened again, it shows what it has without asking again; Enter on the first entry opens Nina's shelf.
        int awardsAsked = server.requests(Endpoint.AWARDS).size();
        robot.clickOn("#showNews");
        waitUntil(() -> showing(robot, "#newsPage"));
        assertThat(server.requests(Endpoint.AWARDS)).hasSize(awardsAsked);
        runFx(() -> robot.lookup("#newsList").query().requestFocus());
        waitUntil(() -> robot.lookup("#newsList").query().isFocused());
        robot.type(KeyCode.HOME);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> "Nina".equals(app.text("#profileName")) && !showing(robot, "#newsPage"));
        assertThat(showing(robot, "#badgeGrid")).isTrue();
    }

    @Test
    void theFiltersNarrowByPeriodAndPersonAndAltLeftReturns(FxRobot robot) {
        openOwnShelf(robot);
        robot.clickOn("#showNews");
        waitUntil(() -> showing(robot, "#newsPage") && app.text("#newsProgress").startsWith("3 of 3"));
        runFx(() -> app.shell().mainView().news().model().periodProperty().set(io.github.badgeshelf.ui.news.NewsPeriod.ALL));
        waitUntil(() -> entries(robot).stream().anyMatch(e -> e.user().equals("Alice")));
        assertThat(entries(robot).get(0).user()).isEqualTo("Nina");
        runFx(() -> app.shell().mainView().news().model().personProperty().set("Bob"));
        waitUntil(() -> !entries(robot).isEmpty() && entries(robot).stream().allMatch(e -> e.user().equals("Bob")));
        assertThat(entries(robot)).hasSize(12);
        robot.push(KeyCode.ALT, KeyCode.LEFT);
        waitUntil(() -> !showing(robot, "#newsPage") && showing(robot, "#badgeGrid"));
        assertThat(app.text("#profileName")).isEqualTo(SELF);
    }
}
