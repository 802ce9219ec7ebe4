package io.github.badgeshelf.ui.compare;

import io.github.badgeshelf.compare.Presence;
import io.github.badgeshelf.ui.i18n.Messages;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The comparison's group switch: both, only the left user, only the right user (each with its
 * count) or all three side by side; one is always chosen, and Left/Right walk them as on a tab bar.
 */
final class CompareGroupSwitch extends HBox {
    private final CompareViewModel model;
    private final ToggleGroup groups = new ToggleGroup();
    private final Map<CompareLayout, ToggleButton> toggles = new EnumMap<>(CompareLayout.class);

    CompareGroupSwitch(CompareViewModel model) {
        super(6);
        this.model = model;
        getChildren().addAll(
                groupToggle(CompareLayout.BOTH, "compareShowBoth", "compareBothCount", Presence.BOTH,
                        Bindings.createStringBinding(() -> Messages.get("compare.group.both"))),
                groupToggle(CompareLayout.ONLY_LEFT, "compareShowOnlyLeft", "compareOnlyLeftCount", Presence.ONLY_LEFT,
                        onlyLabel(model.leftNameProperty())),
                groupToggle(CompareLayout.ONLY_RIGHT, "compareShowOnlyRight", "compareOnlyRightCount", Presence.ONLY_RIGHT,
                        onlyLabel(model.rightNameProperty())),
                groupToggle(CompareLayout.SIDE_BY_SIDE, "compareSideBySide", null, null,
                        Bindings.createStringBinding(() -> Messages.get("compare.group.sideBySide"))));
        getStyleClass().add("compare-groups");
        setAlignment(Pos.CENTER_LEFT);
        select(model.layoutProperty().get());
        groups.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // one group is always chosen
            } else {
                model.layoutProperty().set((CompareLayout) now.getUserData());
            }
        });
        model.layoutProperty().addListener((obs, old, now) -> select(now));
    }

    private static StringBinding onlyLabel(ObservableStringValue name) {
        return Bindings.createStringBinding(() -> Messages.format("compare.group.only", name.get()), name);
    }

    private ToggleButton groupToggle(CompareLayout layout, String id, String countId, Presence presence,
                                     StringBinding caption) {
        Label name = new Label();
        name.textProperty().bind(caption);
        HBox graphic = new HBox(6, name);
        graphic.setAlignment(Pos.CENTER_LEFT);
        ToggleButton toggle = new ToggleButton(null, graphic);
        if (presence != null) {
            Label count = new Label();
            count.setId(countId);
            count.getStyleClass().add("compare-count");
            count.textProperty().bind(Bindings.createStringBinding(
                    () -> Messages.number(model.countProperty(presence).get()), model.countProperty(presence)));
            graphic.getChildren().add(count);
            toggle.accessibleTextProperty().bind(Bindings.createStringBinding(
                    () -> Messages.format("compare.group.accessible", name.getText(), model.countProperty(presence).get()),
                    name.textProperty(), model.countProperty(presence)));
        } else {
            toggle.accessibleTextProperty().bind(name.textProperty());
        }
        toggle.setId(id);
        toggle.getStyleClass().add("chip");
        toggle.setUserData(layout);
        toggle.setToggleGroup(groups);
        toggle.addEventFilter(KeyEvent.KEY_PRESSED, e -> stepGroup(e, layout));
        toggles.put(layout, toggle);
        return toggle;
    }

    /** Left and right arrows move between the groups; Alt+arrows stay the window's back and forward. */
    private void stepGroup(KeyEvent e, CompareLayout from) {
        int step = e.getCode() == KeyCode.RIGHT ? 1 : e.getCode() == KeyCode.LEFT ? -1 : 0;
        if (step == 0 || e.isAltDown() || e.isShortcutDown() || e.isShiftDown()) {
            return;
        }
        e.consume();
        CompareLayout[] all = CompareLayout.values();
        CompareLayout next = all[Math.floorMod(from.ordinal() + step, all.length)];
        model.layoutProperty().set(next);
        toggles.get(next).requestFocus();
    }

    private void select(CompareLayout layout) {
        ToggleButton toggle = toggles.get(layout);
        if (toggle != null && !toggle.isSelected()) {
            toggle.setSelected(true);
        }
    }

    /** Puts the keyboard on the chosen group. */
    void focusChosen() {
        Toggle selected = groups.getSelectedToggle();
        if (selected instanceof ToggleButton button) {
            button.requestFocus();
        }
    }

    List<ToggleButton> toggles() {
        return List.copyOf(toggles.values());
    }
}
