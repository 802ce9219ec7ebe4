package io.github.badgeshelf.ui.news;

import io.github.badgeshelf.news.NewsEntry;
import io.github.badgeshelf.ui.i18n.Messages;
import io.github.badgeshelf.ui.shelf.BadgeIcons;
import io.github.badgeshelf.ui.shelf.NewsPages;
import io.github.badgeshelf.ui.shelf.ShelfViewModel;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The news page's place in the window: the #showNews button, the page it opens where the shelf is,
 * its step in the back/forward history, and the way back to where the person was (the shelf view
 * is only set aside, never rebuilt). An entry leaves the page for that person's shelf (Enter) or
 * that game's page (Shift+Enter, its Game button); Back and Escape there come back here.
 */
public final class NewsController implements NewsPages {

    /** What the window lends the news page. */
    public interface Host {
        /** Puts the page where the shelf is. */
        void showPage(Node page);

        /** Puts the shelf back. */
        void showShelf();

        /** Opens {@code user}'s page of the game; the news page is set aside once it is shown. */
        void openGame(String user, int gameId, String title);
    }

    private final NewsViewModel model;
    private final NewsView view;
    private final Host host;
    private final ShelfViewModel shelf;
    private final Button button;
    private boolean open;
    private Node focusBefore;

    /** {@code shelf} shows a person's shelf (as a search for them does) and keeps the history. */
    public NewsController(NewsViewModel model, BadgeIcons icons, Host host, ShelfViewModel shelf) {
        this.model = model;
        this.host = host;
        this.shelf = shelf;
        this.view = new NewsView(model, icons);
        view.setOnClose(this::leave);
        view.setOnOpen(this::openEntry);
        view.setOnOpenGame(this::openGame);
        shelf.setNewsPages(this);
        button = new Button(Messages.get("news.show"), new FontIcon(Material2MZ.NEW_RELEASES));
        button.setId("showNews");
        button.getStyleClass().addAll("flat", "news-show");
        button.setTooltip(new Tooltip(Messages.get("news.show.tooltip")));
        button.setAccessibleText(Messages.get("news.show.tooltip"));
        button.setOnAction(e -> open());
    }

    /** #showNews: the page, as a step of the history. */
    public void open() {
        if (!open) {
            focusBefore = button.getScene() == null ? null : button.getScene().getFocusOwner();
            shelf.visitedNews();
        }
        reopen();
    }

    /** Back/forward came to the news: the page again, without a step in the history. */
    @Override
    public void reopen() {
        if (!open) {
            host.showPage(view);
            open = true;
        }
        model.open();
        view.focusList();
    }

    /** #closeNews, Escape, Alt+Left, Back: to where the person was before the page; true if it was open. */
    public boolean leave() {
        if (!open) {
            return false;
        }
        if (!shelf.leftNews()) {
            close();
        }
        return true;
    }

    /** Sets the page aside without a step in the history (the history moved, or another page came over it). */
    @Override
    public boolean close() {
        if (!open) {
            return false;
        }
        open = false;
        host.showShelf();
        if (focusBefore != null && focusBefore.getScene() != null && focusBefore.isVisible()) {
            focusBefore.requestFocus();
        }
        return true;
    }

    /** Leaves the page for the entry's person's shelf; Back comes back here. */
    void openEntry(NewsEntry entry) {
        focusBefore = null;
        close();
        shelf.show(entry.user());
    }

    /** Opens the entry's game page over the shelf (the person's progress in it); Back comes back here. */
    void openGame(NewsEntry entry) {
        if (entry.award().gameId().isPresent()) {
            focusBefore = null;
            host.openGame(entry.user(), entry.award().gameId().getAsInt(), entry.award().displayTitle());
        }
    }

    /** The page was replaced by another (a comparison): it is no longer what is shown. */
    public void forget() {
        open = false;
    }

    public boolean isOpen() {
        return open;
    }

    public Node button() {
        return button;
    }

    public NewsView view() {
        return view;
    }

    public NewsViewModel model() {
        return model;
    }
}
