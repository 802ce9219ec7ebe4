package io.github.badgeshelf.ui.compare;

import io.github.badgeshelf.compare.ComparedGame;
import io.github.badgeshelf.compare.Presence;
import io.github.badgeshelf.ui.common.GridKeys;
import io.github.badgeshelf.ui.common.StatusMessage;
import io.github.badgeshelf.ui.i18n.Messages;
import io.github.badgeshelf.ui.images.OnScreenIcons;
import io.github.badgeshelf.ui.shelf.BadgeIcons;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
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
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.GridView;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The comparison page (#comparePage): who is compared with whom, the three groups with their
 * counts (one at a time or side by side), the shelf's text and console filters, a legend of the
 * two sides' marks, the games as tiles with both sides' awards (a click selects, Enter or a double
 * click opens the game's page), and the way back (#closeCompare or Escape). Export is the top
 * bar's, which saves what this page shows while it is open.
 */
public final class CompareView extends VBox {
    static final String STYLESHEET = Objects.requireNonNull(
            CompareView.class.getResource("/io/github/badgeshelf/ui/compare/compare.css")).toExternalForm();
    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");
    private static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");

    private final CompareViewModel model;
    private final CompareGroupSwitch groups;
    private final Map<Presence, GridView<ComparedGame>> grids = new EnumMap<>(Presence.class);
    private final TextField filterText = new TextField();
    /** The game selected, in whichever group's grid. */
    private final ObjectProperty<ComparedGame> selection = new SimpleObjectProperty<>();
    private Runnable onClose = () -> { };
    private Consumer<ComparedGame> onOpenGame = game -> { };

    public CompareView(CompareViewModel model, BadgeIcons icons) {
        this.model = model;
        this.groups = new CompareGroupSwitch(model);
        setId("comparePage");
        getStyleClass().add("compare-page");
        getStylesheets().add(STYLESHEET);
        setAccessibleText(Messages.get("compare.page"));
        HBox columns = createColumns(icons);
        VBox.setVgrow(columns, Priority.ALWAYS);
        getChildren().addAll(createHeader(), createMessage(), groups, createFilters(), columns);
        model.comparisonProperty().addListener((obs, old, now) -> selection.set(null));
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
        title.setMinWidth(0);
        HBox header = new HBox(10, back, title, spinner);
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
        // Nothing to say (a comparison made is said in the status line): no empty line on the page.
        line.visibleProperty().bind(text.textProperty().isNotEmpty().or(retry.visibleProperty()));
        line.managedProperty().bind(line.visibleProperty());
        return line;
    }

    private static void showMessage(Label text, StatusMessage m) {
        text.setText(m.text());
        text.pseudoClassStateChanged(ERROR, m.tone() == StatusMessage.Tone.ERROR);
        text.pseudoClassStateChanged(WARNING, m.tone() == StatusMessage.Tone.WARNING);
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
        HBox row = new HBox(8, filterText, console, spacer, createLegend(), summary);
        row.setAlignment(Pos.CENTER_LEFT);
        summary.setMinWidth(Region.USE_PREF_SIZE);
        return row;
    }

    /** Which mark is whose: on every tile the first line is the left user's award, the second the right user's. */
    private Node createLegend() {
        HBox legend = new HBox(6, mark("compare-mark-left"), legendName(model.leftNameProperty()),
                mark("compare-mark-right"), legendName(model.rightNameProperty()));
        legend.setId("compareLegend");
        legend.getStyleClass().add("compare-legend");
        legend.setAlignment(Pos.CENTER_LEFT);
        var words = Bindings.createStringBinding(() -> Messages.format("compare.legend",
                model.leftNameProperty().get(), model.rightNameProperty().get()),
                model.leftNameProperty(), model.rightNameProperty());
        legend.setAccessibleRole(AccessibleRole.TEXT);
        legend.accessibleTextProperty().bind(words);
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(words);
        Tooltip.install(legend, tip);
        legend.visibleProperty().bind(model.leftNameProperty().isNotEmpty());
        legend.managedProperty().bind(legend.visibleProperty());
        return legend;
    }

    private static Region mark(String side) {
        Region mark = new Region();
        mark.getStyleClass().addAll("compare-mark", side);
        mark.setMinSize(10, 10);
        mark.setMaxSize(10, 10);
        return mark;
    }

    private static Label legendName(ObservableStringValue name) {
        Label label = new Label();
        label.getStyleClass().add("compare-legend-name");
        label.textProperty().bind(name);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
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
            // A column narrower than a tile (side by side in a small window) gets narrower tiles.
            grid.cellWidthProperty().bind(Bindings.createDoubleBinding(() -> tileWidth(grid), grid.widthProperty()));
            grid.setCellHeight(CompareTileCell.HEIGHT);
            grid.setHorizontalCellSpacing(4);
            grid.setVerticalCellSpacing(4);
            OnScreenIcons<ComparedGame> onScreen = new OnScreenIcons<>(grid, grid::getItems, g -> g.either().iconUrl(), icons);
            grid.setCellFactory(g -> new CompareTileCell(onScreen, model.leftNameProperty(), model.rightNameProperty(),
                    selection, this::openGame));
            grid.setFocusTraversable(true);
            // Arrow keys walk the tiles; Enter opens the selected game's page, as on the shelf.
            GridKeys.install(grid, selection, this::openGame);
            grid.accessibleTextProperty().bind(Bindings.createStringBinding(() -> {
                ComparedGame chosen = selection.get();
                return chosen != null && chosen.presence() == p
                        ? AwardWords.sentence(chosen, model.leftNameProperty().get(), model.rightNameProperty().get())
                        : columnHeading(p).get();
            }, selection, model.leftNameProperty(), model.rightNameProperty(), model.countProperty(p)));
            Label empty = new Label(Messages.get("compare.empty"));
            empty.getStyleClass().add("compare-empty");
            empty.visibleProperty().bind(Bindings.isEmpty(model.shown(p)).and(model.comparisonProperty().isNotNull()));
            Label heading = new Label();
            heading.getStyleClass().add("compare-column-heading");
            heading.textProperty().bind(columnHeading(p));
            VBox column = new VBox(6, heading, new StackPane(grid, empty));
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

    /** The tile width that fits the grid: the preferred one, or less in a narrow column (never under the minimum). */
    private static double tileWidth(GridView<ComparedGame> grid) {
        // Room for the scroll bar and the spacing on either side of a tile.
        double room = grid.getWidth() - grid.snappedLeftInset() - grid.snappedRightInset() - 16
                - 2 * grid.getHorizontalCellSpacing();
        return grid.getWidth() <= 0 ? CompareTileCell.WIDTH
                : Math.max(CompareTileCell.MIN_WIDTH, Math.min(CompareTileCell.WIDTH, room));
    }

    private void openGame(ComparedGame game) {
        if (game != null) {
            selection.set(game);
            onOpenGame.accept(game);
        }
    }

    private StringBinding columnHeading(Presence p) {
        return Bindings.createStringBinding(() -> switch (p) {
            case BOTH -> Messages.get("compare.group.both");
            case ONLY_LEFT -> Messages.format("compare.group.only", model.leftNameProperty().get());
            case ONLY_RIGHT -> Messages.format("compare.group.only", model.rightNameProperty().get());
        } + " · " + model.countProperty(p).get(), model.leftNameProperty(), model.rightNameProperty(), model.countProperty(p));
    }

    /** Puts the keyboard back on the selected game's tile (after its game page), else on the group switch. */
    public void focusSelected() {
        ComparedGame chosen = selection.get();
        GridView<ComparedGame> grid = chosen == null ? null : grids.get(chosen.presence());
        if (grid != null && grid.getItems().contains(chosen) && model.layoutProperty().get().shows(chosen.presence())) {
            grid.requestFocus();
        } else {
            focusGroups();
        }
    }

    /** Puts the keyboard on the group switch, so arrows switch groups and Escape goes back. */
    public void focusGroups() {
        groups.focusChosen();
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

    /** What Enter or a double click on a tile does with its game. */
    public void setOnOpenGame(Consumer<ComparedGame> onOpenGame) {
        this.onOpenGame = onOpenGame == null ? game -> { } : onOpenGame;
    }

    /** The game selected, in whichever group. */
    public ObjectProperty<ComparedGame> selectionProperty() {
        return selection;
    }

    /** The group shown, or all three side by side (for tests and the screenshot tool). */
    public ObjectProperty<CompareLayout> layoutProperty() {
        return model.layoutProperty();
    }

    /** The grid of one group (for tests and the benchmark). */
    public GridView<ComparedGame> grid(Presence presence) {
        return grids.get(presence);
    }

    List<ToggleButton> toggles() {
        return groups.toggles();
    }
}
