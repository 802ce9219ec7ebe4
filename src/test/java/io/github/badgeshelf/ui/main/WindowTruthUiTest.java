package io.github.badgeshelf.ui.main;

import io.github.badgeshelf.testsupport.AwardsFixtures;
import io.github.badgeshelf.ui.shelf.ShelfFilterModel;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What the window says is true: filters, chips against counters, notices, export folder and demo CSV (issue 10). */
class WindowTruthUiTest extends AppTestBase {

    @Start
    void start(Stage stage) throws IOException {
        startApp(stage);
    }

    @Test
    void anotherShelfStartsWithAllConsolesAndNoFilter(FxRobot robot) {
        signInAndWaitForOwnShelf(robot);
        robot.clickOn("Alice");
        waitUntil(() -> "Alice".equals(app.text("#profileName")) && app.grid().getItems().size() == 30);
        assertNoFilterShown(robot, 30);

        app.search("Carol");
        waitUntil(() -> "Carol".equals(app.text("#profileName")) && app.grid().getItems().size() == 20);
        assertNoFilterShown(robot, 20);
    }

    private void assertNoFilterShown(FxRobot robot, int awards) {
        ComboBox<?> consoles = robot.lookup("#consoleFilter").queryAs(ComboBox.class);
        assertThat(onFx(consoles::getValue)).isEqualTo(ShelfFilterModel.ALL_CONSOLES);
        assertThat(onFx(() -> consoles.getSelectionModel().getSelectedItem())).isEqualTo(ShelfFilterModel.ALL_CONSOLES);
        assertThat(app.text("#shownSummary")).isEqualTo(awards + " awards");
        assertThat(onFx(() -> robot.lookup("#resetFilters").query().isVisible())).isFalse();
    }

    @Test
    void kindChipsCountAsTheServerDoesAndSayWhenHiddenAwardsDiffer(FxRobot robot) {
        // Visible: 2 events, 3 site events, 2 site awards, 3 game awards; one more event is hidden.
        List<Map<String, Object>> awards = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            awards.add(AwardsFixtures.gameAward("Mastery/Completion", 3000 + i, true, i, "Game " + i, 7, "NES", "2020-01-0" + (i + 1) + "T10:00:00+00:00",
                    "/Images/01000" + i + ".png"));
        }
        for (int i = 0; i < 2; i++) {
            awards.add(AwardsFixtures.eventAward(10 + i, 3 + i, "Halloween " + i, "2021-10-3" + i + "T10:00:00+00:00"));
        }
        for (int i = 0; i < 3; i++) {
            Map<String, Object> siteEvent = AwardsFixtures.eventAward(20 + i, 5 + i, "Site event " + i, "2022-02-0" + (i + 1) + "T10:00:00+00:00");
            siteEvent.put("AwardType", "Site Event");
            awards.add(siteEvent);
        }
        awards.add(AwardsFixtures.siteAward("Patreon Supporter", 0, 8, "2023-01-01T10:00:00+00:00", false));
        awards.add(AwardsFixtures.siteAward("Certified Legend", 0, 9, "2023-01-02T10:00:00+00:00", false));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("TotalAwardsCount", 11);
        body.put("HiddenAwardsCount", 1);
        body.put("MasteryAwardsCount", 3);
        body.put("CompletionAwardsCount", 0);
        body.put("BeatenHardcoreAwardsCount", 0);
        body.put("BeatenSoftcoreAwardsCount", 0);
        body.put("EventAwardsCount", 3);
        body.put("SiteAwardsCount", 5);
        body.put("VisibleUserAwards", awards);
        server.addUser("Eventful", AwardsFixtures.toJson(body));

        signInAndWaitForOwnShelf(robot);
        app.search("Eventful");
        waitUntil(() -> "Eventful".equals(app.text("#profileName")) && app.grid().getItems().size() == 10);

        assertThat(app.text("#siteCount")).isEqualTo("5");
        assertThat(chip(robot, "#chip-site").getText()).isEqualTo("Site 5");
        assertThat(chip(robot, "#chip-mastered").getText()).isEqualTo("Mastered 3");
        assertThat(app.text("#eventCount")).isEqualTo("3");
        assertThat(chip(robot, "#chip-events").getText()).isEqualTo("Events 2");
        String eventsTip = onFx(() -> chip(robot, "#chip-events").getTooltip().getText());
        assertThat(eventsTip).contains("1 hidden");
        String siteTip = onFx(() -> chip(robot, "#chip-site").getTooltip().getText());
        assertThat(siteTip).doesNotContain("hidden");

        // Choosing the site chip shows exactly the awards the site counter counts.
        robot.clickOn("#chip-site");
        waitUntil(() -> app.grid().getItems().size() == 5);
    }

    private static ToggleButton chip(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(ToggleButton.class);
    }

    @Test
    void theKeyFileNoticeIsOneCompleteSentence(FxRobot robot) {
        signInAndWaitForOwnShelf(robot);
        Path file = home.resolve("credentials.json");
        waitUntil(() -> app.text("#status").contains("credential"));
        String status = app.text("#status");
        String notice = "Your key is saved in a file only your account can read (" + file + "),"
                + " because this computer has no credential store BadgeShelf can use.";
        // After the load's own outcome, the notice: one sentence, naming the file once.
        assertThat(status).isEqualTo("Loaded 40 awards for " + SELF + ". " + notice);
        assertThat(status.split(java.util.regex.Pattern.quote(file.toString()), -1)).hasSize(2);
        // Shown whole: the label's rendered text is the full text, not cut off with an ellipsis.
        Label label = robot.lookup("#status").queryAs(Label.class);
        waitUntil(() -> label.lookup(".text") instanceof Text t && t.getText().equals(status));
    }

    @Test
    void theFirstExportProposesTheDocumentsFolder(FxRobot robot) {
        signInAndWaitForOwnShelf(robot);
        Path userHome = Path.of(System.getProperty("user.home"));
        Path expected = Files.isDirectory(userHome.resolve("Documents")) ? userHome.resolve("Documents") : userHome;
        app.exportTarget.set(home.resolve("first.csv"));
        robot.clickOn("#exportCsv");
        waitUntil(() -> app.text("#status").startsWith("Saved "));
        assertThat(app.proposedExportFolder.get()).isEqualTo(expected);
        // The next export proposes the folder used.
        robot.clickOn("#exportCsv");
        waitUntil(() -> home.equals(app.proposedExportFolder.get()));
    }

    @Test
    void theDemosCsvHasNoLoopbackImageUrls(FxRobot robot) throws IOException {
        robot.clickOn("#tryDemo");
        waitUntil(() -> "BadgeShelfDemo".equals(app.text("#profileName")) && !app.grid().getItems().isEmpty());
        Path csv = home.resolve("demo.csv");
        app.exportTarget.set(csv);
        robot.clickOn("#exportCsv");
        waitUntil(() -> app.text("#status").startsWith("Saved "));
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines).hasSize(44);
        assertThat(String.join("\n", lines)).doesNotContain("127.0.0.1").doesNotContain("localhost");
        for (String line : lines.subList(1, lines.size())) {
            assertThat(line).as("the Image URL cell is empty").endsWith(",");
        }
    }
}
