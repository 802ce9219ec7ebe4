package io.github.badgeshelf.ui.main;

import io.github.badgeshelf.export.CsvExporter;
import io.github.badgeshelf.model.Award;
import io.github.badgeshelf.settings.SettingsStore;
import io.github.badgeshelf.ui.shelf.SortOrder;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.controlsfx.control.GridCell;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Finding things on a shelf, inspecting a badge and taking the shelf away as CSV. */
class FindAndKeepUiTest extends AppTestBase {

    @Start
    void start(Stage stage) throws IOException {
        startApp(stage);
    }

    @Override
    boolean rememberedAtStart() {
        return true;
    }

    private List<Award> shown(FxRobot robot) {
        return onFx(() -> List.copyOf(app.grid().getItems()));
    }

    @Test
    void typingAFilterNarrowsTheGridAndSaysHowMany(FxRobot robot) {
        openOwnShelf(robot);
        List<Award> all = shown(robot);
        Award target = all.stream().filter(a -> a.title() != null).findFirst().orElseThrow();
        String word = target.title().split(" ")[0].toLowerCase(Locale.ROOT);
        robot.clickOn("#filterText").write(word);
        long expected = all.stream().filter(a -> (a.displayTitle() + " " + a.consoleName()).toLowerCase(Locale.ROOT)
                .contains(word)).count();
        waitUntil(() -> app.grid().getItems().size() == expected);
        assertThat(app.text("#shownSummary")).isEqualTo("Showing " + expected + " of " + all.size());
        robot.clickOn("#resetFilters");
        waitUntil(() -> app.grid().getItems().size() == all.size());
    }

    @Test
    void choosingASortReordersTheGrid(FxRobot robot) {
        openOwnShelf(robot);
        ComboBox<?> sort = robot.lookup("#sortOrder").queryAs(ComboBox.class);
        robot.clickOn(sort);
        robot.clickOn("Newest first");
        waitUntil(() -> sort.getValue() == SortOrder.NEWEST);
        List<Award> newest = shown(robot);
        for (int i = 1; i < newest.size(); i++) {
            assertThat(newest.get(i - 1).awardedAt()).isAfterOrEqualTo(newest.get(i).awardedAt());
        }
    }

    @Test
    void selectingATileShowsItsDetails(FxRobot robot) {
        openOwnShelf(robot);
        app.typeSearch("MaxMilyin");
        waitUntil(() -> "MaxMilyin".equals(app.text("#profileName")));
        Node tile = robot.lookup(".badge-tile").match(n -> ((GridCell<?>) n).getItem() != null).query();
        robot.clickOn(tile);
        waitUntil(() -> "Mega Man".equals(app.text("#detailsTitle")));
        assertThat(app.text("#detailsAward")).isEqualTo("Beaten");
        assertThat(app.text("#detailsMode")).isEqualTo("Hardcore");
        assertThat(app.text("#detailsConsole")).isEqualTo("NES");
        assertThat(app.text("#detailsGameId")).isEqualTo("1448");
        assertThat(app.text("#detailsAwarded")).contains("2016");
    }

    @Test
    void theArrowKeysWalkTheTiles(FxRobot robot) {
        openOwnShelf(robot);
        List<Award> all = shown(robot);
        Node first = robot.lookup(".badge-tile").match(n -> ((GridCell<?>) n).getItem() == all.get(0)).query();
        robot.clickOn(first);
        waitUntil(() -> all.get(0).displayTitle().equals(app.text("#detailsTitle")));
        robot.type(KeyCode.RIGHT);
        waitUntil(() -> all.get(1).displayTitle().equals(app.text("#detailsTitle")));
        int columns = onFx(() -> app.shell().mainView().shelfView().columns());
        robot.type(KeyCode.DOWN);
        waitUntil(() -> all.get(1 + columns).displayTitle().equals(app.text("#detailsTitle")));
        robot.type(KeyCode.LEFT);
        waitUntil(() -> all.get(columns).displayTitle().equals(app.text("#detailsTitle")));
        assertThat(onFx(() -> app.shell().mainView().shelfView().selectionProperty().get())).isSameAs(all.get(columns));
    }

    @Test
    void exportSavesWhatIsShownInTheOrderShown(FxRobot robot) throws IOException {
        openOwnShelf(robot);
        robot.clickOn("#sortOrder");
        robot.clickOn("Title");
        waitUntil(() -> app.text("#shownSummary").endsWith("awards"));
        List<Award> shown = shown(robot);
        Path target = home.resolve("export.csv");
        app.exportTarget.set(target);
        robot.clickOn("#exportCsv");
        waitUntil(() -> app.text("#status").startsWith("Saved " + shown.size() + " awards to"));
        List<String> lines = Files.readAllLines(target);
        assertThat(lines.get(0)).isEqualTo(String.join(",", CsvExporter.HEADER));
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        CsvExporter.write(shown, expected);
        assertThat(Files.readAllBytes(target)).isEqualTo(expected.toByteArray());
        assertThat(new String(Files.readAllBytes(target))).doesNotContain(server.credentials().apiKey());
        assertThat(robot.lookup("#openExportFolder").query().isVisible()).isTrue();
    }

    @Test
    void ctrlEExportsAndAFailedExportLeavesTheOldFile(FxRobot robot) throws IOException {
        openOwnShelf(robot);
        Path missingFolder = home.resolve("no-such-folder").resolve("awards.csv");
        app.exportTarget.set(missingFolder);
        robot.push(KeyCode.SHORTCUT, KeyCode.E);
        waitUntil(() -> app.text("#status").startsWith("Could not save awards.csv"));
        assertThat(Files.exists(missingFolder)).isFalse();

        Path existing = home.resolve("keep.csv");
        Files.writeString(existing, "old content");
        app.exportTarget.set(existing);
        robot.push(KeyCode.SHORTCUT, KeyCode.E);
        waitUntil(() -> app.text("#status").startsWith("Saved "));
        assertThat(Files.readString(existing)).startsWith("Title,Console");
    }

    @Test
    void ctrlFFocusesTheSearchField(FxRobot robot) {
        openOwnShelf(robot);
        robot.clickOn("#filterText");
        robot.push(KeyCode.SHORTCUT, KeyCode.F);
        waitUntil(() -> robot.lookup("#search").query().isFocused());
    }

    @Test
    void theThemeAndTheWindowsPlaceAreRemembered(FxRobot robot) {
        openOwnShelf(robot);
        robot.clickOn("#themeToggle");
        waitUntil(() -> app.shell().getStyleClass().contains("light"));
        runFx(() -> {
            stage.setX(40);
            stage.setY(30);
            stage.setWidth(1100);
            stage.setHeight(700);
        });
        runFx(stage::hide);
        Path settings = home.resolve("settings.json");
        waitUntil(() -> Files.exists(settings) && readFile(settings).contains("1100"));
        var saved = new SettingsStore(settings).load().settings();
        assertThat(saved.theme()).isEqualTo("light");
        assertThat(saved.windowBounds().width()).isEqualTo(1100);
        assertThat(saved.windowBounds().x()).isEqualTo(40);
        // A new window placed from these settings lands where this one was.
        Stage[] next = new Stage[1];
        runFx(() -> {
            next[0] = new Stage();
            WindowPlacement.restore(next[0], saved.windowBounds());
        });
        assertThat(onFx(() -> next[0].getWidth())).isEqualTo(1100);
        assertThat(onFx(() -> next[0].getX())).isEqualTo(40);
    }
}
