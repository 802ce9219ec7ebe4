package io.github.badgeshelf.ui.news;

import io.github.badgeshelf.news.NewsEntry;
import io.github.badgeshelf.ui.i18n.Messages;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;

import java.util.function.Consumer;

/**
 * The news list's menu (right click, the menu key): the selected entry's person's shelf or its
 * game's page, both named so the person sees where each goes.
 */
final class NewsMenu {
    private NewsMenu() {
    }

    static ContextMenu create(ListView<NewsEntry> list, Consumer<NewsEntry> openShelf, Consumer<NewsEntry> openGame) {
        MenuItem shelf = new MenuItem();
        shelf.setId("newsMenuShelf");
        MenuItem game = new MenuItem();
        game.setId("newsMenuGame");
        ContextMenu menu = new ContextMenu(shelf, game);
        menu.setOnShowing(e -> {
            NewsEntry entry = list.getSelectionModel().getSelectedItem();
            shelf.setText(entry == null ? Messages.get("news.menu.shelf.none") : Messages.format("news.menu.shelf", entry.user()));
            shelf.setDisable(entry == null);
            game.setText(entry == null ? Messages.get("news.game.tooltip")
                    : Messages.format("news.menu.game", entry.award().displayTitle()));
            game.setDisable(entry == null || entry.award().gameId().isEmpty());
        });
        shelf.setOnAction(e -> run(list, openShelf));
        game.setOnAction(e -> run(list, openGame));
        return menu;
    }

    private static void run(ListView<NewsEntry> list, Consumer<NewsEntry> action) {
        NewsEntry entry = list.getSelectionModel().getSelectedItem();
        if (entry != null) {
            action.accept(entry);
        }
    }
}
