package io.github.badgeshelf.ui.compare;

import io.github.badgeshelf.ui.common.PopupTheme;
import io.github.badgeshelf.ui.common.TypedEnter;
import io.github.badgeshelf.ui.i18n.Messages;
import javafx.collections.ObservableList;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import org.controlsfx.control.textfield.CustomTextField;
import org.controlsfx.control.textfield.TextFields;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * #compareWith: a name and Enter compares the shown shelf with that user's. Suggests the people
 * followed, then recent searches, as the name is typed.
 */
final class CompareField extends CustomTextField {

    CompareField(Supplier<List<String>> followed, ObservableList<String> recent, Consumer<String> compare) {
        setId("compareWith");
        getStyleClass().add("compare-with");
        getStylesheets().add(CompareView.STYLESHEET);
        setPromptText(Messages.get("compare.with.prompt"));
        setAccessibleText(Messages.get("compare.with.accessible"));
        setTooltip(new Tooltip(Messages.get("compare.with.tooltip")));
        setLeft(new FontIcon(Material2AL.COMPARE_ARROWS));
        setPrefColumnCount(14);
        setMinWidth(120);
        Runnable go = () -> {
            String name = getText() == null ? "" : getText().trim();
            if (!name.isEmpty()) {
                compare.accept(name);
            }
        };
        setOnAction(e -> go.run());
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE && !getText().isEmpty()) {
                clear();
                e.consume();
            }
        });
        var completion = TextFields.bindAutoCompletion(this, request -> CompareSuggestions.of(
                request.getUserText(), followed.get(), recent));
        completion.setOnAutoCompleted(e -> compare.accept(e.getCompletion()));
        PopupTheme.follow(completion.getAutoCompletionPopup(), this);
        TypedEnter.install(this, completion.getAutoCompletionPopup(), go);
    }
}
