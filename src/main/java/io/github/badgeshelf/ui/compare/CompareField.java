package io.github.badgeshelf.ui.compare;

import io.github.badgeshelf.model.FollowedUser;
import io.github.badgeshelf.ui.common.PopupTheme;
import io.github.badgeshelf.ui.common.TypedEnter;
import io.github.badgeshelf.ui.i18n.Messages;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import org.controlsfx.control.textfield.CustomTextField;
import org.controlsfx.control.textfield.TextFields;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * #compareWith: a name and Enter compares the shown shelf with that user's. Suggests the people
 * followed, then recent searches, as the name is typed.
 */
final class CompareField extends CustomTextField {
    /** A name put in the field by the window (not typed): no suggestions are offered for it. */
    private volatile String shownName;
    /** Held so the weak listeners live as long as the field (the lists outlive it: the window is rebuilt in another language). */
    private final InvalidationListener snapshotKeeper;

    /** The people followed, then the recent searches, as of the last change (read off the FX thread). */
    private volatile List<List<String>> sources = List.of(List.of(), List.of());

    CompareField(ObservableList<FollowedUser> followed, ObservableList<String> recent, Consumer<String> compare) {
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
        textProperty().addListener((obs, old, now) -> {
            if (!Objects.equals(now, shownName)) {
                shownName = null; // typed by the person: suggestions again
            }
        });
        InvalidationListener snapshot = obs -> sources = List.of(
                followed.stream().map(FollowedUser::user).filter(Objects::nonNull).toList(), List.copyOf(recent));
        followed.addListener(new WeakInvalidationListener(snapshot));
        recent.addListener(new WeakInvalidationListener(snapshot));
        snapshotKeeper = snapshot;
        snapshot.invalidated(null);
        // Called off the FX thread: it reads the copies above, never the observable lists themselves.
        var completion = TextFields.bindAutoCompletion(this, request -> request.getUserText().equals(shownName)
                ? List.of() : CompareSuggestions.of(request.getUserText(), sources.get(0), sources.get(1)));
        completion.setOnAutoCompleted(e -> compare.accept(e.getCompletion()));
        PopupTheme.follow(completion.getAutoCompletionPopup(), this);
        TypedEnter.install(this, completion.getAutoCompletionPopup(), go);
    }

    /**
     * Shows whom the comparison on the page is with ("" once the page is left), so the field never
     * names a comparison that is no longer shown; what the person typed in another case stays.
     */
    void showName(String name) {
        String text = name == null ? "" : name.trim();
        String now = getText() == null ? "" : getText().trim();
        if (!text.equalsIgnoreCase(now)) {
            shownName = text;
            setText(text);
        }
    }
}
