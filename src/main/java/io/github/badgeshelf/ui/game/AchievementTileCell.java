package io.github.badgeshelf.ui.game;

import io.github.badgeshelf.model.Achievement;
import io.github.badgeshelf.ui.common.TaskExecutor;
import io.github.badgeshelf.ui.common.TileCell;
import io.github.badgeshelf.ui.images.OnScreenIcons;
import io.github.badgeshelf.ui.shelf.BadgeIcons;
import io.github.badgeshelf.ui.shelf.RoundedImage;
import javafx.beans.property.ObjectProperty;
import javafx.css.PseudoClass;
import javafx.scene.AccessibleRole;
import javafx.scene.effect.ColorAdjust;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;

/**
 * One achievement badge. Earned ones in colour (gold frame for hardcore, silver for softcore);
 * unearned ones with the server's locked badge, or the colour badge greyed when the locked file is
 * missing (old badges may have none). Badges are asked for only while the tile is on screen
 * ({@link OnScreenIcons}, as the shelf's tiles); the colour badge that stands in for a missing
 * locked file is asked for by the tile itself, which is on screen when it learns the file is missing.
 */
final class AchievementTileCell extends TileCell<Achievement> {
    static final double ICON_SIZE = 64;

    private static final PseudoClass HARDCORE = PseudoClass.getPseudoClass("hardcore");
    private static final PseudoClass SOFTCORE = PseudoClass.getPseudoClass("softcore");
    private static final PseudoClass LOCKED = PseudoClass.getPseudoClass("locked");
    /** The stand-in for a missing locked badge: grey and dim, as the server's own locked files look. */
    private static final ColorAdjust GREYED = new ColorAdjust(0, -1, -0.35, 0);

    private final OnScreenIcons<Achievement> onScreen;
    private final BadgeIcons icons;
    private final ImageView image = RoundedImage.create(ICON_SIZE, 12);
    private TaskExecutor.Cancellable pending;
    /** The achievement whose words the tile holds, and the words. */
    private Achievement textsOf;
    private String tooltipWords;
    private String accessibleWords;

    /** The badge a tile asks for: the colour one when earned, else the locked file. */
    static String badgeOf(Achievement a) {
        return a.isEarned() ? a.badgeUrl() : a.lockedBadgeUrl();
    }

    AchievementTileCell(OnScreenIcons<Achievement> onScreen, BadgeIcons icons, ObjectProperty<Achievement> selection) {
        super(selection, ICON_SIZE, null, 360);
        this.onScreen = onScreen;
        this.icons = icons;
        getStyleClass().add("achievement-tile");
        setAccessibleRole(AccessibleRole.LIST_ITEM);
        frame.getChildren().addAll(placeholder, image);
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
    }

    /**
     * The grid empties every tile and fills it again with the same achievement whenever its items
     * change (twice while a page fills), so an emptied tile keeps its kind's pseudo-classes: its
     * frame is hidden meanwhile, and refilled with the same achievement nothing changes, so no CSS
     * is redone. The icon goes, as the next achievement may have another.
     */
    @Override
    protected void showBlank() {
        cancelPending();
        image.setImage(null);
        onScreen.itemChanged(this);
    }

    @Override
    protected void showItem(Achievement a) {
        cancelPending();
        if (a == ReadyTiles.BLANK) {
            showReady();
            return;
        }
        pseudoClassStateChanged(HARDCORE, a.isEarnedHardcore());
        pseudoClassStateChanged(SOFTCORE, a.isEarned() && !a.isEarnedHardcore());
        pseudoClassStateChanged(LOCKED, !a.isEarned());
        pseudoClassStateChanged(SELECTED, isSelected(a));
        if (a != textsOf) {
            // Words (numbers, dates) made once per achievement, not on every refill of the tile.
            textsOf = a;
            tooltipWords = AchievementText.tooltip(a);
            accessibleWords = AchievementText.accessible(a);
        }
        setTooltipText(tooltipWords);
        setAccessibleText(accessibleWords);
        image.setEffect(null);
        if (badgeOf(a) == null) {
            pseudoClassStateChanged(LOADING, false); // nothing to wait for
        }
        onScreen.itemChanged(this);
    }

    /**
     * A tile made ahead of a page (hidden, never seen): no words and no badge, styled as the
     * locked, loading tile that most of a first screen starts as, so filling it restyles little.
     */
    private void showReady() {
        pseudoClassStateChanged(HARDCORE, false);
        pseudoClassStateChanged(SOFTCORE, false);
        pseudoClassStateChanged(LOCKED, true);
        pseudoClassStateChanged(SELECTED, false);
        pseudoClassStateChanged(LOADING, true);
        setTooltipText(null);
        setAccessibleText(null);
        image.setImage(null);
        image.setEffect(null);
    }

    /** The stand-in badge asked for by the tile's previous achievement is no longer wanted. */
    private void cancelPending() {
        if (pending != null) {
            pending.cancel();
            pending = null;
        }
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
