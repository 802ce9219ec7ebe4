package io.github.badgeshelf.ui.shelf;

import io.github.badgeshelf.model.Award;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.GridView;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

import java.util.List;
import java.util.function.Consumer;

/**
 * The shelf: profile header, counters, filters and the grid of badge tiles. The grid only
 * creates cells for the rows on screen, so thousands of awards cost no more than a screenful.
 */
public final class ShelfView extends VBox {
    static final double CELL_SIZE = 80;
    static final double GAP = 10;

    private final GridView<Award> grid;
    private final FilterBar filterBar;
    private final ObjectProperty<Award> selection = new SimpleObjectProperty<>();

    public ShelfView(ShelfViewModel shelfModel, ShelfFilterModel filterModel, BadgeIcons icons,
                     Consumer<Award> openGamePage, TileActions actions) {
        getStyleClass().add("shelf-view");
        ProfileHeader header = new ProfileHeader(shelfModel.shelfProperty(), icons);
        CountersView counters = new CountersView(shelfModel.countsProperty());
        filterBar = new FilterBar(filterModel);
        grid = createGrid(filterModel, icons, openGamePage, actions);
        getChildren().addAll(createOfflineBanner(shelfModel), header, counters, filterBar, grid);
        VBox.setVgrow(grid, Priority.ALWAYS);

        shelfModel.shelfProperty().addListener((obs, old, now) -> {
            selection.set(null);
            if (now == null) {
                filterModel.setAwards(List.of());
            } else {
                filterModel.setShelf(now.awards().visibleAwards(), now.awards().counts());
            }
        });
    }

    private Node createOfflineBanner(ShelfViewModel shelfModel) {
        Label text = new Label();
        text.setId("offlineBanner");
        Hyperlink retry = new Hyperlink("Try again");
        retry.setOnAction(e -> shelfModel.retry());
        HBox banner = new HBox(8,
                new FontIcon(Material2AL.CLOUD_OFF), text, retry);
        banner.getStyleClass().add("offline-banner");
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.visibleProperty().bind(shelfModel.offlineSinceProperty().isNotNull());
        banner.managedProperty().bind(banner.visibleProperty());
        shelfModel.offlineSinceProperty().addListener((obs, old, since) -> text.setText(since == null ? ""
                : "Offline, as of " + AwardText.dateTime(since) + ". The server could not be reached; these are the counters and badges fetched then."));
        return banner;
    }

    private GridView<Award> createGrid(ShelfFilterModel filterModel, BadgeIcons icons,
                                       Consumer<Award> openGamePage, TileActions actions) {
        GridView<Award> view = new GridView<>(filterModel.getShown());
        view.setId("badgeGrid");
        view.getStyleClass().add("badge-grid");
        view.setCellWidth(CELL_SIZE);
        view.setCellHeight(CELL_SIZE);
        view.setHorizontalCellSpacing(GAP / 2);
        view.setVerticalCellSpacing(GAP / 2);
        view.setCellFactory(g -> new BadgeTileCell(icons, selection, openGamePage, actions));
        view.setFocusTraversable(true);
        view.addEventFilter(KeyEvent.KEY_PRESSED, e -> onGridKey(e, openGamePage));
        return view;
    }

    /** Arrow keys walk the tiles; Enter opens the selected game's page. */
    private void onGridKey(KeyEvent e, Consumer<Award> openGamePage) {
        var items = grid.getItems();
        if (items.isEmpty()) {
            return;
        }
        int columns = columns();
        int index = selection.get() == null ? -1 : items.indexOf(selection.get());
        int next = switch (e.getCode()) {
            case RIGHT -> index + 1;
            case LEFT -> index - 1;
            case DOWN -> index < 0 ? 0 : index + columns;
            case UP -> index - columns;
            case HOME -> 0;
            case END -> items.size() - 1;
            case ENTER -> {
                if (selection.get() != null) {
                    openGamePage.accept(selection.get());
                }
                yield Integer.MIN_VALUE;
            }
            default -> Integer.MIN_VALUE;
        };
        if (next == Integer.MIN_VALUE) {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
            }
            return;
        }
        e.consume();
        next = Math.max(0, Math.min(items.size() - 1, next));
        selection.set(items.get(next));
        scrollToRow(next / columns);
    }

    /** Tiles per row, as GridView lays them out (public for the UI tests that move by rows). */
    public int columns() {
        double width = grid.getWidth() - grid.snappedLeftInset() - grid.snappedRightInset() - 16;
        double cell = grid.getCellWidth() + 2 * grid.getHorizontalCellSpacing();
        return Math.max(1, (int) Math.floor(width / cell));
    }

    private void scrollToRow(int row) {
        if (grid.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
            IndexedCell<?> first = flow.getFirstVisibleCell();
            IndexedCell<?> last = flow.getLastVisibleCell();
            if (first == null || last == null || row <= first.getIndex() || row >= last.getIndex()) {
                flow.scrollTo(row);
            }
        }
    }

    public ObjectProperty<Award> selectionProperty() {
        return selection;
    }

    public GridView<Award> grid() {
        return grid;
    }

    public void focusFilter() {
        filterBar.focusFilter();
    }
}
