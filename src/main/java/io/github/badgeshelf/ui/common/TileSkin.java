package io.github.badgeshelf.ui.common;

import javafx.geometry.Pos;
import javafx.scene.control.SkinBase;
import javafx.scene.layout.Region;

/**
 * A tile's skin: its frame and nothing else, placed as the cell's alignment says. A tile shows no
 * text, and GridCell's own skin (a Labeled's) made a text node, a score of listeners and a text
 * measurement for every tile: a tenth of the FX thread's work while a new shelf's first screen of
 * tiles was made (issue 24). Its sizes are SkinBase's own: the frame's, its only child.
 */
final class TileSkin extends SkinBase<TileCell<?>> {
    private final Region frame;

    TileSkin(TileCell<?> tile, Region frame) {
        super(tile);
        this.frame = frame;
        getChildren().add(frame);
        // The cell's own handlers (select on click, the tooltip, the menu) must see the pointer.
        consumeMouseEvents(false);
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        Pos alignment = getSkinnable().getAlignment() == null ? Pos.CENTER_LEFT : getSkinnable().getAlignment();
        // Filling the tile, as GridCell's own skin laid it out (the frame's glow and edge are drawn
        // at the tile's edges).
        layoutInArea(frame, x, y, w, h, 0, alignment.getHpos(), alignment.getVpos());
    }
}
