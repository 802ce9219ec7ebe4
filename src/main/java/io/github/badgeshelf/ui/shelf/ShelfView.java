package io.github.badgeshelf.ui.shelf;

import io.github.badgeshelf.lastlooked.NewAwards;
import io.github.badgeshelf.model.Award;
import io.github.badgeshelf.model.AwardCounts;
import io.github.badgeshelf.model.Shelf;
import io.github.badgeshelf.ui.common.GridKeys;
import io.github.badgeshelf.ui.common.NextPulse;
import io.github.badgeshelf.ui.i18n.Messages;
import io.github.badgeshelf.ui.images.OnScreenIcons;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.WeakListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
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
    private final GridKeys<Award> keys;
    private final FilterBar filterBar;
    private final ObjectProperty<Award> selection = new SimpleObjectProperty<>();
    private final ChangeListener<Shelf> onNewShelf;
    private final ListChangeListener<Award> onShownChanged;

    public ShelfView(ShelfViewModel shelfModel, ShelfFilterModel filterModel, BadgeIcons icons,
                     Consumer<Award> openGamePage, TileActions actions) {
        getStyleClass().add("shelf-view");
        ProfileHeader header = new ProfileHeader(shelfModel.shelfProperty(), icons);
        CountersView counters = new CountersView(shelfModel.countsProperty());
        filterBar = new FilterBar(filterModel);
        grid = createGrid(filterModel, icons, openGamePage, actions);
        // Arrow keys walk the tiles; Enter opens the selected game's page.
        keys = GridKeys.install(grid, selection, openGamePage);
        getChildren().addAll(createOfflineBanner(shelfModel), header, counters, filterBar, grid);
        // The details follow what is shown: an award the filters took away is no longer selected.
        // Weakly, as below: the filter model outlives this view.
        onShownChanged = c -> {
            Award selected = selection.get();
            if (selected != null && !filterModel.getShown().contains(selected)) {
                selection.set(null);
            }
        };
        filterModel.getShown().addListener(new WeakListChangeListener<>(onShownChanged));
        VBox.setVgrow(grid, Priority.ALWAYS);
        // A row of tiles stays on screen whatever lies above the grid (the insights).
        grid.setMinHeight(CELL_SIZE + 2 * GAP);
        // The grid takes whatever height is left (it grows), so its own preferred height says
        // nothing. Left computed, this box asked for it on every layout, and VirtualFlow answers by
        // binding its measuring row to ten rows one after another and restyling their tiles: while
        // flinging that was 40 % of the FX thread's time (issue 24).
        grid.setPrefHeight(CELL_SIZE + 2 * GAP);

        // The counters (bound to the model) show in the coming pulse; the grid is filled in the one
        // after, so that a big shelf's tiles do not hold the counters back.
        NextPulse fill = new NextPulse(() -> {
            Shelf now = shelfModel.shelfProperty().get();
            selection.set(null);
            if (now == null) {
                filterModel.setShelf(List.of(), AwardCounts.ZERO, NewAwards.NONE);
            } else {
                filterModel.setShelf(now.awards().visibleAwards(), now.awards().counts(),
                        shelfModel.newAwardsProperty().get());
            }
        });
        // Weakly: the models outlive this view when the window is rebuilt (another language), and a
        // view no longer shown must neither stay in memory nor fill the grid a second time.
        onNewShelf = (obs, old, now) -> fill.requestAfterNextPulse();
        shelfModel.shelfProperty().addListener(new WeakChangeListener<>(onNewShelf));
    }

    private Node createOfflineBanner(ShelfViewModel shelfModel) {
        Label text = new Label();
        text.setId("offlineBanner");
        Hyperlink retry = new Hyperlink(Messages.get("offline.retry"));
        retry.setOnAction(e -> shelfModel.retry());
        HBox banner = new HBox(8,
                new FontIcon(Material2AL.CLOUD_OFF), text, retry);
        banner.getStyleClass().add("offline-banner");
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.visibleProperty().bind(shelfModel.offlineSinceProperty().isNotNull());
        banner.managedProperty().bind(banner.visibleProperty());
        // Bound, not set on change: a view built while offline (another language) says it at once.
        text.textProperty().bind(Bindings.createStringBinding(() -> {
            var since = shelfModel.offlineSinceProperty().get();
            return since == null ? "" : Messages.format("offline.banner", AwardText.dateTime(since));
        }, shelfModel.offlineSinceProperty()));
        return banner;
    }

    private GridView<Award> createGrid(ShelfFilterModel filterModel, BadgeIcons icons,
                                       Consumer<Award> openGamePage, TileActions actions) {
        GridView<Award> view = badgeGrid(filterModel.getShown(), filterModel.newAwardsProperty(), icons, selection,
                openGamePage, actions);
        view.setFocusTraversable(true);
        return view;
    }

    /** The grid of tiles alone (the UI tests build it too, to count what it asks the media host for). */
    static GridView<Award> badgeGrid(ObservableList<Award> awards, BadgeIcons icons,
                                     ObjectProperty<Award> selection, Consumer<Award> openGamePage, TileActions actions) {
        return badgeGrid(awards, new SimpleObjectProperty<>(NewAwards.NONE), icons, selection,
                openGamePage, actions);
    }

    /** As above, with the awards to mark new ({@code new-award}). */
    static GridView<Award> badgeGrid(ObservableList<Award> awards,
                                     ObservableValue<NewAwards> newAwards, BadgeIcons icons,
                                     ObjectProperty<Award> selection, Consumer<Award> openGamePage, TileActions actions) {
        GridView<Award> view = new GridView<>(awards);
        // One per grid: it asks for the icons of the tiles on screen (and a screen ahead), not of every tile bound.
        OnScreenIcons<Award> onScreen = new OnScreenIcons<>(view, view::getItems, Award::iconUrl, icons);
        view.setId("badgeGrid");
        view.getStyleClass().add("badge-grid");
        view.setCellWidth(CELL_SIZE);
        view.setCellHeight(CELL_SIZE);
        view.setHorizontalCellSpacing(GAP / 2);
        view.setVerticalCellSpacing(GAP / 2);
        view.setCellFactory(g -> new BadgeTileCell(onScreen, selection, openGamePage, actions, newAwards));
        // One Tab stop for the grid: its skin's scrolling flow would otherwise be a second, nameless one.
        view.skinProperty().addListener((obs, old, skin) -> {
            Node flow = view.lookup(".virtual-flow");
            if (flow != null) {
                flow.setFocusTraversable(false);
            }
        });
        // The grid is one focus stop; a screen reader names it by the tile selected with the arrow keys.
        view.accessibleTextProperty().bind(Bindings.createStringBinding(() -> selection.get() == null
                ? Messages.format("shelf.grid.spoken", awards.size())
                : AwardText.spoken(selection.get()), selection, awards));
        return view;
    }

    /** Tiles per row, as GridView lays them out (public for the UI tests that move by rows). */
    public int columns() {
        return keys.columns();
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
