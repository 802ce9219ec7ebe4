package io.github.badgeshelf.ui.shelf;

import io.github.badgeshelf.model.AwardCounts;
import io.github.badgeshelf.ui.i18n.Messages;
import javafx.beans.binding.Bindings;
import javafx.scene.AccessibleRole;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.function.IntSupplier;
import java.util.function.ToIntFunction;

/** The eight counter cards, showing the server's numbers exactly. Each number Label has its docs/contracts.md ID. */
final class CountersView extends HBox {

    CountersView(ObservableValue<AwardCounts> counts) {
        super(10);
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
        HBox.setHgrow(card, Priority.ALWAYS);
        card.setMaxWidth(Double.MAX_VALUE);
        return card;
    }
}
