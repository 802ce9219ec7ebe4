package io.github.badgeshelf.ui.common;

import org.controlsfx.control.GridView;

/** What a ControlsFX GridView's present size holds, counted as its skin counts. FX thread. */
public final class GridGeometry {
    /** GridViewSkin leaves this much of a row's width for the scroll bar when it counts columns. */
    private static final double SCROLL_BAR_ROOM = 18;

    private GridGeometry() {
    }

    /**
     * The tiles of the rows the grid's viewport shows, the last partly visible row included: as
     * many as a first screen holds. 0 while the grid has no size (not laid out, out of the scene).
     */
    public static int tilesOnScreen(GridView<?> grid) {
        double height = grid.getHeight() - grid.snappedTopInset() - grid.snappedBottomInset();
        double rowHeight = grid.getCellHeight() + 2 * grid.getVerticalCellSpacing();
        if (grid.getWidth() <= SCROLL_BAR_ROOM || height <= 0 || rowHeight <= 0) {
            return 0;
        }
        return columns(grid) * (int) Math.ceil(height / rowHeight);
    }

    /** Tiles per row, as GridViewSkin.computeMaxCellsInRow counts them. */
    private static int columns(GridView<?> grid) {
        return Math.max(1, (int) Math.floor((grid.getWidth() - SCROLL_BAR_ROOM)
                / (grid.getCellWidth() + 2 * grid.getHorizontalCellSpacing())));
    }
}
