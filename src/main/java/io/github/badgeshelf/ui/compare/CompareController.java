package io.github.badgeshelf.ui.compare;

import io.github.badgeshelf.model.FollowedUser;
import io.github.badgeshelf.model.Shelf;
import io.github.badgeshelf.ui.shelf.BadgeIcons;
import javafx.beans.value.ObservableObjectValue;
import javafx.collections.ObservableList;
import javafx.scene.Node;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The comparison's place in the window: the #compareWith field, the page it opens in the main
 * area, and the way back to the shelf as it was (the shelf view is only set aside, never rebuilt,
 * so its filters, scroll and selection are kept; the keyboard goes back where it was).
 */
public final class CompareController {

    /** What the window lends the comparison. */
    public interface Host {
        /** Puts the page where the shelf is. */
        void showPage(Node page);

        /** Puts the shelf back. */
        void showShelf();

        /** Asks where to save; empty when the person cancels. */
        Optional<Path> chooseFile(String proposedName);
    }

    private final CompareViewModel model;
    private final CompareView view;
    private final CompareField field;
    private final ObservableObjectValue<Shelf> shownShelf;
    private final String signedInAs;
    private final Host host;
    private boolean open;
    private Node focusBefore;

    public CompareController(CompareViewModel model, BadgeIcons icons, ObservableObjectValue<Shelf> shownShelf,
                             ObservableList<FollowedUser> followed, ObservableList<String> recent,
                             String signedInAs, Host host) {
        this.model = model;
        this.shownShelf = shownShelf;
        this.signedInAs = signedInAs;
        this.host = host;
        this.view = new CompareView(model, icons);
        this.field = new CompareField(() -> followed.stream().map(FollowedUser::user).toList(), recent,
                this::compareShownWith);
        view.setOnClose(this::close);
        view.setOnExport(this::exportShown);
        // A new shelf asked for from the top bar or the side list is what the person wants to see.
        shownShelf.addListener((obs, old, now) -> {
            if (open && old != null && now != null && !sameUser(old, now)) {
                close();
            }
        });
    }

    /** The shown shelf (left) with {@code other}'s (right): what #compareWith does. */
    public void compareShownWith(String other) {
        Shelf shown = shownShelf.get();
        String left = shown != null && shown.profile().user() != null ? shown.profile().user() : signedInAs;
        open();
        model.compare(shown, left, other);
    }

    /** You (the signed-in user, left) with {@code other} (right): the side list's one click. */
    public void compareMeWith(String other) {
        open();
        model.compare(shownShelf.get(), signedInAs, other);
    }

    private void open() {
        if (!open) {
            focusBefore = field.getScene() == null ? null : field.getScene().getFocusOwner();
            host.showPage(view);
            open = true;
        }
        view.focusGroups();
    }

    /** Back to the shelf as it was. */
    public void close() {
        if (!open) {
            return;
        }
        model.cancel();
        open = false;
        host.showShelf();
        if (focusBefore != null && focusBefore.getScene() != null) {
            focusBefore.requestFocus();
        }
    }

    /** Saves the games shown on the page (what Ctrl+E and the top bar's export do while it is open). */
    public void exportShown() {
        if (model.comparisonProperty().get() == null || model.exportingProperty().get()) {
            return;
        }
        host.chooseFile(model.proposedFileName()).ifPresent(model::export);
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

    private static boolean sameUser(Shelf a, Shelf b) {
        String x = a.profile().user();
        String y = b.profile().user();
        return x != null && x.equalsIgnoreCase(y);
    }
}
