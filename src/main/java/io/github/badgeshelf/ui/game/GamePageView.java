package io.github.badgeshelf.ui.game;

import io.github.badgeshelf.game.GamePage;
import io.github.badgeshelf.model.Achievement;
import io.github.badgeshelf.model.AwardKind;
import io.github.badgeshelf.model.GameProgress;
import io.github.badgeshelf.ui.common.GridKeys;
import io.github.badgeshelf.ui.common.TaskExecutor;
import io.github.badgeshelf.ui.i18n.Messages;
import io.github.badgeshelf.ui.images.OnScreenIcons;
import io.github.badgeshelf.ui.shelf.AwardText;
import io.github.badgeshelf.ui.shelf.BadgeIcons;
import io.github.badgeshelf.ui.shelf.RoundedImage;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.GridView;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

import java.util.function.Consumer;

/**
 * The game page ({@code #gamePage}): the game's icon, title, console and the user's highest award,
 * softcore and hardcore progress, the achievements as badge tiles ({@code #achievementGrid}) with
 * a filter and a sort; the selected achievement's details ({@link #details()}) go where the window
 * shows details. {@code #closeGame} goes back.
 */
public final class GamePageView extends VBox {
    static final double CELL_SIZE = 80;
    private static final double SPACING = 5;
    private static final double ROW_HEIGHT = CELL_SIZE + 2 * SPACING;
    private static final double ICON = 72;

    private final GamePageViewModel model;
    private final BadgeIcons icons;
    private final ImageView icon = RoundedImage.create(ICON, 14);
    private final Label title = new Label();
    private final Label console = new Label();
    private final Label highest = new Label();
    private final Label earnedCount = new Label();
    private final Label totalCount = new Label();
    private final ProgressRow softcore = new ProgressRow("game.softcore", "gameSoftcore");
    private final ProgressRow hardcore = new ProgressRow("game.hardcore", "gameHardcore");
    private final Label offlineText = new Label();
    private final GridView<Achievement> grid;
    private final Label emptyText = new Label();
    private final AchievementDetails details = new AchievementDetails();
    private TaskExecutor.Cancellable pendingIcon;

    public GamePageView(GamePageViewModel model, BadgeIcons icons, Runnable onClose, Consumer<Integer> openOnWebsite) {
        super(10);
        this.model = model;
        this.icons = icons;
        setId("gamePage");
        getStyleClass().add("game-page");
        grid = createGrid();
        StackPane gridArea = new StackPane(grid, emptyText);
        emptyText.getStyleClass().add("details-empty");
        emptyText.setMouseTransparent(true);
        VBox.setVgrow(gridArea, Priority.ALWAYS);
        getChildren().addAll(createHeader(onClose, openOnWebsite), createOfflineBanner(), createProgress(),
                createToolbar(), gridArea);

        model.pageProperty().addListener((obs, old, now) -> show(now));
        model.selectedProperty().addListener((obs, old, now) -> details.show(now));
        model.getShown().addListener((ListChangeListener<Achievement>) c -> updateEmptyText());
        show(model.pageProperty().get());
    }

    private Node createHeader(Runnable onClose, Consumer<Integer> openOnWebsite) {
        Button close = new Button(null, new FontIcon(Material2AL.ARROW_BACK));
        close.setId("closeGame");
        close.getStyleClass().addAll("flat", "button-icon");
        close.setAccessibleText(Messages.get("game.close"));
        close.setTooltip(new Tooltip(Messages.get("game.close.tooltip")));
        close.setOnAction(e -> onClose.run());

        StackPane iconFrame = new StackPane(icon);
        iconFrame.getStyleClass().add("game-icon");
        title.setId("gameTitle");
        title.getStyleClass().add("game-title");
        title.setWrapText(true);
        console.getStyleClass().add("profile-details");
        highest.setId("gameHighestAward");
        highest.getStyleClass().add("game-highest");
        VBox names = new VBox(4, title, console, highest);
        HBox.setHgrow(names, Priority.ALWAYS);

        earnedCount.setId("gameEarnedCount");
        earnedCount.getStyleClass().add("game-count");
        totalCount.setId("gameTotalCount");
        totalCount.getStyleClass().addAll("game-count", "game-count-total");
        Label of = new Label(Messages.get("game.of"));
        of.getStyleClass().add("profile-details");
        HBox counts = new HBox(6, earnedCount, of, totalCount);
        counts.setAlignment(Pos.BASELINE_RIGHT);
        Hyperlink website = new Hyperlink(Messages.get("game.openOnWebsite") + " ↗");
        website.setOnAction(e -> {
            GamePage page = model.pageProperty().get();
            if (page != null) {
                openOnWebsite.accept(page.game().gameId());
            }
        });
        VBox right = new VBox(4, counts, website);
        right.setAlignment(Pos.TOP_RIGHT);

        HBox header = new HBox(14, close, iconFrame, names, right);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("game-header");
        return header;
    }

    private Node createOfflineBanner() {
        offlineText.setId("gameOfflineBanner");
        offlineText.setWrapText(true);
        Hyperlink retry = new Hyperlink(Messages.get("game.retry"));
        retry.setOnAction(e -> model.retry());
        HBox banner = new HBox(8, new FontIcon(Material2AL.CLOUD_OFF), offlineText, retry);
        banner.getStyleClass().add("offline-banner");
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.visibleProperty().bind(model.offlineSinceProperty().isNotNull());
        banner.managedProperty().bind(banner.visibleProperty());
        model.offlineSinceProperty().addListener((obs, old, since) -> offlineText.setText(since == null ? ""
                : Messages.format("game.offlineBanner", AwardText.dateTime(since))));
        return banner;
    }

    private Node createProgress() {
        GridPane rows = new GridPane();
        rows.getStyleClass().add("game-progress");
        rows.setHgap(12);
        rows.setVgap(6);
        softcore.addTo(rows, 0);
        hardcore.addTo(rows, 1);
        return rows;
    }

    private Node createToolbar() {
        ChoiceBox<AchievementFilter> filter = new ChoiceBox<>();
        filter.setId("achievementFilter");
        filter.getItems().setAll(AchievementFilter.values());
        filter.valueProperty().bindBidirectional(model.filterProperty());
        filter.setAccessibleText(Messages.get("game.filter.label"));
        ChoiceBox<AchievementSort> sort = new ChoiceBox<>();
        sort.setId("achievementSort");
        sort.getItems().setAll(AchievementSort.values());
        sort.valueProperty().bindBidirectional(model.sortProperty());
        sort.setAccessibleText(Messages.get("game.sort.label"));
        Label filterLabel = new Label(Messages.get("game.filter.label"));
        filterLabel.setLabelFor(filter);
        Label sortLabel = new Label(Messages.get("game.sort.label"));
        sortLabel.setLabelFor(sort);
        Region gap = new Region();
        gap.setMinWidth(12);
        HBox bar = new HBox(8, filterLabel, filter, gap, sortLabel, sort);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("filter-bar");
        return bar;
    }

    private GridView<Achievement> createGrid() {
        GridView<Achievement> view = new GridView<>();
        view.setId("achievementGrid");
        view.getStyleClass().add("badge-grid");
        view.setCellWidth(CELL_SIZE);
        view.setCellHeight(CELL_SIZE);
        view.setHorizontalCellSpacing(SPACING);
        view.setVerticalCellSpacing(SPACING);
        // The grid takes whatever height the page leaves (it grows), so its preferred height says
        // nothing; left computed, the page asked for it on every layout and VirtualFlow answered by
        // binding its measuring row to row after row (as the shelf's grid did, issue 24). One row
        // stays on screen whatever the header needs.
        view.setMinHeight(ROW_HEIGHT);
        view.setPrefHeight(ROW_HEIGHT);
        new ReadyTiles(model, view);
        // One per grid: it asks for the badges of the tiles on screen (and a screen ahead), not of every tile bound.
        OnScreenIcons<Achievement> onScreen = new OnScreenIcons<>(view, view::getItems, AchievementTileCell::badgeOf, icons);
        view.setCellFactory(g -> new AchievementTileCell(onScreen, icons, model.selectedProperty()));
        view.setFocusTraversable(true);
        GridKeys.install(view, model.selectedProperty(), null);
        return view;
    }

    private void show(GamePage page) {
        if (pendingIcon != null) {
            pendingIcon.cancel();
            pendingIcon = null;
        }
        details.show(model.selectedProperty().get());
        updateEmptyText();
        if (page == null) {
            icon.setImage(null);
            return;
        }
        GameProgress game = page.game();
        title.setText(game.title());
        console.setText(game.consoleName() == null ? "" : game.consoleName()
                + "  ·  " + Messages.format("game.players", game.numDistinctPlayers()));
        highest.setText(AchievementText.highestAward(game.highestAward(), game.highestAwardAt()));
        highest.pseudoClassStateChanged(PseudoClass.getPseudoClass("mastered"),
                game.highestAward() == AwardKind.MASTERED);
        earnedCount.setText(Messages.number(game.earned()));
        totalCount.setText(Messages.number(game.total()));
        details.setPlayers(game.numDistinctPlayers());
        softcore.show(game.earned(), game.total(), game.earnedPoints(), game.totalPoints());
        hardcore.show(game.earnedHardcore(), game.total(), game.earnedHardcorePoints(), game.totalPoints());
        icon.setAccessibleText(Messages.format("game.icon", game.title()));
        icon.setImage(game.iconUrl() == null ? null : icons.cached(game.iconUrl()));
        if (icon.getImage() == null && game.iconUrl() != null) {
            pendingIcon = icons.load(game.iconUrl(), icon::setImage, reason -> { });
        }
    }

    private void updateEmptyText() {
        GamePage page = model.pageProperty().get();
        boolean none = page != null && page.game().achievements().isEmpty();
        emptyText.setText(none ? Messages.get("game.empty") : Messages.get("game.noneMatch"));
        emptyText.setVisible(page != null && model.getShown().isEmpty());
    }

    /** Puts the keyboard on the achievements, so arrows walk them and Escape goes back. */
    public void focusGrid() {
        grid.requestFocus();
    }

    /** The selected achievement's details: the window shows them in its details place, beside the page. */
    public Region details() {
        return details;
    }

    public GridView<Achievement> grid() {
        return grid;
    }

    /** One mode's progress: a label, a bar, and "n of m achievements · p of q points". */
    private static final class ProgressRow {
        private final Label name;
        private final ProgressBar bar = new ProgressBar(0);
        private final Label text = new Label();

        ProgressRow(String key, String id) {
            name = new Label(Messages.get(key));
            name.getStyleClass().add("fact-name");
            bar.setId(id + "Bar");
            bar.setPrefWidth(260);
            bar.setAccessibleText(name.getText());
            text.setId(id + "Text");
        }

        void addTo(GridPane grid, int row) {
            grid.addRow(row, name, bar, text);
        }

        void show(int earned, int total, int points, int totalPoints) {
            // A game with no achievements has nothing to divide by: an empty bar, not NaN.
            bar.setProgress(total == 0 ? 0 : (double) earned / total);
            text.setText(Messages.format("game.progress", earned, total, points, totalPoints));
            bar.setAccessibleText(name.getText() + ": " + text.getText());
        }
    }
}
