package io.github.badgeshelf.ui.game;

import io.github.badgeshelf.model.Achievement;
import io.github.badgeshelf.ui.common.TaskExecutor;
import io.github.badgeshelf.ui.shelf.BadgeIcons;
import io.github.badgeshelf.ui.shelf.RoundedImage;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Tooltip;
import javafx.scene.effect.ColorAdjust;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;
import org.controlsfx.control.GridCell;

/**
 * One achievement badge. Earned ones in colour (gold frame for hardcore, silver for softcore);
 * unearned ones with the server's locked badge, or the colour badge greyed when the locked file is
 * missing (old badges may have none). Cells are recycled as the grid scrolls, so each update cancels
 * the icon request of what it showed before and ignores late answers.
 */
final class AchievementTileCell extends GridCell<Achievement> {
    static final double ICON_SIZE = 64;

    private static final PseudoClass HARDCORE = PseudoClass.getPseudoClass("hardcore");
    private static final PseudoClass SOFTCORE = PseudoClass.getPseudoClass("softcore");
    private static final PseudoClass LOCKED = PseudoClass.getPseudoClass("locked");
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final PseudoClass LOADING = PseudoClass.getPseudoClass("loading");
    /** The stand-in for a missing locked badge: grey and dim, as the server's own locked files look. */
    private static final ColorAdjust GREYED = new ColorAdjust(0, -1, -0.35, 0);

    private final BadgeIcons icons;
    private final ObjectProperty<Achievement> selection;
    private final ImageView image = RoundedImage.create(ICON_SIZE, 12);
    private final StackPane frame = new StackPane();
    private final Region placeholder = new Region();
    private final Tooltip tooltip = new Tooltip();
    private final ChangeListener<Achievement> selectionListener =
            (obs, old, now) -> pseudoClassStateChanged(SELECTED, getItem() != null && getItem() == now);
    private TaskExecutor.Cancellable pending;
    private Achievement shown;

    AchievementTileCell(BadgeIcons icons, ObjectProperty<Achievement> selection) {
        this.icons = icons;
        this.selection = selection;
        getStyleClass().addAll("badge-tile", "achievement-tile");
        setAccessibleRole(AccessibleRole.LIST_ITEM);
        placeholder.getStyleClass().add("badge-placeholder");
        placeholder.setMaxSize(ICON_SIZE, ICON_SIZE);
        frame.getStyleClass().add("badge-frame");
        frame.getChildren().addAll(placeholder, image);
        tooltip.setShowDelay(Duration.millis(350));
        tooltip.setShowDuration(Duration.seconds(20));
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(360);
        selection.addListener(new WeakChangeListener<>(selectionListener));
        setOnMouseClicked(event -> {
            if (getItem() != null && event.getButton() == MouseButton.PRIMARY) {
                selection.set(getItem());
                if (getGridView() != null) {
                    getGridView().requestFocus();
                }
            }
        });
    }

    @Override
    protected void updateItem(Achievement a, boolean empty) {
        super.updateItem(a, empty);
        boolean blank = empty || a == null;
        if (!blank && a == shown) {
            return; // GridView re-runs updateItem often; nothing changed for this tile
        }
        if (pending != null) {
            pending.cancel();
            pending = null;
        }
        shown = blank ? null : a;
        if (getGraphic() != frame) {
            setGraphic(frame);
        }
        frame.setVisible(!blank);
        if (blank) {
            setTooltip(null);
            setAccessibleText(null);
            image.setImage(null);
            for (PseudoClass p : new PseudoClass[] {HARDCORE, SOFTCORE, LOCKED, SELECTED, LOADING}) {
                pseudoClassStateChanged(p, false);
            }
            return;
        }
        pseudoClassStateChanged(HARDCORE, a.isEarnedHardcore());
        pseudoClassStateChanged(SOFTCORE, a.isEarned() && !a.isEarnedHardcore());
        pseudoClassStateChanged(LOCKED, !a.isEarned());
        pseudoClassStateChanged(SELECTED, selection.get() == a);
        tooltip.setText(AchievementText.tooltip(a));
        setTooltip(tooltip);
        setAccessibleText(AchievementText.accessible(a));
        image.setEffect(null);
        if (a.isEarned()) {
            showIcon(a, a.badgeUrl(), false);
        } else {
            showIcon(a, a.lockedBadgeUrl(), true);
        }
    }

    private void showIcon(Achievement a, String url, boolean lockedFile) {
        if (url == null) {
            image.setImage(null);
            return;
        }
        Image ready = icons.cached(url);
        if (ready != null) {
            showImage(ready);
            return;
        }
        image.setImage(null);
        pseudoClassStateChanged(LOADING, true);
        pending = icons.load(url, loaded -> {
            if (getItem() == a) {
                showImage(loaded);
            }
        }, reason -> {
            if (getItem() != a) {
                return;
            }
            if (lockedFile && a.badgeUrl() != null) {
                // No locked file for this badge: grey the colour one instead, as the server's lock files look.
                image.setEffect(GREYED);
                showIcon(a, a.badgeUrl(), false);
            } else {
                pseudoClassStateChanged(LOADING, false);
            }
        });
    }

    private void showImage(Image loaded) {
        image.setImage(loaded);
        pseudoClassStateChanged(LOADING, false);
    }
}
