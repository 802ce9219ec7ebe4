package io.github.badgeshelf.ui.shelf;

import io.github.badgeshelf.model.Award;
import io.github.badgeshelf.model.AwardKind;
import io.github.badgeshelf.ui.i18n.Messages;
import io.github.badgeshelf.ui.images.OnScreenIcons;
import javafx.beans.property.ObjectProperty;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.effect.ColorAdjust;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;
import org.controlsfx.control.GridCell;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

import java.util.function.Consumer;

/**
 * One badge tile. Cells are recycled as the grid scrolls and are also bound to awards no one sees
 * (the grid's measuring cell), so a tile never loads its icon itself: {@link OnScreenIcons} asks
 * for it while the tile is really on screen and tells the tile what to show.
 */
final class BadgeTileCell extends GridCell<Award> {
    static final double ICON_SIZE = 64;

    private static final PseudoClass MASTERED = PseudoClass.getPseudoClass("mastered");
    private static final PseudoClass COMPLETED = PseudoClass.getPseudoClass("completed");
    private static final PseudoClass BEATEN = PseudoClass.getPseudoClass("beaten");
    private static final PseudoClass SOFTCORE = PseudoClass.getPseudoClass("softcore");
    private static final PseudoClass EVENT = PseudoClass.getPseudoClass("event");
    private static final PseudoClass SITE = PseudoClass.getPseudoClass("site");
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final PseudoClass LOADING = PseudoClass.getPseudoClass("loading");
    private static final PseudoClass BROKEN = PseudoClass.getPseudoClass("broken");
    private static final ColorAdjust DESATURATE = new ColorAdjust(0, -0.85, -0.08, 0);

    private final OnScreenIcons<Award> icons;
    private final ObjectProperty<Award> selection;
    private final ImageView image = RoundedImage.create(ICON_SIZE, 14);
    private final StackPane frame = new StackPane();
    private final Region placeholder = new Region();
    private final FontIcon brokenIcon = new FontIcon(Material2AL.BROKEN_IMAGE);
    private final FontIcon beatenMark = new FontIcon(Material2AL.CHECK_CIRCLE);
    private final Tooltip tooltip = new Tooltip();
    private final java.util.List<javafx.scene.Node> iconLayers;
    private final javafx.beans.value.ChangeListener<Award> selectionListener =
            (obs, old, now) -> pseudoClassStateChanged(SELECTED, getItem() != null && getItem() == now);
    /** The award this tile was last filled for (null while empty). */
    private Award shown;

    BadgeTileCell(OnScreenIcons<Award> icons, ObjectProperty<Award> selection, Consumer<Award> onOpen, TileActions actions) {
        this.icons = icons;
        this.selection = selection;
        getStyleClass().add("badge-tile");

        placeholder.getStyleClass().add("badge-placeholder");
        placeholder.setMaxSize(ICON_SIZE, ICON_SIZE);
        brokenIcon.getStyleClass().add("badge-broken-icon");
        beatenMark.getStyleClass().add("badge-beaten-mark");
        StackPane.setAlignment(beatenMark, Pos.BOTTOM_RIGHT);

        frame.getStyleClass().add("badge-frame");
        iconLayers = java.util.List.of(placeholder, image, beatenMark);
        frame.getChildren().addAll(iconLayers);
        tooltip.setShowDelay(Duration.millis(350));
        tooltip.setShowDuration(Duration.seconds(20));

        // Weak: the grid recreates cells (on resize, for instance) and the selection outlives them all.
        selection.addListener(new javafx.beans.value.WeakChangeListener<>(selectionListener));
        setOnMouseClicked(event -> {
            if (getItem() == null || event.getButton() != MouseButton.PRIMARY) {
                return;
            }
            selection.set(getItem());
            if (getGridView() != null) {
                getGridView().requestFocus();
            }
            if (event.getClickCount() == 2) {
                onOpen.accept(getItem());
            }
        });
        setContextMenu(createContextMenu(actions));
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
                selection.set(getItem());
            }
        });
        return menu;
    }

    @Override
    protected void updateItem(Award award, boolean empty) {
        super.updateItem(award, empty);
        boolean blank = empty || award == null;
        if (!blank && award == shown) {
            return; // GridView re-runs updateItem often; nothing changed for this tile
        }
        shown = blank ? null : award;
        if (getGraphic() != frame) {
            setGraphic(frame);
        }
        // The frame stays in the scene and is only hidden: taking it out and putting it back made
        // JavaFX redo the CSS of its whole subtree, and GridView empties and refills every visible
        // cell on each change of its items, so that was most of the time a new shelf took to show.
        frame.setVisible(!blank);
        if (blank) {
            setTooltip(null);
            setAccessibleText(null);
            clearStates();
            icons.itemChanged(this);
            return;
        }
        applyStates(award);
        tooltip.setText(AwardText.tooltip(award));
        setTooltip(tooltip);
        // What a screen reader says: what a sighted person sees on the tile, in words.
        setAccessibleText(AwardText.spoken(award));
        if (award.iconUrl() == null) {
            frame.getChildren().setAll(SiteBadge.create(award.kind(), ICON_SIZE), beatenMark);
        } else if (!frame.getChildren().equals(iconLayers)) {
            frame.getChildren().setAll(iconLayers);
        }
        icons.itemChanged(this);
    }

    private void showBroken(String reason) {
        pseudoClassStateChanged(LOADING, false);
        pseudoClassStateChanged(BROKEN, true);
        frame.getChildren().setAll(placeholder, brokenIcon, beatenMark);
        tooltip.setText(AwardText.tooltip(getItem()) + "\n" + Messages.format("tile.iconUnavailable", reason));
    }

    private void showImage(Image loaded) {
        if (!frame.getChildren().equals(iconLayers)) { // it showed "unavailable" before
            frame.getChildren().setAll(iconLayers);
            tooltip.setText(AwardText.tooltip(getItem()));
        }
        image.setImage(loaded);
        pseudoClassStateChanged(LOADING, false);
        pseudoClassStateChanged(BROKEN, false);
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
        pseudoClassStateChanged(SELECTED, selection.get() == award);
        beatenMark.setVisible(beaten);
        // Effects cannot be set from CSS; softcore badges are desaturated like the website's.
        image.setEffect(softcore ? DESATURATE : null);
    }

    private void clearStates() {
        for (PseudoClass p : new PseudoClass[] {MASTERED, COMPLETED, BEATEN, SOFTCORE, EVENT, SITE, SELECTED, LOADING, BROKEN}) {
            pseudoClassStateChanged(p, false);
        }
        image.setImage(null);
    }
}
