package io.github.badgeshelf.ui.compare;

import io.github.badgeshelf.compare.ComparedGame;
import io.github.badgeshelf.model.FollowedUser;
import io.github.badgeshelf.model.Shelf;
import io.github.badgeshelf.ui.common.StatusMessage;
import io.github.badgeshelf.ui.i18n.Messages;
import io.github.badgeshelf.ui.shelf.BadgeIcons;
import io.github.badgeshelf.ui.shelf.ComparePages;
import io.github.badgeshelf.ui.shelf.ShelfViewModel;
import javafx.collections.ObservableList;
import javafx.scene.Node;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The comparison's place in the window: the #compareWith field, the page it opens in the main
 * area, its place in the shelf's back/forward history, and the way back to where the person was
 * (the shelf view is only set aside, never rebuilt, so its filters, scroll and selection are kept;
 * the keyboard goes back where it was).
 */
public final class CompareController implements ComparePages {

    /** What the window lends the comparison. */
    public interface Host {
        /** Puts the page where the shelf is. */
        void showPage(Node page);

        /** Puts the shelf (or the game page over it) back. */
        void showShelf();

        /** Opens {@code user}'s page of a game in the window (the comparison gives way once it is shown). */
        void openGame(String user, int gameId, String title);

        /** Asks where to save; empty when the person cancels. */
        Optional<Path> chooseFile(String proposedName);
    }

    private final CompareViewModel model;
    private final CompareView view;
    private final CompareField field;
    private final ShelfViewModel shelf;
    private final String signedInAs;
    private final Host host;
    private final Consumer<StatusMessage> statusLine;
    private boolean open;
    private Node focusBefore;

    public CompareController(CompareViewModel model, BadgeIcons icons, ShelfViewModel shelf,
                             ObservableList<FollowedUser> followed, String signedInAs, Host host,
                             Consumer<StatusMessage> statusLine) {
        this.model = model;
        this.shelf = shelf;
        this.signedInAs = signedInAs;
        this.host = host;
        this.statusLine = statusLine;
        this.view = new CompareView(model, icons);
        this.field = new CompareField(followed, shelf.getRecentSearches(), this::compareShownWith);
        view.setOnClose(this::leave);
        view.setOnOpenGame(this::openGame);
        shelf.setComparePages(this);
    }

    /** The shown shelf (left) with {@code other}'s (right): what #compareWith does. */
    public void compareShownWith(String other) {
        Shelf shown = shelf.shelfProperty().get();
        String left = shown != null && shown.profile().user() != null ? shown.profile().user() : signedInAs;
        compare(left, other);
    }

    /** You (the signed-in user, left) with {@code other} (right): the side list's one click. */
    public void compareMeWith(String other) {
        compare(signedInAs, other);
    }

    private void compare(String left, String right) {
        boolean started = model.compare(shelf.shelfProperty().get(), left, right);
        show();
        if (started) {
            field.showName(right);
            shelf.visitedComparison(left, right.trim());
        }
    }

    /** Back/forward came to a comparison: shows it again, made afresh unless it is the one on the page. */
    @Override
    public void reopen(String left, String right) {
        field.showName(right);
        show();
        if (!model.holds(left, right)) {
            model.compare(shelf.shelfProperty().get(), left, right);
        } else {
            model.sayAgain();
        }
        view.focusSelected();
    }

    private void show() {
        if (!open) {
            Node owner = field.getScene() == null ? null : field.getScene().getFocusOwner();
            // Coming from the page itself (a game opened from it), the way back is the shelf's own.
            focusBefore = owner != null && owner.getScene() != null && !isInView(owner) ? owner : null;
            host.showPage(view);
            open = true;
        }
        view.focusGroups();
    }

    private boolean isInView(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == view) {
                return true;
            }
        }
        return false;
    }

    /** Enter or a double click on a tile: the left user's page of that game, as the shelf behind would open it. */
    private void openGame(ComparedGame game) {
        if (game.gameId() <= 0) {
            statusLine.accept(StatusMessage.info(Messages.get("game.noGamePage")));
            return;
        }
        String user = model.leftNameProperty().get();
        host.openGame(user == null || user.isBlank() ? signedInAs : user, game.gameId(), game.title());
    }

    /** #closeCompare or Escape: back to the place behind the comparison (a shelf or a game page), as it was. */
    public void leave() {
        if (!open) {
            return;
        }
        Node returnTo = focusBefore;
        if (!shelf.leftComparison()) {
            close();
        }
        if (returnTo != null && returnTo.getScene() != null && returnTo.isVisible()) {
            returnTo.requestFocus();
        }
    }

    /** Takes the page away without a step in the history (the history itself moved, or a game page came over). */
    @Override
    public boolean close() {
        if (!open) {
            return false;
        }
        model.cancel();
        open = false;
        host.showShelf();
        field.showName("");
        return true;
    }

    /** Saves the games shown on the page (what Ctrl+E and the top bar's export do while it is open). */
    public void exportShown() {
        if (model.exportingProperty().get()) {
            return;
        }
        if (model.comparisonProperty().get() == null) {
            statusLine.accept(StatusMessage.info(Messages.get("compare.export.nothingYet")));
            return;
        }
        host.chooseFile(model.proposedFileName()).ifPresent(model::export);
    }

    /** F5 on the page: both shelves fetched again and compared afresh. */
    public void refresh() {
        model.retry();
    }

    public boolean isOpen() {
        return open;
    }

    public Node field() {
        return field;
    }

    public CompareView view() {
        return view;
    }
}
