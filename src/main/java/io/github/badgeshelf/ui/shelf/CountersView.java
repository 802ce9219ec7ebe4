package io.github.badgeshelf.ui.shelf;

import io.github.badgeshelf.model.AwardCounts;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.function.ToIntFunction;

/** The eight counter cards, showing the server's numbers exactly. Each number Label has its docs/contracts.md ID. */
final class CountersView extends HBox {

    CountersView(ObservableValue<AwardCounts> counts) {
        super(10);
        getStyleClass().add("counters");
        getChildren().addAll(
                card("totalCount", "Total", "All awards, hidden ones included", AwardCounts::total, counts, "total"),
                card("masteredCount", "Mastered", "Games mastered: every achievement in hardcore", AwardCounts::mastery, counts, "mastered"),
                card("completedCount", "Completed", "Games completed: every achievement, softcore", AwardCounts::completion, counts, "completed"),
                card("beatenHardcoreCount", "Beaten", "Games beaten in hardcore", AwardCounts::beatenHardcore, counts, "beaten"),
                card("beatenSoftcoreCount", "Beaten (softcore)", "Games beaten in softcore", AwardCounts::beatenSoftcore, counts, "beaten-softcore"),
                card("eventCount", "Events", "Event awards, hidden ones included", AwardCounts::event, counts, "events"),
                card("siteCount", "Site", "Site awards (contributions, Patreon, ...), hidden ones included", AwardCounts::site, counts, "site"),
                card("hiddenCount", "Hidden", "Awards the user chose to hide from their profile", AwardCounts::hidden, counts, "hidden"));
    }

    private VBox card(String id, String caption, String help, ToIntFunction<AwardCounts> value,
                      ObservableValue<AwardCounts> counts, String style) {
        Label number = new Label();
        number.setId(id);
        number.getStyleClass().add("counter-value");
        // The Label's text is the number alone (UI automation reads it); grouping would add separators.
        number.textProperty().bind(Bindings.createStringBinding(
                () -> Integer.toString(value.applyAsInt(counts.getValue() == null ? AwardCounts.ZERO : counts.getValue())), counts));
        Label label = new Label(caption);
        label.getStyleClass().add("counter-caption");
        VBox card = new VBox(2, number, label);
        card.getStyleClass().addAll("counter-card", "counter-" + style);
        Tooltip.install(card, new Tooltip(help));
        HBox.setHgrow(card, Priority.ALWAYS);
        card.setMaxWidth(Double.MAX_VALUE);
        return card;
    }
}
