package io.github.badgeshelf.ui.shelf;

import io.github.badgeshelf.model.AwardCounts;
import io.github.badgeshelf.ui.i18n.Messages;
import javafx.beans.binding.Bindings;
import javafx.scene.AccessibleRole;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.geometry.HPos;
import javafx.geometry.Orientation;
import javafx.geometry.VPos;
import javafx.scene.Node;
import java.util.List;
import javafx.scene.layout.VBox;

import java.util.function.IntSupplier;
import java.util.function.ToIntFunction;

/**
 * The eight counter cards, showing the server's numbers exactly. Each number Label has its
 * docs/contracts.md ID. One row where every card's words fit; else two rows of four, so that a
 * narrow window or a long language never cuts a caption ("Superados (softcore)" at 1,024 px).
 */
final class CountersView extends Region {
    private static final double GAP = 10;

    CountersView(ObservableValue<AwardCounts> counts) {
        getStyleClass().add("counters");
        getChildren().addAll(
                card("totalCount", "total", AwardCounts::total, counts, "total"),
                card("masteredCount", "mastered", AwardCounts::mastery, counts, "mastered"),
                card("completedCount", "completed", AwardCounts::completion, counts, "completed"),
                card("beatenHardcoreCount", "beatenHardcore", AwardCounts::beatenHardcore, counts, "beaten"),
                card("beatenSoftcoreCount", "beatenSoftcore", AwardCounts::beatenSoftcore, counts, "beaten-softcore"),
                card("eventCount", "events", AwardCounts::event, counts, "events"),
                card("siteCount", "site", AwardCounts::site, counts, "site"),
                card("hiddenCount", "hidden", AwardCounts::hidden, counts, "hidden"));
    }

    /**
     * One card; its words come from {@code counters.<name>} (caption), {@code counters.<name>.help}
     * (tooltip) and {@code counters.<name>.spoken} (what a screen reader says, e.g. "1,613 total awards").
     */
    private VBox card(String id, String name, ToIntFunction<AwardCounts> value,
                      ObservableValue<AwardCounts> counts, String style) {
        Label number = new Label();
        number.setId(id);
        number.getStyleClass().add("counter-value");
        // The Label's text is the number alone, written as the window's language writes numbers
        // ("6,000" in English, "6.000" in Portuguese), as the status line and the chips write them.
        IntSupplier current = () -> value.applyAsInt(counts.getValue() == null ? AwardCounts.ZERO : counts.getValue());
        number.textProperty().bind(Bindings.createStringBinding(() -> Messages.number(current.getAsInt()), counts));
        Label label = new Label(Messages.get("counters." + name));
        label.getStyleClass().add("counter-caption");
        VBox card = new VBox(2, number, label);
        card.getStyleClass().addAll("counter-card", "counter-" + style);
        Tooltip.install(card, new Tooltip(Messages.get("counters." + name + ".help")));
        // A screen reader reads the card as one sentence rather than a bare number and a caption.
        card.setAccessibleRole(AccessibleRole.TEXT);
        card.accessibleTextProperty().bind(Bindings.createStringBinding(
                () -> Messages.format("counters." + name + ".spoken", current.getAsInt()), counts));
        card.setMaxWidth(Double.MAX_VALUE);
        return card;
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    private double widestCard() {
        return getManagedChildren().stream().mapToDouble(n -> n.prefWidth(-1)).max().orElse(0);
    }

    private double cardsWidth() {
        return getManagedChildren().stream().mapToDouble(n -> n.prefWidth(-1)).sum();
    }

    /** Cards a row at this width: all of them when every card's words fit, else half of them. */
    private int perRow(double width) {
        int n = getManagedChildren().size();
        double inner = width - snappedLeftInset() - snappedRightInset();
        return width < 0 || inner >= cardsWidth() + (n - 1) * GAP ? n : Math.max(1, (n + 1) / 2);
    }

    private double rowHeight() {
        return getManagedChildren().stream().mapToDouble(n -> n.prefHeight(-1)).max().orElse(0);
    }

    @Override
    protected double computePrefWidth(double height) {
        int n = getManagedChildren().size();
        return snappedLeftInset() + snappedRightInset() + cardsWidth() + Math.max(0, n - 1) * GAP;
    }

    @Override
    protected double computeMinWidth(double height) {
        int half = (getManagedChildren().size() + 1) / 2;
        return snappedLeftInset() + snappedRightInset() + half * widestCard() + Math.max(0, half - 1) * GAP;
    }

    @Override
    protected double computePrefHeight(double width) {
        int n = getManagedChildren().size();
        int perRow = perRow(width);
        int rows = n == 0 ? 0 : (n + perRow - 1) / perRow;
        return snappedTopInset() + snappedBottomInset() + rows * rowHeight() + Math.max(0, rows - 1) * GAP;
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        List<Node> cards = getManagedChildren();
        int perRow = perRow(getWidth());
        double inner = getWidth() - snappedLeftInset() - snappedRightInset();
        double rowHeight = rowHeight();
        boolean oneRow = perRow >= cards.size();
        // One row: each card its own width plus an equal share of the room left; two rows: equal cards.
        double share = oneRow ? (inner - cardsWidth() - (cards.size() - 1) * GAP) / Math.max(1, cards.size()) : 0;
        double equal = (inner - (perRow - 1) * GAP) / perRow;
        double x = snappedLeftInset();
        for (int i = 0; i < cards.size(); i++) {
            int row = i / perRow;
            if (i % perRow == 0) {
                x = snappedLeftInset();
            }
            double w = oneRow ? cards.get(i).prefWidth(-1) + share : equal;
            layoutInArea(cards.get(i), x, snappedTopInset() + row * (rowHeight + GAP), w, rowHeight, 0, HPos.LEFT, VPos.TOP);
            x += w + GAP;
        }
    }
}
