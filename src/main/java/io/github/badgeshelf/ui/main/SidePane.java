package io.github.badgeshelf.ui.main;

import io.github.badgeshelf.ui.i18n.Messages;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A pane beside the page (the people column, the details): docked in the window's frame while
 * there is room and the person wants it (a choice that is remembered), else shown over the page
 * when its toggle is pressed, until pressed again or Escape. Its toggle button is always in the
 * top bar, so a pane that made room for the page is one click (or one Tab stop) away.
 */
final class SidePane {
    private static final String OVERLAY_STYLE = "side-overlay";

    private final Region content;
    private final boolean left;
    private final BorderPane frame;
    private final StackPane overlayLayer;
    private final BooleanProperty chosen;
    private final BooleanProperty available = new SimpleBooleanProperty(true);
    private final ToggleButton toggle;
    private boolean overlaid;
    private boolean room = true;

    /**
     * @param chosen   whether the person wants the pane docked (remembered in the settings)
     * @param tipKey   bundle key of the toggle's tooltip, which is also what a screen reader says
     */
    SidePane(Region content, boolean left, BorderPane frame, StackPane overlayLayer, BooleanProperty chosen,
             String id, Ikon icon, String tipKey) {
        this.content = content;
        this.left = left;
        this.frame = frame;
        this.overlayLayer = overlayLayer;
        this.chosen = chosen;
        // Docked, the frame gives it its preferred width; over the page, no more than that either.
        content.setMaxWidth(Region.USE_PREF_SIZE);
        content.setMinWidth(Region.USE_PREF_SIZE);
        content.setMaxHeight(Double.MAX_VALUE);
        toggle = new ToggleButton(null, new FontIcon(icon));
        toggle.setId(id);
        toggle.getStyleClass().add("button-icon");
        toggle.setTooltip(new Tooltip(Messages.get(tipKey)));
        toggle.setAccessibleText(Messages.get(tipKey));
        toggle.disableProperty().bind(available.not());
        toggle.setOnAction(e -> {
            if (room) {
                chosen.set(!chosen.get());
            } else {
                overlaid = !overlaid;
            }
            place();
        });
        available.addListener((obs, old, now) -> place());
    }

    ToggleButton toggle() {
        return toggle;
    }

    /** False while the page has nothing to show here (the comparison has no details pane). */
    BooleanProperty availableProperty() {
        return available;
    }

    /** Called when the window's width changes: whether the pane fits beside the page now. */
    void setRoom(boolean room) {
        if (room != this.room) {
            this.room = room;
            // Room again: the pane docks as chosen; a pane shown over the page was a passing look.
            overlaid = false;
            place();
        }
    }

    boolean isDocked() {
        return room && chosen.get() && available.get();
    }

    /** Escape: hides the pane if it lies over the page; false when it did not. */
    boolean closeOverlay() {
        if (!overlaid) {
            return false;
        }
        overlaid = false;
        place();
        return true;
    }

    void place() {
        boolean dock = isDocked();
        boolean over = !room && overlaid && available.get();
        if (!over) {
            content.getStyleClass().remove(OVERLAY_STYLE);
            overlayLayer.getChildren().remove(content);
        }
        Region docked = dock ? content : null;
        if (left) {
            if (frame.getLeft() != docked) {
                frame.setLeft(docked);
            }
        } else if (frame.getRight() != docked) {
            frame.setRight(docked);
        }
        if (over && !overlayLayer.getChildren().contains(content)) {
            content.getStyleClass().add(OVERLAY_STYLE);
            StackPane.setAlignment(content, left ? Pos.TOP_LEFT : Pos.TOP_RIGHT);
            overlayLayer.getChildren().add(content);
        }
        toggle.setSelected(dock || over);
    }
}
