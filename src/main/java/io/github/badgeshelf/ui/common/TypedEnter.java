package io.github.badgeshelf.ui.common;

import javafx.application.Platform;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.PopupWindow;
import javafx.stage.WindowEvent;

/**
 * For a field with suggestions: the suggestions arrive a moment after each key, so a list made
 * for an earlier prefix can still be showing when Enter is pressed, and its first entry would
 * replace the typed name. Enter picks a suggestion only after the arrow keys went to one;
 * otherwise it acts on the text in the field.
 *
 * <p>Once Enter has started the search, the list stays closed until the person types again: a
 * list computed for the last keys before Enter arrives after it, and would otherwise open over
 * the shelf the search brings.
 */
public final class TypedEnter {
    private TypedEnter() {
    }

    public static void install(TextField field, PopupWindow suggestions, Runnable onEnter) {
        boolean[] pickedWithArrows = {false};
        boolean[] searchStarted = {false};
        field.textProperty().addListener((obs, old, now) -> pickedWithArrows[0] = false);
        suggestions.setOnShown(e -> pickedWithArrows[0] = false);
        suggestions.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> {
            if (searchStarted[0]) {
                // Not while the popup is still being shown: JavaFX fails hiding it from its own shown event.
                Platform.runLater(() -> {
                    if (searchStarted[0]) {
                        suggestions.hide();
                    }
                });
            }
        });
        suggestions.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN) {
                pickedWithArrows[0] = true;
            } else if (e.getCode() == KeyCode.ENTER && !pickedWithArrows[0]) {
                e.consume();
                searchStarted[0] = true;
                suggestions.hide();
                onEnter.run();
            }
        });
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                searchStarted[0] = true;
                suggestions.hide();
            } else if (e.getCode() == KeyCode.BACK_SPACE || e.getCode() == KeyCode.DELETE) {
                searchStarted[0] = false;
            }
        });
        field.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            String typed = e.getCharacter();
            if (!typed.isEmpty() && !Character.isISOControl(typed.charAt(0))) {
                searchStarted[0] = false;
            }
        });
    }
}
