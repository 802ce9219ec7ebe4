package io.github.badgeshelf.ui.shelf;

import io.github.badgeshelf.lastlooked.NewAwards;
import io.github.badgeshelf.ui.i18n.Messages;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

import java.util.concurrent.Callable;

/**
 * The "New 3 since Dec 5, 2026, 9:45 PM" chip beside the kind chips: how many awards of the shelf
 * are new since the viewer last looked at it ({@code #newSinceCount}, the number alone), since when,
 * and, pressed, those awards alone. Hidden while there are none.
 */
final class NewAwardsChip extends ToggleButton {

    NewAwardsChip(ShelfFilterModel model) {
        setId("chip-new");
        getStyleClass().addAll("chip", "chip-new-award");
        var marks = model.newAwardsProperty();

        Region dot = new Region();
        dot.getStyleClass().add("new-award-dot");
        Label caption = new Label(Messages.get("filter.new"));
        Label count = new Label();
        count.setId("newSinceCount");
        count.getStyleClass().add("new-since-count");
        count.textProperty().bind(Bindings.createStringBinding(() -> Messages.number(marks.get().count()), marks));
        Label since = new Label();
        since.getStyleClass().add("new-since-date");
        since.textProperty().bind(words(marks, () -> marks.get().previousLook()
                .map(at -> Messages.format("filter.new.since", AwardText.dateTime(at))).orElse("")));
        HBox content = new HBox(5, dot, caption, count, since);
        content.setAlignment(Pos.CENTER_LEFT);
        setGraphic(content);

        Tooltip help = new Tooltip();
        help.textProperty().bind(words(marks, () -> marks.get().previousLook()
                .map(at -> Messages.format("filter.new.help", AwardText.dateTime(at))).orElse("")));
        setTooltip(help);
        // The labels inside are read as one sentence: "3 new awards since ...".
        accessibleTextProperty().bind(words(marks, () -> marks.get().previousLook()
                .map(at -> Messages.format("filter.new.spoken", marks.get().count(), AwardText.dateTime(at))).orElse("")));

        visibleProperty().bind(Bindings.createBooleanBinding(() -> marks.get().count() > 0, marks));
        managedProperty().bind(visibleProperty());
        selectedProperty().bindBidirectional(model.newOnlyProperty());
    }

    private static StringBinding words(ObservableValue<NewAwards> marks,
                                       Callable<String> text) {
        return Bindings.createStringBinding(text, marks);
    }
}
