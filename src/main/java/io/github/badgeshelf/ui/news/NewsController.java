package io.github.badgeshelf.ui.news;

import io.github.badgeshelf.news.NewsEntry;
import io.github.badgeshelf.ui.i18n.Messages;
import io.github.badgeshelf.ui.shelf.BadgeIcons;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

import java.util.function.Consumer;

/**
 * The news page's place in the window: the #showNews button, the page it opens where the shelf is,
 * and the way back to the shelf as it was (the shelf view is only set aside, never rebuilt).
 * Choosing an entry leaves the page for that person's shelf.
 */
public final class NewsController {

    /** What the window lends the news page. */
    public interface Host {
        /** Puts the page where the shelf is. */
        void showPage(Node page);

        /** Puts the shelf back. */
        void showShelf();
    }

    private final NewsViewModel model;
    private final NewsView view;
    private final Host host;
    private final Consumer<String> showShelf;
    private final Button button;
    private boolean open;
    private Node focusBefore;

    /** {@code showShelf} shows a user's shelf, as a search for them does. */
    public NewsController(NewsViewModel model, BadgeIcons icons, Host host, Consumer<String> showShelf) {
        this.model = model;
        this.host = host;
        this.showShelf = showShelf;
        this.view = new NewsView(model, icons);
        view.setOnClose(this::close);
        view.setOnOpen(this::openEntry);
        button = new Button(Messages.get("news.show"), new FontIcon(Material2MZ.NEW_RELEASES));
        button.setId("showNews");
        button.getStyleClass().addAll("flat", "news-show");
        button.setTooltip(new Tooltip(Messages.get("news.show.tooltip")));
        button.setAccessibleText(Messages.get("news.show.tooltip"));
        button.setOnAction(e -> open());
    }

    public void open() {
        if (!open) {
            focusBefore = button.getScene() == null ? null : button.getScene().getFocusOwner();
            host.showPage(view);
            open = true;
        }
        model.open();
        view.focusList();
    }

    /** Back to the shelf as it was; true if the page was open. */
    public boolean close() {
        if (!open) {
            return false;
        }
        open = false;
        host.showShelf();
        if (focusBefore != null && focusBefore.getScene() != null) {
            focusBefore.requestFocus();
        }
        return true;
    }

    /** Leaves the page for the entry's person's shelf. */
    void openEntry(NewsEntry entry) {
        focusBefore = null;
        close();
        showShelf.accept(entry.user());
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
