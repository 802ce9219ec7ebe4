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
    private static final double COMPACT_WIDTH = 68;
    private boolean compact;
    private final ShownCell shownCell = new ShownCell();

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
        setButtonCell(shownCell);
        setTooltip(new Tooltip(Messages.get("language.choose")));
        setAccessibleText(Messages.get("language.choose"));
        valueProperty().addListener((obs, old, now) -> {
            if (now != null && !now.equals(old) && !now.equals(Messages.locale())) {
                onChosen.accept(now);
            }
        });
    }

    /**
     * On a narrow top bar the closed menu shows the language's code ("PT") rather than its name;
     * the open list still names every language in its own words, and the tooltip says what it is.
     */
    public void setCompact(boolean compact) {
        if (this.compact != compact) {
            this.compact = compact;
            shownCell.show(getValue());
            // A combo box is as wide as its longest item; the code needs far less.
            setPrefWidth(compact ? COMPACT_WIDTH : USE_COMPUTED_SIZE);
        }
    }

    /** The closed menu's face: the language's name, or its code when compact. */
    private final class ShownCell extends ListCell<Locale> {
        @Override
        protected void updateItem(Locale language, boolean empty) {
            super.updateItem(language, empty);
            show(empty ? null : language);
        }

        void show(Locale language) {
            setText(language == null ? null : compact
                    ? language.getLanguage().toUpperCase(Locale.ROOT) : Messages.nativeName(language));
        }
    }
}
