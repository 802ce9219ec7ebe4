package io.github.badgeshelf.ui.main;

import io.github.badgeshelf.model.Award;
import io.github.badgeshelf.ui.main.Theme;
import javafx.scene.Node;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The charts of the awards shown, in the real window against the loopback server. */
class InsightsUiTest extends AppTestBase {

    @Start
    void start(Stage stage) throws IOException {
        startApp(stage);
        stage.setWidth(1400);
        stage.setHeight(950);
    }

    @Override
    boolean rememberedAtStart() {
        return true;
    }

    @SuppressWarnings("unchecked")
    private static XYChart<String, Number> chart(FxRobot robot, String id) {
        return (XYChart<String, Number>) robot.lookup(id).query();
    }

    /** Console name to the number of its awards among the shown, as the chart should say. */
    private static Map<String, Integer> perConsole(List<Award> shown) {
        return shown.stream().map(Award::consoleName).filter(Objects::nonNull)
                .collect(Collectors.toMap(c -> c, c -> 1, Integer::sum, LinkedHashMap::new));
    }

    private static Map<String, Integer> bars(XYChart<String, Number> chart) {
        Map<String, Integer> bars = new LinkedHashMap<>();
        if (!chart.getData().isEmpty()) {
            for (XYChart.Data<String, Number> point : chart.getData().get(0).getData()) {
                bars.put(point.getXValue(), point.getYValue().intValue());
            }
        }
        return bars;
    }

    /** Visible, and so are all its parents. */
    private static boolean onScreen(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private List<Award> shown(FxRobot robot) {
        return onFx(() -> List.copyOf(app.grid().getItems()));
    }

    @Test
    void theToggleShowsChartsOfTheAwardsShownAndFiltersApply(FxRobot robot) throws Exception {
        openOwnShelf(robot);
        assertThat(onFx(() -> onScreen(robot.lookup("#consoleChart").query()))).isFalse();

        robot.clickOn("#showInsights");

        XYChart<String, Number> consoles = chart(robot, "#consoleChart");
        Map<String, Integer> expected = perConsole(shown(robot));
        waitUntil(() -> bars(consoles).equals(expected));
        assertThat(onFx(() -> onScreen(robot.lookup("#consoleChart").query()))).isTrue();
        assertThat(expected).hasSizeGreaterThan(1);
        // Over time: the last running total is every dated award shown.
        XYChart<String, Number> timeline = chart(robot, "#timelineChart");
        int perPeriodSum = onFx(() -> timeline.getData().get(0).getData().stream().mapToInt(d -> d.getYValue().intValue()).sum());
        assertThat(perPeriodSum).isEqualTo((int) shown(robot).stream().filter(a -> a.awardedAt() != null).count());
        // Every bar tells its numbers to a screen reader.
        String accessible = onFx(() -> consoles.getData().get(0).getData().get(0).getNode().getAccessibleText());
        assertThat(accessible).contains(consoles.getData().get(0).getData().get(0).getXValue());

        snapshot(robot, "insights-dark.png");
        runFx(() -> Theme.LIGHT.apply(app.shell()));
        snapshot(robot, "insights-light.png");
        runFx(() -> Theme.DARK.apply(app.shell()));

        // A filter narrows the charts too: one console's name in the text filter leaves its bar alone.
        String console = expected.keySet().iterator().next();
        robot.clickOn("#filterText").write(console);
        waitUntil(() -> bars(consoles).keySet().equals(java.util.Set.of(console)));
        assertThat(bars(consoles).get(console)).isEqualTo(perConsole(shown(robot)).get(console));

        robot.clickOn("#showInsights");
        waitUntil(() -> !onScreen(robot.lookup("#consoleChart").query()));
        assertThat(onFx(() -> ((ToggleButton) robot.lookup("#showInsights").query()).isSelected())).isFalse();
    }

    @Test
    void clickingAConsolesBarShowsThatConsoleAlone(FxRobot robot) {
        openOwnShelf(robot);
        robot.clickOn("#showInsights");
        XYChart<String, Number> consoles = chart(robot, "#consoleChart");
        Map<String, Integer> expected = perConsole(shown(robot));
        waitUntil(() -> bars(consoles).equals(expected));
        XYChart.Data<String, Number> second = onFx(() -> consoles.getData().get(0).getData().get(1));

        robot.clickOn(second.getNode());

        String console = second.getXValue();
        waitUntil(() -> app.grid().getItems().size() == expected.get(console));
        assertThat(shown(robot)).allMatch(a -> console.equals(a.consoleName()));
        waitUntil(() -> bars(consoles).keySet().equals(java.util.Set.of(console)));
    }

    private void snapshot(FxRobot robot, String name) throws Exception {
        WaitForFx.settle();
        var image = onFx(() -> stage.getScene().snapshot(null));
        Path out = Path.of("target", "ui-snapshots");
        Files.createDirectories(out);
        javax.imageio.ImageIO.write(io.github.badgeshelf.testsupport.FxPixels.toBuffered(image), "png", out.resolve(name).toFile());
    }

    private static final class WaitForFx {
        static void settle() throws InterruptedException {
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
            Thread.sleep(300);
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        }
    }
}
