package io.github.badgeshelf.ui.main;

import io.github.badgeshelf.game.GameKey;
import io.github.badgeshelf.model.Award;
import io.github.badgeshelf.model.Shelf;
import io.github.badgeshelf.ui.common.StatusMessage;
import io.github.badgeshelf.ui.common.StatusViewModel;
import io.github.badgeshelf.ui.compare.CompareController;
import io.github.badgeshelf.ui.compare.CompareViewModel;
import io.github.badgeshelf.ui.export.ExportViewModel;
import io.github.badgeshelf.ui.friends.FriendsViewModel;
import io.github.badgeshelf.ui.friends.SidebarView;
import io.github.badgeshelf.ui.game.GamePageController;
import io.github.badgeshelf.ui.game.GamePageView;
import io.github.badgeshelf.ui.i18n.Messages;
import io.github.badgeshelf.ui.game.GamePageViewModel;
import io.github.badgeshelf.ui.news.NewsController;
import io.github.badgeshelf.ui.news.NewsViewModel;
import io.github.badgeshelf.ui.shelf.BadgeIcons;
import io.github.badgeshelf.ui.shelf.DetailsPane;
import io.github.badgeshelf.ui.shelf.ShelfFilterModel;
import io.github.badgeshelf.ui.shelf.ShelfView;
import io.github.badgeshelf.ui.shelf.ShelfViewModel;
import io.github.badgeshelf.ui.shelf.TileActions;
import javafx.beans.InvalidationListener;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.material2.Material2AL;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The main window: top bar, people at the side, the shelf in the middle, the selected badge's
 * details on the right and the status line at the bottom. It wires views to their models and
 * owns the keyboard shortcuts.
 */
public final class MainView extends BorderPane {
    public static final String GAME_PAGE = "https://retroachievements.org/game/";

    private final ShelfViewModel shelf;
    private final ShelfFilterModel filters;
    private final ExportViewModel export;
    private final WindowActions actions;
    private final StatusViewModel status;
    private final boolean demo;
    private final TopBar topBar;
    private final ShelfView shelfView;
    private final GamePageViewModel games;
    private final GamePageController gamePages;
    private final GamePageView gamePage;
    private final CompareController compare;
    private final SidebarView sidebar;
    private NewsController news;
    private final StackPane layers;
    private final SidePane people;
    private final SidePane details;

    public MainView(ShelfViewModel shelf, ShelfFilterModel filters, FriendsViewModel friends, ExportViewModel export,
                    StatusViewModel status, GamePageViewModel games, BadgeIcons icons, String signedInAs, boolean demo,
                    WindowActions actions, CompareViewModel compareModel, PaneChoices paneChoices) {
        this.shelf = shelf;
        this.filters = filters;
        this.export = export;
        this.actions = actions;
        this.status = status;
        this.games = games;
        this.demo = demo;
        getStyleClass().add("main-view");
        TileActions tileActions = createTileActions();
        GamePageController[] pages = new GamePageController[1];
        shelfView = new ShelfView(shelf, filters, icons, award -> pages[0].openFromTile(award), tileActions);
        gamePage = new GamePageView(games, icons, () -> pages[0].closeToShelf(),
                id -> actions.openInBrowser(GAME_PAGE + id));
        gamePages = new GamePageController(shelf, games, shelfView, gamePage, status::show,
                () -> shelfView.grid().requestFocus());
        pages[0] = gamePages;
        layers = new StackPane(gamePages.area());
        layers.getStyleClass().add("page-layers");
        compare = new CompareController(compareModel, icons, shelf, friends.getAll(), signedInAs, new MainArea(gamePage),
                status::show);
        // One details place per page: the shelf's selected award, or the game page's selected achievement.
        DetailsPane shelfDetails = new DetailsPane(shelfView.selectionProperty(), icons, tileActions::openGamePage);
        StackPane detailsPlace = new StackPane(shelfDetails);
        detailsPlace.getStyleClass().add("details-place");
        gamePage.visibleProperty().addListener((obs, was, open) ->
                detailsPlace.getChildren().setAll(open ? gamePage.details() : shelfDetails));
        sidebar = new SidebarView(friends, shelf.getRecentSearches(), shelf::show, compare::compareMeWith);
        people = new SidePane(sidebar,
                true, this, layers, paneChoices.people(), "togglePeople", Material2AL.GROUP, "top.people");
        details = new SidePane(detailsPlace, false, this, layers, paneChoices.details(),
                "toggleDetails", Material2AL.INFO, "top.details");
        topBar = new TopBar(shelf, signedInAs, demo, this::exportShown, actions, people.toggle(), details.toggle());
        topBar.addBesideSearch(compare.field());
        setTop(topBar);
        setCenter(layers);
        setBottom(new StatusBar(status, actions));
        widthProperty().addListener((obs, old, width) -> arrangeSidePanes());
        // The window's width, followed only while shown (a view built again in another language is let go).
        InvalidationListener windowWidth = o -> arrangeSidePanes();
        sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.widthProperty().removeListener(windowWidth);
            }
            if (scene != null) {
                scene.widthProperty().addListener(windowWidth);
            }
        });
        paneChoices.people().addListener((obs, old, now) -> arrangeSidePanes());
        paneChoices.details().addListener((obs, old, now) -> arrangeSidePanes());
        arrangeSidePanes();
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                installShortcuts(scene);
            }
        });
    }

    /**
     * Window widths from which the people column, then both side panes, fit beside the page with
     * room left for it (about 740 px: the counters, the filters and the game page's header).
     */
    static final double PEOPLE_ROOM = 1000;
    static final double BOTH_ROOM = 1240;

    /**
     * On a narrow window the page matters most: the details pane makes room first, then the people
     * column; each stays one click away on its toggle in the top bar (shown over the page).
     */
    private void arrangeSidePanes() {
        // The window's width: this view's own may be held wider by what it holds at the moment.
        double w = getScene() == null ? getWidth() : getScene().getWidth();
        if (w <= 0) {
            return;
        }
        people.setRoom(w >= PEOPLE_ROOM);
        details.setRoom(w >= (people.isDocked() ? BOTH_ROOM : PEOPLE_ROOM));
        Node docked = getLeft();
        people.place();
        details.place();
        if (getLeft() != null && getLeft() != docked) {
            // Tab follows the order the frame's parts were set in: the top bar, the people column
            // just docked, then the page, its details and the status line.
            Node page = getCenter();
            Node right = getRight();
            Node bottom = getBottom();
            setCenter(null);
            setRight(null);
            setBottom(null);
            setCenter(page);
            setRight(right);
            setBottom(bottom);
        }
    }

    private TileActions createTileActions() {
        return new TileActions() {
            @Override
            public void openGamePage(Award award) {
                if (award != null && award.gameId().isPresent()) {
                    actions.openInBrowser(GAME_PAGE + award.gameId().getAsInt());
                }
            }

            @Override
            public void copyTitle(Award award) {
                if (award != null) {
                    copy(award.displayTitle());
                }
            }

            @Override
            public void copyGameLink(Award award) {
                if (award != null && award.gameId().isPresent()) {
                    copy(GAME_PAGE + award.gameId().getAsInt());
                }
            }
        };
    }

    private static void copy(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }

    /** Asks where to save, then saves what is shown, in the order shown. */
    public void exportShown() {
        if (compare.isOpen()) {
            compare.exportShown();
            return;
        }
        Shelf current = shelf.shelfProperty().get();
        if (current == null || export.busyProperty().get()) {
            return;
        }
        actions.chooseExportFile(getScene() == null ? null : getScene().getWindow(),
                        export.proposedFileName(current.profile().user()))
                .ifPresent(target -> export.export(demo ? ExportViewModel.withoutImageUrls(filters.getShown())
                        : filters.getShown(), target));
    }

    private void installShortcuts(Scene scene) {
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), topBar::focusSearch);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN), this::exportShown);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F5), this::refresh);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN), this::refresh);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.LEFT, KeyCombination.ALT_DOWN), this::back);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.ALT_DOWN), shelf::forward);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN), shelfView::focusFilter);
        // Escape: leave the game page (or stop it loading), else cancel a search in progress, else
        // clear the filters; fields handle their own Escape first.
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && (people.closeOverlay() || details.closeOverlay()
                    || gamePages.closeToShelf() || shelf.cancel() || clearFilters())) {
                e.consume();
            }
        });
    }

    /** Alt+Left: leaves the news page for where the person was when it is open, else the previous place. */
    private void back() {
        if (news == null || !news.leave()) {
            shelf.back();
        }
    }

    /** F5: the news, the comparison or the game page when one is open, else the shelf. */
    private void refresh() {
        if (news != null && news.isOpen()) {
            news.model().refresh();
        } else if (compare.isOpen()) {
            compare.refresh();
        } else if (games.isOpen()) {
            games.refresh();
        } else {
            shelf.refresh();
        }
    }

    private boolean clearFilters() {
        if (filters.filterActiveProperty().get()) {
            filters.reset();
            return true;
        }
        return false;
    }

    /** Puts the caret in the search field (after the view was built again, e.g. in another language). */
    public void focusSearch() {
        topBar.focusSearch();
    }

    public ShelfView shelfView() {
        return shelfView;
    }

    public CompareController compare() {
        return compare;
    }

    /** A page of its own (the comparison, the news) where the shelf is; it has no details to show beside it. */
    private void showOtherPage(Node page) {
        layers.getChildren().set(0, page);
        details.availableProperty().set(false);
        arrangeSidePanes();
    }

    /** The shelf (and its game pages) back in the middle, with its details place. */
    private void showShelfPage() {
        layers.getChildren().set(0, gamePages.area());
        details.availableProperty().set(true);
        arrangeSidePanes();
    }

    /** The middle of the window, lent to the comparison page. */
    private final class MainArea implements CompareController.Host {
        private final GamePageView gamePage;

        MainArea(GamePageView gamePage) {
            this.gamePage = gamePage;
            // A game page opened from a comparison tile comes over the comparison once it is shown.
            games.pageProperty().addListener((obs, old, now) -> {
                if (now != null) {
                    leaveForGamePage();
                }
            });
        }

        private void leaveForGamePage() {
            if (compare.close()) {
                gamePage.focusGrid(); // it asked for the keyboard while out of the scene
            }
        }

        @Override
        public void showPage(Node page) {
            games.cancel(); // a game page still loading would otherwise come over the comparison
            showOtherPage(page);
        }

        @Override
        public void openGame(String user, int gameId, String title) {
            var key = new GameKey(user, gameId);
            games.open(key, title);
            // From memory, the same page may be shown at once without a change to listen to.
            if (games.pageProperty().get() != null && games.pageProperty().get().key().equals(key)) {
                leaveForGamePage();
            }
        }

        @Override
        public void showShelf() {
            showShelfPage();
        }

        @Override
        public Optional<Path> chooseFile(String proposedName) {
            return actions.chooseExportFile(getScene() == null ? null : getScene().getWindow(), proposedName);
        }
    }

    /**
     * Hook for the news page (issue 22): its button in the Following heading, its page where the
     * shelf is, a step of the history; another shelf or a game page asked for leaves it.
     */
    public void installNews(NewsViewModel model, BadgeIcons icons) {
        news = new NewsController(model, icons, new NewsController.Host() {
            @Override
            public void showPage(Node page) {
                if (compare.isOpen()) {
                    compare.close();
                }
                showOtherPage(page);
                // The news says its own progress on its page; the status line names the page
                // instead of going on with what the page before said (a comparison's summary).
                status.show(StatusMessage.worded(StatusMessage.Tone.INFO, () -> Messages.get("news.page")));
            }

            @Override
            public void showShelf() {
                showShelfPage();
            }

            @Override
            public void openGame(String user, int gameId, String title) {
                var key = new GameKey(user, gameId);
                games.open(key, title);
                // From memory, the same page may be shown at once without a change to listen to.
                if (games.pageProperty().get() != null && games.pageProperty().get().key().equals(key)) {
                    leaveNewsForGamePage();
                }
            }
        }, shelf);
        sidebar.addFollowingAction(news.button());
        // A game page opened from an entry (or by Forward) comes over the news once it is shown.
        games.pageProperty().addListener((obs, old, now) -> {
            if (now != null) {
                leaveNewsForGamePage();
            }
        });
        shelf.shelfProperty().addListener((obs, old, now) -> {
            if (news.isOpen() && now != null && now != old) {
                news.close();
            }
        });
        layers.getChildren().addListener((ListChangeListener<Node>) change -> {
            if (news.isOpen() && layers.getChildren().get(0) != news.view()) {
                news.forget();
            }
        });
    }

    private void leaveNewsForGamePage() {
        if (news.close()) {
            gamePage.focusGrid(); // it asked for the keyboard while out of the scene
        }
    }

    /** The news page's controller, once installed. */
    public NewsController news() {
        return news;
    }

    /**
     * Hook for features: a pane between the filters and the grid (the insights), scrolling in at
     * most about half the shelf's height (see {@link AboveGrid}).
     */
    public void addAboveGrid(Region pane) {
        AboveGrid.add(shelfView, pane);
    }

    /** Hook for features: a button in the top bar, just before Export CSV. */
    public void addToolbarButton(Node button) {
        topBar.getChildren().add(topBar.getChildren().indexOf(topBar.export), button);
    }
}
