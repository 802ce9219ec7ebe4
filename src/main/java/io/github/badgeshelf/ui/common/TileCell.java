package io.github.badgeshelf.ui.common;

import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.Parent;
import javafx.scene.control.Skin;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;
import org.controlsfx.control.GridCell;

import java.util.function.Consumer;

/**
 * What every badge tile of a grid shares (the shelf's awards, a game page's achievements): a frame
 * over a placeholder, a tooltip (made on the first hover), the grid's own selection shown as {@code :selected}, selecting
 * with a click, and filling the tile only when its item really changed. Subclasses say what a tile
 * shows for an item.
 */
public abstract class TileCell<T> extends GridCell<T> {
    protected static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    protected static final PseudoClass LOADING = PseudoClass.getPseudoClass("loading");

    protected final StackPane frame = new StackPane();
    protected final Region placeholder = new Region();
    private final ObjectProperty<T> selection;
    /** How wide a tooltip's lines may get before they wrap; 0 for no wrapping. */
    private final double tooltipWidth;
    /**
     * Made on the first hover, not with the tile: a Tooltip builds a popup scene of its own and
     * styles it against the whole theme, which was a quarter of the FX thread's work when a game
     * page filled its first screen of tiles.
     */
    private Tooltip tooltip;
    /** What the tooltip says for the tile's item, null while there is none. */
    private String tooltipText;
    private final ChangeListener<T> selectionListener =
            (obs, old, now) -> pseudoClassStateChanged(SELECTED, getItem() != null && getItem() == now);
    /** The item this tile was last filled for (null while empty). */
    private T shown;
    /** Emptied by the grid and not filled again yet: cleared at this tile's next layout unless filled first. */
    private boolean blankPending;

    /** {@code onDoubleClick} may be null: a double click then only selects. */
    protected TileCell(ObjectProperty<T> selection, double iconSize, Consumer<T> onDoubleClick) {
        this(selection, iconSize, onDoubleClick, 0);
    }

    /** {@code tooltipWidth}: where the tooltip's lines wrap (0: they do not). */
    protected TileCell(ObjectProperty<T> selection, double iconSize, Consumer<T> onDoubleClick, double tooltipWidth) {
        this.selection = selection;
        this.tooltipWidth = tooltipWidth;
        getStyleClass().add("badge-tile");
        placeholder.getStyleClass().add("badge-placeholder");
        placeholder.setMaxSize(iconSize, iconSize);
        frame.getStyleClass().add("badge-frame");
        // Drawn into an image of its own and copied while it only moves: scrolling moves every tile
        // on every frame, and without a GPU redrawing a tile's rounded layers and icon each time
        // was most of the render thread's work (issue 24). A tile draws afresh when what it shows
        // changes (a new item, an icon, hover, selection).
        frame.setCache(true);
        // Installed as the pointer enters: the tooltip's own handlers then see the moves that show it.
        addEventHandler(MouseEvent.MOUSE_ENTERED, event -> installTooltip());
        // Weak: the grid recreates cells (on resize, for instance) and the selection outlives them all.
        selection.addListener(new WeakChangeListener<>(selectionListener));
        setOnMouseClicked(event -> {
            if (getItem() == null || event.getButton() != MouseButton.PRIMARY) {
                return;
            }
            selection.set(getItem());
            if (getGridView() != null) {
                getGridView().requestFocus();
            }
            if (event.getClickCount() == 2 && onDoubleClick != null) {
                onDoubleClick.accept(getItem());
            }
        });
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new TileSkin(this, frame);
    }

    @Override
    protected final void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        if (inMeasuringRow()) {
            // The flow's hidden measuring row: a row's height is the grid's cell height whatever its
            // tiles show, so filling them (restyling seven tiles per row measured) is wasted work.
            shown = null;
            blankPending = false;
            return;
        }
        if (empty || item == null) {
            // ControlsFX's GridRowSkin.updateCells empties every tile of a row and fills it again
            // (updateIndex(-1), then its index) each time the flow lays the row out, which is on
            // every pulse that scrolls or shows a new icon. Clearing at once restyled every tile on
            // screen on each of those pulses; the blank is left to this tile's next layout instead,
            // and dropped when its item comes back first. No layout is asked for here: a row that
            // needs layout gets its CSS applied again by the flow (VirtualFlow.setCellIndex), and a
            // tile the grid empties for good leaves the screen anyway (its row drops it or is hidden).
            if (shown != null) {
                blankPending = true;
            } else {
                showAsBlank();
            }
            return;
        }
        blankPending = false;
        if (item == shown) {
            return; // GridView re-runs updateItem often; nothing changed for this tile
        }
        shown = item;
        if (getGraphic() != frame) {
            setGraphic(frame);
        }
        // The frame stays in the scene and is only hidden: taking it out and putting it back made
        // JavaFX redo the CSS of its whole subtree, and GridView empties and refills every visible
        // cell on each change of its items, so that was most of the time a new shelf took to show.
        frame.setVisible(true);
        showItem(item);
    }

    @Override
    protected void layoutChildren() {
        if (blankPending) {
            blankPending = false;
            shown = null;
            showAsBlank();
        }
        super.layoutChildren();
    }

    private void showAsBlank() {
        if (getGraphic() != frame) {
            setGraphic(frame);
        }
        frame.setVisible(false);
        setTooltipText(null);
        setAccessibleText(null);
        showBlank();
    }

    /** Whether this tile sits in the flow's measuring row, which VirtualFlow keeps under a hidden parent. */
    private boolean inMeasuringRow() {
        Parent row = getParent();
        return row != null && row.getParent() != null && !row.getParent().isVisible();
    }

    /** What the tile's tooltip says (null: none); the tooltip itself is made when the pointer first comes. */
    protected final void setTooltipText(String text) {
        tooltipText = text;
        if (text == null) {
            setTooltip(null);
        } else if (tooltip != null) {
            tooltip.setText(text);
            setTooltip(tooltip);
        }
    }

    private void installTooltip() {
        if (tooltipText == null) {
            return;
        }
        if (tooltip == null) {
            tooltip = new Tooltip();
            tooltip.setShowDelay(Duration.millis(350));
            tooltip.setShowDuration(Duration.seconds(20));
            if (tooltipWidth > 0) {
                tooltip.setWrapText(true);
                tooltip.setMaxWidth(tooltipWidth);
            }
        }
        tooltip.setText(tooltipText);
        setTooltip(tooltip);
    }

    /** The tile has no item any more: clear what it showed. */
    protected abstract void showBlank();

    /** The tile now stands for {@code item} (a different one than before). */
    protected abstract void showItem(T item);

    /** Whether {@code item} is the grid's selected one. */
    protected final boolean isSelected(T item) {
        return selection.get() == item;
    }

    protected final ObjectProperty<T> selection() {
        return selection;
    }
}
