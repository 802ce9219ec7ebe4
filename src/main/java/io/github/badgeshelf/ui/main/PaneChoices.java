package io.github.badgeshelf.ui.main;

import io.github.badgeshelf.settings.Settings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/** Whether the person wants the people column and the details pane beside the page; read from and kept in the settings. */
final class PaneChoices {
    private final BooleanProperty people;
    private final BooleanProperty details;

    PaneChoices(Settings settings, Consumer<UnaryOperator<Settings>> update) {
        people = remembered(settings, update, Settings.PANE_PEOPLE);
        details = remembered(settings, update, Settings.PANE_DETAILS);
    }

    private static BooleanProperty remembered(Settings settings, Consumer<UnaryOperator<Settings>> update, String pane) {
        BooleanProperty shown = new SimpleBooleanProperty(settings.paneShown(pane));
        shown.addListener((obs, old, now) -> update.accept(s -> s.withPaneShown(pane, now)));
        return shown;
    }

    BooleanProperty people() {
        return people;
    }

    BooleanProperty details() {
        return details;
    }
}
