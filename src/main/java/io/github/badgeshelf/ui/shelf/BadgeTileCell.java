package io.github.badgeshelf.ui.shelf;

import io.github.badgeshelf.lastlooked.NewAwards;
import io.github.badgeshelf.model.Award;
import io.github.badgeshelf.model.AwardKind;
import io.github.badgeshelf.ui.common.TileCell;
import io.github.badgeshelf.ui.i18n.Messages;
import io.github.badgeshelf.ui.images.OnScreenIcons;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.beans.value.WeakChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.effect.ColorAdjust;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

import java.util.List;
import java.util.function.Consumer;

/**
 * One badge tile. Cells are recycled as the grid scrolls and are also bound to awards no one sees
 * (the grid's measuring cell), so a tile never loads its icon itself: {@link OnScreenIcons} asks
 * for it while the tile is really on screen and tells the tile what to show.
 */
final class BadgeTileCell extends TileCell<Award> {
    static final double ICON_SIZE = 64;

    private static final PseudoClass MASTERED = PseudoClass.getPseudoClass("mastered");
    private static final PseudoClass COMPLETED = PseudoClass.getPseudoClass("completed");
    private static final PseudoClass BEATEN = PseudoClass.getPseudoClass("beaten");
    private static final PseudoClass SOFTCORE = PseudoClass.getPseudoClass("softcore");
    private static final PseudoClass EVENT = PseudoClass.getPseudoClass("event");
    private static final PseudoClass SITE = PseudoClass.getPseudoClass("site");
    private static final PseudoClass BROKEN = PseudoClass.getPseudoClass("broken");
    static final String NEW_AWARD = "new-award";
    private static final ColorAdjust DESATURATE = new ColorAdjust(0, -0.85, -0.08, 0);

    private final OnScreenIcons<Award> icons;
    private final ImageView image = RoundedImage.create(ICON_SIZE, 14);
    /** Shown when the icon cannot be had; made the first time this tile needs it (see {@link #layer}). */
    private FontIcon brokenIcon;
    /** The beaten mark, on beaten awards; made, with its backing, the first time this tile shows one. */
    private FontIcon beatenMark;
    /** A dark disc under the beaten mark, so it reads on any icon without a shadow effect. */
    private FontIcon beatenBacking;
    /** The "new" ribbon, on awards new since the viewer last looked at this shelf; made when first needed. */
    private Label newRibbon;
    private final ObservableValue<NewAwards> newAwards;
    /** The marks come with a new shelf, before its awards reach the grid; a tile only looks its award up. */
    private final ChangeListener<NewAwards> marksChanged = (obs, old, now) -> {
        if (getItem() != null) {
            showNew(getItem());
        }
    };
    /** Holds the drawn badge of a site award (none has an icon); made when first needed, hidden otherwise. */
    private StackPane siteLayer;
    private AwardKind siteKind;

    BadgeTileCell(OnScreenIcons<Award> icons, ObjectProperty<Award> selection, Consumer<Award> onOpen, TileActions actions,
                  ObservableValue<NewAwards> newAwards) {
        super(selection, ICON_SIZE, onOpen);
        this.icons = icons;
        this.newAwards = newAwards;
        // Weak: the grid recreates cells and the marks outlive them all.
        newAwards.addListener(new WeakChangeListener<>(marksChanged));

        // A layer stays in the frame for good once there, and only its visibility changes: changing
        // a frame's children made JavaFX redo the CSS of the whole tile, and while flinging that was
        // most of the FX thread's time (issue 24). The rare layers (site badge, broken icon, ribbon)
        // join the first time this tile needs them: every node of a tile has its CSS redone for
        // each row that scrolls into view, hidden or not, and each new tile's are styled as a new
        // shelf's first screen is made. The beaten mark is among them too: most awards are not
        // beaten. The placeholder is not a layer at all: the frame's own background draws the
        // well an icon loads into (badgeshelf.css, .badge-frame).
        frame.getChildren().add(image);

        // The menu is made when first asked for, not with the tile: a ContextMenu builds a popup
        // window and scene of its own and styles it against the whole theme, and made with every
        // tile it was the largest part of the pulse that shows a new shelf's first screen (issue
        // 24; the tooltip was made lazy for the same reason, see TileCell). A filter runs before
        // Control's own handler, which then finds the menu and shows it.
        addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, event -> {
            if (getContextMenu() == null && getItem() != null) {
                setContextMenu(createContextMenu(actions));
            }
        });
        icons.track(this, new OnScreenIcons.Display() {
            @Override
            public void showIcon(Image icon) {
                showImage(icon);
            }

            @Override
            public void showLoading() {
                image.setImage(null);
                pseudoClassStateChanged(LOADING, true);
                pseudoClassStateChanged(BROKEN, false);
            }

            @Override
            public void showUnavailable(String reason) {
                showBroken(reason);
            }
        });
    }

    private ContextMenu createContextMenu(TileActions actions) {
        MenuItem open = new MenuItem(Messages.get("tile.menu.openGame"));
        open.setOnAction(e -> actions.openGamePage(getItem()));
        MenuItem copyTitle = new MenuItem(Messages.get("tile.menu.copyTitle"));
        copyTitle.setOnAction(e -> actions.copyTitle(getItem()));
        MenuItem copyLink = new MenuItem(Messages.get("tile.menu.copyLink"));
        copyLink.setOnAction(e -> actions.copyGameLink(getItem()));
        ContextMenu menu = new ContextMenu(open, copyTitle, copyLink);
        menu.setOnShowing(e -> {
            boolean game = getItem() != null && getItem().gameId().isPresent();
            open.setDisable(!game);
            copyLink.setDisable(!game);
            if (getItem() != null) {
                selection().set(getItem());
            }
        });
        return menu;
    }

    @Override
    protected void showBlank() {
        clearStates();
        icons.itemChanged(this);
    }

    @Override
    protected void showItem(Award award) {
        applyStates(award);
        setTooltipText(AwardText.tooltip(award));
        showNew(award);
        boolean site = award.iconUrl() == null;
        if (site && award.kind() != siteKind) {
            siteKind = award.kind();
            siteLayer().getChildren().setAll(SiteBadge.create(siteKind, ICON_SIZE));
        }
        if (siteLayer != null) {
            siteLayer.setVisible(site);
        }
        image.setVisible(!site);
        if (brokenIcon != null) {
            brokenIcon.setVisible(false);
        }
        icons.itemChanged(this);
    }

    private StackPane siteLayer() {
        if (siteLayer == null) {
            siteLayer = layer(new StackPane(), image);
        }
        return siteLayer;
    }

    private FontIcon brokenIcon() {
        if (brokenIcon == null) {
            brokenIcon = layer(new FontIcon(Material2AL.BROKEN_IMAGE), image);
            brokenIcon.getStyleClass().add("badge-broken-icon");
        }
        return brokenIcon;
    }

    /** Shows or hides the beaten mark, making it (above the icon, under the ribbon) the first time it shows. */
    private void showBeaten(boolean beaten) {
        if (beaten && beatenMark == null) {
            List<Node> layers = frame.getChildren();
            Node below = layers.get((newRibbon == null ? layers.size() : layers.indexOf(newRibbon)) - 1);
            beatenBacking = layer(new FontIcon(Material2AL.LENS), below);
            beatenBacking.getStyleClass().add("badge-beaten-backing");
            beatenMark = layer(new FontIcon(Material2AL.CHECK_CIRCLE), beatenBacking);
            beatenMark.getStyleClass().add("badge-beaten-mark");
            StackPane.setAlignment(beatenMark, Pos.BOTTOM_RIGHT);
            StackPane.setAlignment(beatenBacking, Pos.BOTTOM_RIGHT);
        }
        if (beatenMark != null) {
            beatenBacking.setVisible(beaten);
            beatenMark.setVisible(beaten);
        }
    }

    private Label newRibbon() {
        if (newRibbon == null) {
            // On top of every other layer.
            newRibbon = layer(new Label(Messages.get("tile.new")), frame.getChildren().get(frame.getChildren().size() - 1));
            newRibbon.getStyleClass().add("new-award-ribbon");
            newRibbon.setMouseTransparent(true);
            newRibbon.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
            StackPane.setAlignment(newRibbon, Pos.TOP_LEFT);
        }
        return newRibbon;
    }

    /** Puts a layer into the frame just above {@code below}, hidden until the caller shows it. */
    private <N extends Node> N layer(N node, Node below) {
        node.setVisible(false);
        frame.getChildren().add(frame.getChildren().indexOf(below) + 1, node);
        return node;
    }

    private void showBroken(String reason) {
        pseudoClassStateChanged(LOADING, false);
        pseudoClassStateChanged(BROKEN, true);
        image.setVisible(false);
        brokenIcon().setVisible(true);
        setTooltipText(AwardText.tooltip(getItem()) + "\n" + Messages.format("tile.iconUnavailable", reason));
    }

    private void showImage(Image loaded) {
        if (brokenIcon != null && brokenIcon.isVisible()) { // it showed "unavailable" before
            brokenIcon.setVisible(false);
            image.setVisible(true);
            setTooltipText(AwardText.tooltip(getItem()));
        }
        image.setImage(loaded);
        pseudoClassStateChanged(LOADING, false);
        pseudoClassStateChanged(BROKEN, false);
    }

    /** The {@code new-award} style class, the ribbon, and "new" in what a screen reader says. */
    private void showNew(Award award) {
        boolean isNew = newAwards.getValue() != null && newAwards.getValue().contains(award);
        if (isNew != getStyleClass().contains(NEW_AWARD)) {
            if (isNew) {
                getStyleClass().add(NEW_AWARD);
            } else {
                getStyleClass().remove(NEW_AWARD);
            }
        }
        if (isNew) {
            newRibbon().setVisible(true);
        } else if (newRibbon != null) {
            newRibbon.setVisible(false);
        }
        // What a screen reader says: what a sighted person sees on the tile, in words.
        String spoken = AwardText.spoken(award);
        setAccessibleText(isNew ? spoken + Messages.get("list.separator") + Messages.get("tile.new.spoken") : spoken);
    }

    private void applyStates(Award award) {
        AwardKind kind = award.kind();
        pseudoClassStateChanged(MASTERED, kind == AwardKind.MASTERED);
        pseudoClassStateChanged(COMPLETED, kind == AwardKind.COMPLETED);
        boolean beaten = kind == AwardKind.BEATEN_HARDCORE || kind == AwardKind.BEATEN_SOFTCORE;
        pseudoClassStateChanged(BEATEN, beaten);
        boolean softcore = kind == AwardKind.COMPLETED || kind == AwardKind.BEATEN_SOFTCORE;
        pseudoClassStateChanged(SOFTCORE, softcore);
        pseudoClassStateChanged(EVENT, kind == AwardKind.EVENT || kind == AwardKind.SITE_EVENT);
        pseudoClassStateChanged(SITE, kind.isSiteAward());
        pseudoClassStateChanged(SELECTED, isSelected(award));
        showBeaten(beaten);
        // Effects cannot be set from CSS; softcore badges are desaturated like the website's.
        image.setEffect(softcore ? DESATURATE : null);
    }

    private void clearStates() {
        getStyleClass().remove(NEW_AWARD);
        if (newRibbon != null) {
            newRibbon.setVisible(false);
        }
        for (PseudoClass p : new PseudoClass[] {MASTERED, COMPLETED, BEATEN, SOFTCORE, EVENT, SITE, SELECTED, LOADING, BROKEN}) {
            pseudoClassStateChanged(p, false);
        }
        image.setImage(null);
    }
}
