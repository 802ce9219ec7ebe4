package io.github.badgeshelf.ui.insights;

import io.github.badgeshelf.insights.ConsoleCount;
import io.github.badgeshelf.insights.Headline;
import io.github.badgeshelf.insights.ShelfInsights;
import io.github.badgeshelf.insights.Timeline;
import io.github.badgeshelf.model.Award;
import io.github.badgeshelf.model.AwardCategory;
import io.github.badgeshelf.ui.i18n.Messages;
import io.github.badgeshelf.ui.shelf.AwardText;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Side;
import javafx.scene.AccessibleRole;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.StringConverter;

import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The charts of the awards shown: headline numbers, awards per console ({@code #consoleChart}, one
 * bar per console split by kind; a click shows that console alone) and awards over time
 * ({@code #timelineChart}, bars per month or year, with the running total as a line on its own
 * scale). Every bar says its exact numbers on hover and to a screen reader.
 */
public final class InsightsView extends VBox {
    static final double CHART_HEIGHT = 230;

    private final InsightsViewModel model;
    private final BarChart<String, Number> consoleChart;
    private final BarChart<String, Number> timelineChart;
    private final LineChart<String, Number> runningTotal;
    private final Label timelineTitle = new Label();
    private final Label consolesNote = new Label();
    private final Label first = new Label();
    private final Label latest = new Label();
    private final Label bestMonth = new Label();
    private final Label mastery = new Label();
    private final Label firstDetail = new Label();
    private final Label latestDetail = new Label();
    private final Label bestMonthDetail = new Label();
    private final Label masteryDetail = new Label();

    public InsightsView(InsightsViewModel model) {
        super(10);
        this.model = model;
        setId("insights");
        getStyleClass().add("insights");

        consoleChart = new BarChart<>(new CategoryAxis(), new NumberAxis());
        consoleChart.setId("consoleChart");
        consoleChart.setAccessibleText(Messages.get("insights.consoles.accessible"));
        styleChart(consoleChart);
        consoleChart.setCategoryGap(6);

        timelineChart = new BarChart<>(new CategoryAxis(), new NumberAxis());
        timelineChart.setId("timelineChart");
        timelineChart.setAccessibleText(Messages.get("insights.timeline.accessible"));
        styleChart(timelineChart);
        timelineChart.setCategoryGap(2);
        NumberAxis totalAxis = new NumberAxis();
        totalAxis.setSide(Side.RIGHT);
        runningTotal = new LineChart<>(new CategoryAxis(), totalAxis);
        runningTotal.getStyleClass().add("insight-running-total");
        styleChart(runningTotal);
        runningTotal.setMouseTransparent(true); // the bars beneath answer the hover, with both numbers
        runningTotal.setCreateSymbols(false);
        runningTotal.getXAxis().setOpacity(0);
        runningTotal.setHorizontalGridLinesVisible(false);
        runningTotal.setVerticalGridLinesVisible(false);
        alignPlotAreas();

        visibleProperty().bind(model.showingProperty());
        managedProperty().bind(visibleProperty());
        getChildren().addAll(createHeadline(), createCharts());
        model.insightsProperty().addListener((obs, old, now) -> show(now));
        show(model.insightsProperty().get());
    }

    private static void styleChart(XYChart<String, Number> chart) {
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setMinHeight(CHART_HEIGHT);
        chart.setPrefHeight(CHART_HEIGHT);
        chart.setMaxHeight(CHART_HEIGHT);
        chart.getStyleClass().add("insight-chart");
        NumberAxis counts = (NumberAxis) chart.getYAxis();
        counts.setMinorTickVisible(false);
        counts.setForceZeroInRange(true);
        // Awards are whole: a tick between two counts ("2.5") says nothing, so it has no label.
        counts.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number value) {
                double v = value.doubleValue();
                return v == Math.rint(v) ? NumberFormat.getIntegerInstance(Messages.locale()).format(v) : "";
            }

            @Override
            public Number fromString(String text) {
                return Double.valueOf(text);
            }
        });
    }

    /** The line chart lies over the bar chart; padding makes both plot areas span the same pixels. */
    private void alignPlotAreas() {
        Region barAxis = (Region) timelineChart.getYAxis();
        Region lineAxis = (Region) runningTotal.getYAxis();
        Runnable align = () -> {
            timelineChart.setPadding(new Insets(6, 6 + lineAxis.getWidth(), 6, 6));
            runningTotal.setPadding(new Insets(6, 6, 6, 6 + barAxis.getWidth()));
        };
        barAxis.widthProperty().addListener((obs, old, now) -> align.run());
        lineAxis.widthProperty().addListener((obs, old, now) -> align.run());
        align.run();
    }

    private Node createHeadline() {
        HBox row = new HBox(10,
                card("insightFirst", "insights.first", first, firstDetail),
                card("insightLatest", "insights.latest", latest, latestDetail),
                card("insightBestMonth", "insights.bestMonth", bestMonth, bestMonthDetail),
                card("insightMastery", "insights.mastery", mastery, masteryDetail));
        row.getStyleClass().add("insight-headline");
        return row;
    }

    private static VBox card(String id, String captionKey, Label value, Label detail) {
        value.setId(id);
        value.getStyleClass().add("insight-value");
        detail.getStyleClass().add("insight-detail");
        // What the card exists to say is said whole: a narrow card wraps rather than cuts.
        value.setWrapText(true);
        detail.setWrapText(true);
        Label caption = new Label(Messages.get(captionKey));
        caption.getStyleClass().add("counter-caption");
        VBox card = new VBox(1, caption, value, detail);
        card.getStyleClass().addAll("counter-card", "insight-card");
        HBox.setHgrow(card, Priority.ALWAYS);
        card.setMaxWidth(Double.MAX_VALUE);
        card.setMinWidth(120);
        card.setFocusTraversable(false);
        card.setAccessibleRole(AccessibleRole.TEXT);
        card.accessibleTextProperty().bind(Bindings.concat(
                caption.textProperty(), ": ", value.textProperty(), ", ", detail.textProperty()));
        return card;
    }

    private Node createCharts() {
        Label consolesTitle = new Label(Messages.get("insights.consoles.title"));
        consolesTitle.getStyleClass().add("insight-title");
        consolesNote.getStyleClass().add("insight-detail");
        VBox consoles = new VBox(4, consolesTitle, consoleChart, kindLegend(), consolesNote);
        timelineTitle.getStyleClass().add("insight-title");
        StackPane overlay = new StackPane(timelineChart, runningTotal);
        VBox timeline = new VBox(4, timelineTitle, overlay, timelineLegend());
        HBox.setHgrow(consoles, Priority.ALWAYS);
        HBox.setHgrow(timeline, Priority.ALWAYS);
        consoles.setPrefWidth(400);
        timeline.setPrefWidth(400);
        HBox charts = new HBox(14, consoles, timeline);
        charts.getStyleClass().add("insight-charts");
        return charts;
    }

    private static Node kindLegend() {
        FlowPane legend = new FlowPane(10, 2);
        legend.getStyleClass().add("insight-legend");
        for (AwardCategory category : AwardCategory.values()) {
            legend.getChildren().add(legendEntry(KindSplitBar.styleClass(category), kindLabel(category)));
        }
        return legend;
    }

    private static Node timelineLegend() {
        FlowPane legend = new FlowPane(10, 2,
                legendEntry("insight-period-swatch", Messages.get("insights.timeline.awards")),
                legendEntry("insight-total-swatch", Messages.get("insights.timeline.total")));
        legend.getStyleClass().add("insight-legend");
        return legend;
    }

    private static Node legendEntry(String swatchClass, String text) {
        Region swatch = new Region();
        swatch.getStyleClass().addAll("insight-swatch", swatchClass);
        Label label = new Label(text, swatch);
        label.getStyleClass().add("insight-legend-entry");
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    /** The words of a kind of award, as the insights and the news page's filter say it. */
    public static String kindLabel(AwardCategory category) {
        return Messages.get("insights.kind." + switch (category) {
            case MASTERED -> "mastered";
            case COMPLETED -> "completed";
            case BEATEN -> "beaten";
            case BEATEN_SOFTCORE -> "beatenSoftcore";
            case EVENT -> "event";
            case SITE -> "site";
        });
    }

    // ---- data ----

    private void show(ShelfInsights insights) {
        showHeadline(insights.headline());
        showConsoles(insights);
        showTimeline(insights.timeline());
    }

    private void showHeadline(Headline headline) {
        String none = Messages.get("insights.none");
        first.setText(headline.firstAward().map(a -> AwardText.dateTime(a.awardedAt())).orElse(none));
        firstDetail.setText(headline.firstAward().map(Award::displayTitle).orElse(""));
        latest.setText(headline.latestAward().map(a -> AwardText.dateTime(a.awardedAt())).orElse(none));
        latestDetail.setText(headline.latestAward().map(Award::displayTitle).orElse(""));
        if (headline.bestMonth() == null) {
            bestMonth.setText(none);
            bestMonthDetail.setText("");
        } else {
            bestMonth.setText(DateTimeFormatter.ofPattern("LLLL yyyy", Messages.locale()).format(headline.bestMonth()));
            bestMonthDetail.setText(Messages.format("insights.awards", headline.bestMonthAwards()));
        }
        if (headline.masteryShare().isEmpty()) {
            mastery.setText(none);
            masteryDetail.setText(Messages.get("insights.mastery.noGames"));
        } else {
            mastery.setText(Messages.format("insights.mastery.value", headline.masteryShare().getAsDouble()));
            masteryDetail.setText(Messages.format("insights.mastery.detail", headline.masteredGames(), headline.gamesWithAwards()));
        }
    }

    private void showConsoles(ShelfInsights insights) {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        List<XYChart.Data<String, Number>> points = new ArrayList<>();
        for (ConsoleCount console : insights.consoles()) {
            XYChart.Data<String, Number> point = new XYChart.Data<>(console.console(), console.total());
            KindSplitBar bar = new KindSplitBar(console);
            String text = Messages.format("insights.bar.text", console.console(), console.total(), kindBreakdown(console));
            bar.setAccessibleRole(AccessibleRole.BUTTON);
            bar.setAccessibleText(text);
            Tooltip tip = new Tooltip(text);
            tip.setShowDelay(Duration.millis(150));
            Tooltip.install(bar, tip);
            bar.setOnMouseClicked(e -> model.showConsole(console.console()));
            bar.setCursor(Cursor.HAND);
            point.setNode(bar);
            points.add(point);
        }
        series.getData().setAll(points);
        ((CategoryAxis) consoleChart.getXAxis()).getCategories().setAll(
                insights.consoles().stream().map(ConsoleCount::console).toList());
        consoleChart.getData().setAll(List.of(series));
        consolesNote.setText(insights.withoutConsole() == 0 ? ""
                : Messages.format("insights.withoutConsole", insights.withoutConsole()));
    }

    private static String kindBreakdown(ConsoleCount console) {
        List<String> parts = new ArrayList<>();
        for (AwardCategory category : AwardCategory.values()) {
            if (console.count(category) > 0) {
                parts.add(Messages.format("insights.kind.count", console.count(category), kindLabel(category)));
            }
        }
        return String.join(", ", parts);
    }

    private void showTimeline(Timeline timeline) {
        boolean monthly = timeline.granularity() == Timeline.Granularity.MONTH;
        timelineTitle.setText(Messages.get(monthly ? "insights.timeline.month" : "insights.timeline.year"));
        DateTimeFormatter label = monthly ? DateTimeFormatter.ofPattern("MMM yyyy", Messages.locale())
                : DateTimeFormatter.ofPattern("yyyy", Messages.locale());
        XYChart.Series<String, Number> perPeriod = new XYChart.Series<>();
        XYChart.Series<String, Number> total = new XYChart.Series<>();
        List<String> categories = new ArrayList<>();
        for (Timeline.Period period : timeline.periods()) {
            String name = label.format(period.start());
            categories.add(name);
            XYChart.Data<String, Number> point = new XYChart.Data<>(name, period.awards());
            // The chart resets the bar node's style classes, so the colour sits on a child that fills it.
            Region fill = new Region();
            fill.getStyleClass().add("insight-period-band");
            StackPane bar = new StackPane(fill);
            String text = Messages.format("insights.point.text", name, period.awards(), period.runningTotal());
            bar.setAccessibleRole(AccessibleRole.TEXT);
            bar.setAccessibleText(text);
            Tooltip tip = new Tooltip(text);
            tip.setShowDelay(Duration.millis(150));
            Tooltip.install(bar, tip);
            point.setNode(bar);
            perPeriod.getData().add(point);
            total.getData().add(new XYChart.Data<>(name, period.runningTotal()));
        }
        ((CategoryAxis) timelineChart.getXAxis()).getCategories().setAll(categories);
        ((CategoryAxis) runningTotal.getXAxis()).getCategories().setAll(categories);
        timelineChart.getData().setAll(List.of(perPeriod));
        runningTotal.getData().setAll(List.of(total));
    }

    /** The top bar's {@code #showInsights} toggle. */
    public static ToggleButton toggle(InsightsViewModel model) {
        ToggleButton toggle = new ToggleButton(Messages.get("insights.show"),
                new org.kordamp.ikonli.javafx.FontIcon(org.kordamp.ikonli.material2.Material2AL.INSERT_CHART));
        toggle.setId("showInsights");
        toggle.setTooltip(new Tooltip(Messages.get("insights.show.tooltip")));
        toggle.setAccessibleText(Messages.get("insights.show.accessible"));
        toggle.setMinWidth(Region.USE_PREF_SIZE);
        toggle.selectedProperty().bindBidirectional(model.showingProperty());
        return toggle;
    }

    public BarChart<String, Number> consoleChart() {
        return consoleChart;
    }

    public BarChart<String, Number> timelineChart() {
        return timelineChart;
    }

    public LineChart<String, Number> runningTotalChart() {
        return runningTotal;
    }
}
