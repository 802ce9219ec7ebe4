package io.github.badgeshelf.ui.shelf;

import io.github.badgeshelf.ui.i18n.Messages;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.SetChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/** Text filter and kind chips with their counts; below them console, mode, sort and "Showing N of M". */
final class FilterBar extends VBox {
    private final ShelfFilterModel model;
    private final TextField filterText = new TextField();

    FilterBar(ShelfFilterModel model) {
        super(8);
        this.model = model;
        getStyleClass().add("filter-bar");
        HBox first = new HBox(10, createTextFilter(), createChips());
        first.setAlignment(Pos.CENTER_LEFT);
        // On a narrow window the choices and the summary wrap to a second line rather than leave it.
        FlowPane second = new FlowPane(8, 6, createConsoleChoice(), createModeChoice(), createSortChoice(),
                createSummary(), createReset());
        second.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(first, second);
    }

    private Node createTextFilter() {
        filterText.setId("filterText");
        filterText.setPromptText(Messages.get("filter.text.prompt"));
        filterText.setAccessibleText(Messages.get("filter.text.prompt"));
        filterText.setPrefColumnCount(18);
        filterText.setMinWidth(140);
        filterText.textProperty().bindBidirectional(model.filterTextProperty());
        filterText.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE && !filterText.getText().isEmpty()) {
                filterText.clear();
                e.consume();
            }
        });
        return filterText;
    }

    private Node createChips() {
        FlowPane chips = new FlowPane(6, 6);
        chips.getStyleClass().add("kind-chips");
        chips.getChildren().add(new NewAwardsChip(model));
        for (KindFilter kind : KindFilter.values()) {
            ToggleButton chip = new ToggleButton();
            chip.setId("chip-" + kind.name().toLowerCase().replace('_', '-'));
            chip.getStyleClass().addAll("chip", "chip-" + kind.name().toLowerCase().replace('_', '-'));
            var count = model.countProperty(kind);
            chip.textProperty().bind(Bindings.createStringBinding(
                    () -> kind.label() + " " + Messages.number(count.get()), count));
            chip.setSelected(model.getKinds().contains(kind));
            chip.selectedProperty().addListener((obs, old, on) -> model.toggle(kind, on));
            model.getKinds().addListener((SetChangeListener<KindFilter>) c ->
                    chip.setSelected(model.getKinds().contains(kind)));
            chip.setTooltip(chipTooltip(kind));
            chips.getChildren().add(chip);
        }
        HBox.setHgrow(chips, Priority.SOMETIMES);
        return chips;
    }

    /** What the chip does, and, when the counter above counts hidden awards the chip cannot show, that. */
    private Tooltip chipTooltip(KindFilter kind) {
        String does = Messages.format("filter.chip.help", kind.label());
        Tooltip tip = new Tooltip();
        var hidden = model.notListedProperty(kind);
        tip.textProperty().bind(Bindings.createStringBinding(() -> hidden.get() == 0 ? does
                : does + ". " + Messages.format("filter.chipHiddenDiffers",
                        model.countProperty(kind).get() + hidden.get(), hidden.get()),
                hidden, model.countProperty(kind)));
        return tip;
    }

    private Node createConsoleChoice() {
        ComboBox<String> consoles = new ComboBox<>(model.getConsoles());
        consoles.setId("consoleFilter");
        consoles.valueProperty().bindBidirectional(model.consoleProperty());
        consoles.setTooltip(new Tooltip(Messages.get("filter.console.help")));
        consoles.setAccessibleText(Messages.get("filter.console.help"));
        // The "no filter" entry is a marker value; it reads as "All consoles" in the window's language.
        consoles.setConverter(new StringConverter<>() {
            @Override
            public String toString(String console) {
                return ShelfFilterModel.ALL_CONSOLES.equals(console) ? Messages.get("filter.console.all") : console;
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        consoles.setMinWidth(Region.USE_PREF_SIZE);
        return consoles;
    }

    private Node createModeChoice() {
        ComboBox<ModeFilter> mode = new ComboBox<>(FXCollections.observableArrayList(ModeFilter.values()));
        mode.setId("modeFilter");
        mode.valueProperty().bindBidirectional(model.modeProperty());
        mode.setTooltip(new Tooltip(Messages.get("filter.mode.help")));
        mode.setAccessibleText(Messages.get("filter.mode.help"));
        mode.setMinWidth(Region.USE_PREF_SIZE);
        return mode;
    }

    private Node createSortChoice() {
        ComboBox<SortOrder> sort = new ComboBox<>(FXCollections.observableArrayList(SortOrder.values()));
        sort.setId("sortOrder");
        sort.valueProperty().bindBidirectional(model.sortOrderProperty());
        sort.setTooltip(new Tooltip(Messages.get("filter.sort.help")));
        sort.setAccessibleText(Messages.get("filter.sort.help"));
        sort.setMinWidth(Region.USE_PREF_SIZE);
        sort.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(SortOrder item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : Messages.format("filter.sort.shown", item.toString()));
            }
        });
        return sort;
    }

    private Node createSummary() {
        Label summary = new Label();
        summary.setId("shownSummary");
        summary.getStyleClass().add("shown-summary");
        summary.textProperty().bind(model.summaryProperty());
        summary.setMinWidth(Region.USE_PREF_SIZE);
        return summary;
    }

    private Node createReset() {
        Button reset = new Button(Messages.get("filter.reset"), new FontIcon(Material2AL.CLOSE));
        reset.setId("resetFilters");
        reset.getStyleClass().add("flat");
        reset.setTooltip(new Tooltip(Messages.get("filter.reset.help")));
        reset.visibleProperty().bind(model.filterActiveProperty());
        reset.managedProperty().bind(reset.visibleProperty());
        reset.setOnAction(e -> model.reset());
        return reset;
    }

    void focusFilter() {
        filterText.requestFocus();
    }
}
