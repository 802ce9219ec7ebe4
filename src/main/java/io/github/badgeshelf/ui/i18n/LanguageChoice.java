package io.github.badgeshelf.ui.i18n;

import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;

import java.util.Locale;
import java.util.function.Consumer;

/**
 * The small language menu ({@code #language}) on the sign-in card and in the top bar. Each language is
 * listed by its own name, so a person who cannot read the current one still finds theirs.
 */
public final class LanguageChoice extends ComboBox<Locale> {

    public LanguageChoice(Consumer<Locale> onChosen) {
        getItems().setAll(Messages.SUPPORTED);
        setValue(Messages.locale());
        setId("language");
        getStyleClass().add("language-choice");
        // The language's own name, never cut short: it is how a person finds theirs.
        setMinWidth(USE_PREF_SIZE);
        setConverter(new StringConverter<>() {
            @Override
            public String toString(Locale language) {
                return language == null ? "" : Messages.nativeName(language);
            }

            @Override
            public Locale fromString(String text) {
                return null;
            }
        });
        setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Locale language, boolean empty) {
                super.updateItem(language, empty);
                setText(empty || language == null ? null : Messages.nativeName(language));
            }
        });
        setTooltip(new Tooltip(Messages.get("language.choose")));
        setAccessibleText(Messages.get("language.choose"));
        valueProperty().addListener((obs, old, now) -> {
            if (now != null && !now.equals(old) && !now.equals(Messages.locale())) {
                onChosen.accept(now);
            }
        });
    }
}
