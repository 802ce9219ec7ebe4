package io.github.badgeshelf.testsupport;

import io.github.badgeshelf.model.Award;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.image.ImageView;
import org.controlsfx.control.GridCell;
import org.controlsfx.control.GridView;

import java.util.ArrayList;
import java.util.List;

/**
 * The tiles a person really sees in a grid, for the tests and the bench that wait for them: cells
 * showing an item, at least partly inside the viewport, and visible up to it (the flow keeps spare
 * rows whose cells stay visible themselves inside a hidden row). Call on the JavaFX thread.
 */
public final class VisibleTiles {
    private VisibleTiles() {
    }

    /**
     * The cells with {@code styleClass} in {@code flow} that show an item inside {@code viewport}
     * (the flow itself, or a part of it such as its clipped container).
     */
    @SuppressWarnings("unchecked")
    public static <T> List<GridCell<T>> in(VirtualFlow<?> flow, Node viewport, String styleClass) {
        Bounds shown = viewport.localToScene(viewport.getLayoutBounds());
        List<GridCell<T>> tiles = new ArrayList<>();
        for (Node node : flow.lookupAll(styleClass)) {
            GridCell<T> cell = (GridCell<T>) node;
            if (cell.isEmpty() || cell.getItem() == null || !visibleUpTo(cell, viewport)) {
                continue;
            }
            Bounds b = cell.localToScene(cell.getLayoutBounds());
            if (b.getHeight() > 0 && b.intersects(shown)) {
                tiles.add(cell);
            }
        }
        return tiles;
    }

    /** The shelf tiles a person sees in {@code grid} (its flow's clipped container); none before it has a skin. */
    public static List<GridCell<Award>> ofShelf(GridView<Award> grid) {
        VirtualFlow<?> flow = (VirtualFlow<?>) grid.lookup(".virtual-flow");
        return flow == null ? List.of() : in(flow, flow.lookup(".clipped-container"), ".badge-tile");
    }

    /** Whether every one of {@code tiles} with an icon to show shows one (false when there are none). */
    public static boolean allShowIcons(List<GridCell<Award>> tiles) {
        if (tiles.isEmpty()) {
            return false;
        }
        for (GridCell<Award> cell : tiles) {
            ImageView view = (ImageView) cell.lookup(".image-view");
            if (cell.getItem().iconUrl() != null && (view == null || view.getImage() == null)) {
                return false;
            }
        }
        return true;
    }

    private static boolean visibleUpTo(Node node, Node top) {
        for (Node n = node; n != top; n = n.getParent()) {
            if (n == null || !n.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
