package io.github.badgeshelf.ui.common;

import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.PopupWindow;

/**
 * For a field with suggestions: the suggestions arrive a moment after each key, so a list made
 * for an earlier prefix can still be showing when Enter is pressed, and its first entry would
 * replace the typed name. Enter picks a suggestion only after the arrow keys went to one;
 * otherwise it acts on the text in the field.
 */
public final class TypedEnter {
    private TypedEnter() {
    }

    public static void install(TextField field, PopupWindow suggestions, Runnable onEnter) {
        boolean[] pickedWithArrows = {false};
        field.textProperty().addListener((obs, old, now) -> pickedWithArrows[0] = false);
        suggestions.setOnShown(e -> pickedWithArrows[0] = false);
        suggestions.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN) {
                pickedWithArrows[0] = true;
            } else if (e.getCode() == KeyCode.ENTER && !pickedWithArrows[0]) {
                e.consume();
                suggestions.hide();
                onEnter.run();
            }
        });
    }
}
