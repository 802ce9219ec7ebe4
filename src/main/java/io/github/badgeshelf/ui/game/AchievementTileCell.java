package io.github.badgeshelf.ui.game;

import io.github.badgeshelf.model.Achievement;
import io.github.badgeshelf.ui.common.TaskExecutor;
import io.github.badgeshelf.ui.images.OnScreenIcons;
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
 * missing (old badges may have none). Badges are asked for only while the tile is on screen
 * ({@link OnScreenIcons}, as the shelf's tiles); the colour badge that stands in for a missing
 * locked file is asked for by the tile itself, which is on screen when it learns the file is missing.
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

    private final OnScreenIcons<Achievement> onScreen;
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

    /** The badge a tile asks for: the colour one when earned, else the locked file. */
    static String badgeOf(Achievement a) {
        return a.isEarned() ? a.badgeUrl() : a.lockedBadgeUrl();
    }

    AchievementTileCell(OnScreenIcons<Achievement> onScreen, BadgeIcons icons, ObjectProperty<Achievement> selection) {
        this.onScreen = onScreen;
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
        onScreen.track(this, new OnScreenIcons.Display() {
            @Override
            public void showIcon(Image icon) {
                showImage(icon);
            }

            @Override
            public void showLoading() {
                image.setImage(null);
                pseudoClassStateChanged(LOADING, true);
            }

            @Override
            public void showUnavailable(String reason) {
                Achievement a = getItem();
                if (a != null && !a.isEarned() && a.badgeUrl() != null) {
                    greyColourBadge(a);
                } else {
                    pseudoClassStateChanged(LOADING, false);
                }
            }
        });
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
            onScreen.itemChanged(this);
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
        onScreen.itemChanged(this);
    }

    /** No locked file for this badge: the colour one, greyed, as the server's lock files look. */
    private void greyColourBadge(Achievement a) {
        image.setEffect(GREYED);
        Image ready = icons.cached(a.badgeUrl());
        if (ready != null) {
            showImage(ready);
            return;
        }
        pending = icons.load(a.badgeUrl(), loaded -> {
            if (getItem() == a) {
                showImage(loaded);
            }
        }, reason -> pseudoClassStateChanged(LOADING, false));
    }

    private void showImage(Image loaded) {
        image.setImage(loaded);
        pseudoClassStateChanged(LOADING, false);
    }
}
