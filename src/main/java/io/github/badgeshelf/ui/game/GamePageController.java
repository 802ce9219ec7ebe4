package io.github.badgeshelf.ui.game;

import io.github.badgeshelf.game.GameKey;
import io.github.badgeshelf.model.Award;
import io.github.badgeshelf.model.Shelf;
import io.github.badgeshelf.ui.common.StatusMessage;
import io.github.badgeshelf.ui.i18n.Messages;
import io.github.badgeshelf.ui.shelf.GamePages;
import io.github.badgeshelf.ui.shelf.ShelfViewModel;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;

import java.util.function.Consumer;

/**
 * Puts the game page in the main area over the shelf, which stays in the scene untouched (scroll,
 * filters, selection) while hidden, and ties the page to the shelf's history: opening a page is a
 * visit, leaving it is a step back, back/forward reopen pages.
 */
public final class GamePageController implements GamePages {
    private final ShelfViewModel shelf;
    private final GamePageViewModel games;
    private final Consumer<StatusMessage> report;
    private final StackPane area;

    /**
     * @param shelfView  the shelf's node, shown whenever no game page is
     * @param focusShelf puts the keyboard back on the shelf's tiles when the page closes
     */
    public GamePageController(ShelfViewModel shelf, GamePageViewModel games, Node shelfView, GamePageView page,
                              Consumer<StatusMessage> report, Runnable focusShelf) {
        this.shelf = shelf;
        this.games = games;
        this.report = report;
        page.visibleProperty().bind(games.pageProperty().isNotNull());
        shelfView.visibleProperty().bind(page.visibleProperty().not());
        area = new StackPane(shelfView, page);
        area.getStyleClass().add("main-area");
        page.visibleProperty().addListener((obs, was, open) -> {
            if (open) {
                page.focusGrid();
            } else {
                focusShelf.run();
            }
        });
        games.setOnOpened(key -> shelf.visitedGame(key.user(), key.gameId()));
        shelf.setGamePages(this);
        // Another shelf on screen (a search, a friend clicked) replaces what the page stood on.
        shelf.shelfProperty().addListener((obs, old, now) -> {
            if (old != now) {
                games.close();
            }
        });
    }

    /** The main area: the shelf with the game page over it. */
    public Node area() {
        return area;
    }

    /** A tile's Enter or double-click: game awards open their page here; events and site awards have none. */
    public void openFromTile(Award award) {
        Shelf current = shelf.shelfProperty().get();
        if (award == null || current == null) {
            return;
        }
        if (award.gameId().isEmpty()) {
            report.accept(StatusMessage.info(Messages.get("game.noGamePage")));
            return;
        }
        String user = current.profile().user() != null ? current.profile().user() : current.profile().ulid();
        if (user == null) {
            return;
        }
        games.open(new GameKey(user, award.gameId().getAsInt()), award.displayTitle());
    }

    /** {@code #closeGame} or Escape: back to the shelf as it was; false when no page was open. */
    public boolean closeToShelf() {
        boolean loading = games.busyProperty().get();
        if (!games.isOpen()) {
            return loading && games.cancel();
        }
        games.close();
        shelf.leftGame();
        return true;
    }

    @Override
    public void reopen(String user, int gameId) {
        games.reopen(new GameKey(user, gameId));
    }

    @Override
    public boolean close() {
        return games.close();
    }
}
