package io.github.badgeshelf.ui.compare;

import io.github.badgeshelf.compare.ComparedGame;
import io.github.badgeshelf.compare.Presence;
import io.github.badgeshelf.ui.common.StatusMessage;
import io.github.badgeshelf.ui.i18n.Messages;
import io.github.badgeshelf.ui.shelf.BadgeIcons;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.GridView;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The comparison page (#comparePage): who is compared with whom, the three groups with their
 * counts (one at a time or side by side), the shelf's text and console filters, the games as
 * tiles with both sides' awards, export, and the way back (#closeCompare or Escape).
 */
public final class CompareView extends VBox {
    static final String STYLESHEET = Objects.requireNonNull(
            CompareView.class.getResource("/io/github/badgeshelf/ui/compare/compare.css")).toExternalForm();
    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");
    private static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");

    private final CompareViewModel model;
    private final ToggleGroup groups = new ToggleGroup();
    private final Map<CompareLayout, ToggleButton> toggles = new EnumMap<>(CompareLayout.class);
    private final Map<Presence, GridView<ComparedGame>> grids = new EnumMap<>(Presence.class);
    private final TextField filterText = new TextField();
    private Runnable onClose = () -> { };
    private Runnable onExport = () -> { };

    public CompareView(CompareViewModel model, BadgeIcons icons) {
        this.model = model;
        setId("comparePage");
        getStyleClass().add("compare-page");
        getStylesheets().add(STYLESHEET);
        setAccessibleText(Messages.get("compare.page"));
        HBox columns = createColumns(icons);
        VBox.setVgrow(columns, Priority.ALWAYS);
        getChildren().addAll(createHeader(), createMessage(), createGroupSwitch(), createFilters(), columns);
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                close();
            }
        });
    }

    private Node createHeader() {
        Button back = new Button(Messages.get("compare.close"), new FontIcon(Material2AL.ARROW_BACK));
        back.setId("closeCompare");
        back.getStyleClass().add("flat");
        back.setTooltip(new Tooltip(Messages.get("compare.close.tooltip")));
        back.setOnAction(e -> close());
        Label title = new Label();
        title.setId("compareTitle");
        title.getStyleClass().add("compare-heading");
        title.textProperty().bind(Bindings.createStringBinding(() -> model.leftNameProperty().get().isEmpty() ? ""
                : Messages.format("compare.title", model.leftNameProperty().get(), model.rightNameProperty().get()),
                model.leftNameProperty(), model.rightNameProperty()));
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(18, 18);
        spinner.visibleProperty().bind(model.busyProperty());
        spinner.managedProperty().bind(spinner.visibleProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button export = new Button(Messages.get("compare.export"), new FontIcon(Material2MZ.SAVE_ALT));
        export.setId("compareExport");
        export.getStyleClass().add("accent");
        export.setTooltip(new Tooltip(Messages.get("compare.export.tooltip")));
        export.disableProperty().bind(model.comparisonProperty().isNull().or(model.exportingProperty()));
        export.setOnAction(e -> onExport.run());
        HBox header = new HBox(10, back, title, spinner, spacer, export);
        header.setAlignment(Pos.CENTER_LEFT);
        return header;
    }

    private Node createMessage() {
        Label text = new Label();
        text.setId("compareMessage");
        text.getStyleClass().add("compare-message");
        text.setWrapText(true);
        Hyperlink retry = new Hyperlink(Messages.get("compare.retry"));
        retry.setId("compareRetry");
        retry.visibleProperty().bind(model.canRetryProperty());
        retry.managedProperty().bind(retry.visibleProperty());
        retry.setOnAction(e -> model.retry());
        model.messageProperty().addListener((obs, old, m) -> showMessage(text, m));
        showMessage(text, model.messageProperty().get());
        HBox line = new HBox(8, text, retry);
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }

    private static void showMessage(Label text, StatusMessage m) {
        text.setText(m.text());
        text.pseudoClassStateChanged(ERROR, m.tone() == StatusMessage.Tone.ERROR);
        text.pseudoClassStateChanged(WARNING, m.tone() == StatusMessage.Tone.WARNING);
    }

    private Node createGroupSwitch() {
        HBox bar = new HBox(6,
                groupToggle(CompareLayout.BOTH, "compareShowBoth", "compareBothCount", Presence.BOTH,
                        Bindings.createStringBinding(() -> Messages.get("compare.group.both"))),
                groupToggle(CompareLayout.ONLY_LEFT, "compareShowOnlyLeft", "compareOnlyLeftCount", Presence.ONLY_LEFT,
                        onlyLabel(model.leftNameProperty())),
                groupToggle(CompareLayout.ONLY_RIGHT, "compareShowOnlyRight", "compareOnlyRightCount", Presence.ONLY_RIGHT,
                        onlyLabel(model.rightNameProperty())),
                groupToggle(CompareLayout.SIDE_BY_SIDE, "compareSideBySide", null, null,
                        Bindings.createStringBinding(() -> Messages.get("compare.group.sideBySide"))));
        bar.getStyleClass().add("compare-groups");
        bar.setAlignment(Pos.CENTER_LEFT);
        select(model.layoutProperty().get());
        groups.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // one group is always chosen
            } else {
                model.layoutProperty().set((CompareLayout) now.getUserData());
            }
        });
        model.layoutProperty().addListener((obs, old, now) -> select(now));
        return bar;
    }

    private static javafx.beans.binding.StringBinding onlyLabel(ObservableStringValue name) {
        return Bindings.createStringBinding(() -> Messages.format("compare.group.only", name.get()), name);
    }

    private ToggleButton groupToggle(CompareLayout layout, String id, String countId, Presence presence,
                                     javafx.beans.binding.StringBinding caption) {
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
        toggle.setOnKeyPressed(e -> stepGroup(e, layout));
        toggles.put(layout, toggle);
        return toggle;
    }

    /** Left and right arrows move between the groups, as on a tab bar. */
    private void stepGroup(KeyEvent e, CompareLayout from) {
        int step = e.getCode() == KeyCode.RIGHT ? 1 : e.getCode() == KeyCode.LEFT ? -1 : 0;
        if (step == 0) {
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

    private Node createFilters() {
        filterText.setId("compareFilterText");
        filterText.setPromptText(Messages.get("compare.filter.prompt"));
        filterText.setAccessibleText(Messages.get("compare.filter.prompt"));
        filterText.setPrefColumnCount(18);
        filterText.textProperty().bindBidirectional(model.filterTextProperty());
        filterText.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE && !filterText.getText().isEmpty()) {
                filterText.clear();
                e.consume();
            }
        });
        ComboBox<String> console = new ComboBox<>(model.consoles());
        console.setId("compareConsole");
        console.valueProperty().bindBidirectional(model.consoleProperty());
        console.setTooltip(new Tooltip(Messages.get("compare.console.tooltip")));
        console.setAccessibleText(Messages.get("compare.console.tooltip"));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label summary = new Label();
        summary.setId("compareSummary");
        summary.getStyleClass().add("shown-summary");
        summary.textProperty().bind(model.summaryProperty());
        HBox row = new HBox(8, filterText, console, spacer, summary);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private HBox createColumns(BadgeIcons icons) {
        HBox columns = new HBox(12);
        for (Presence p : Presence.values()) {
            GridView<ComparedGame> grid = new GridView<>(model.shown(p));
            grid.setId(switch (p) {
                case BOTH -> "compareGridBoth";
                case ONLY_LEFT -> "compareGridOnlyLeft";
                case ONLY_RIGHT -> "compareGridOnlyRight";
            });
            grid.getStyleClass().add("compare-grid");
            grid.setCellWidth(CompareTileCell.WIDTH);
            grid.setCellHeight(CompareTileCell.HEIGHT);
            grid.setHorizontalCellSpacing(4);
            grid.setVerticalCellSpacing(4);
            grid.setCellFactory(g -> new CompareTileCell(icons, model.leftNameProperty(), model.rightNameProperty()));
            grid.setFocusTraversable(true);
            Label empty = new Label(Messages.get("compare.empty"));
            empty.getStyleClass().add("compare-empty");
            empty.visibleProperty().bind(Bindings.isEmpty(model.shown(p)).and(model.comparisonProperty().isNotNull()));
            Label heading = new Label();
            heading.getStyleClass().add("compare-column-heading");
            heading.textProperty().bind(columnHeading(p));
            VBox column = new VBox(6, heading, new javafx.scene.layout.StackPane(grid, empty));
            VBox.setVgrow(column.getChildren().get(1), Priority.ALWAYS);
            HBox.setHgrow(column, Priority.ALWAYS);
            column.setMinWidth(0);
            column.setPrefWidth(0); // columns share the width equally
            // The heading only matters side by side; one group alone is named by its switch.
            heading.visibleProperty().bind(model.layoutProperty().isEqualTo(CompareLayout.SIDE_BY_SIDE));
            heading.managedProperty().bind(heading.visibleProperty());
            column.visibleProperty().bind(Bindings.createBooleanBinding(
                    () -> model.layoutProperty().get().shows(p), model.layoutProperty()));
            column.managedProperty().bind(column.visibleProperty());
            grids.put(p, grid);
            columns.getChildren().add(column);
        }
        return columns;
    }

    private javafx.beans.binding.StringBinding columnHeading(Presence p) {
        return Bindings.createStringBinding(() -> switch (p) {
            case BOTH -> Messages.get("compare.group.both");
            case ONLY_LEFT -> Messages.format("compare.group.only", model.leftNameProperty().get());
            case ONLY_RIGHT -> Messages.format("compare.group.only", model.rightNameProperty().get());
        } + " · " + model.countProperty(p).get(), model.leftNameProperty(), model.rightNameProperty(), model.countProperty(p));
    }

    /** Puts the keyboard on the group switch, so arrows switch groups and Escape goes back. */
    public void focusGroups() {
        Toggle selected = groups.getSelectedToggle();
        if (selected instanceof ToggleButton button) {
            button.requestFocus();
        }
    }

    public void focusFilter() {
        filterText.requestFocus();
    }

    private void close() {
        model.cancel();
        onClose.run();
    }

    public void setOnClose(Runnable onClose) {
        this.onClose = onClose == null ? () -> { } : onClose;
    }

    public void setOnExport(Runnable onExport) {
        this.onExport = onExport == null ? () -> { } : onExport;
    }

    /** The grid of one group (for tests and the benchmark). */
    public GridView<ComparedGame> grid(Presence presence) {
        return grids.get(presence);
    }

    List<ToggleButton> toggles() {
        return List.copyOf(toggles.values());
    }
}
