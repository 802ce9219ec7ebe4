package io.github.badgeshelf.ui.common;

import javafx.beans.property.ObjectProperty;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.controlsfx.control.GridView;

import java.util.function.Consumer;

/**
 * Keyboard for a ControlsFX GridView of tiles with a selection of its own: arrow keys, Home and
 * End walk the tiles (scrolling only when the tile leaves the screen), Enter acts on the selected one.
 */
public final class GridKeys<T> {
    private final GridView<T> grid;
    private final ObjectProperty<T> selection;
    private final Consumer<T> onEnter;

    private GridKeys(GridView<T> grid, ObjectProperty<T> selection, Consumer<T> onEnter) {
        this.grid = grid;
        this.selection = selection;
        this.onEnter = onEnter;
    }

    /** Installs the keys on the grid; {@code onEnter} may be null. */
    public static <T> GridKeys<T> install(GridView<T> grid, ObjectProperty<T> selection, Consumer<T> onEnter) {
        GridKeys<T> keys = new GridKeys<>(grid, selection, onEnter);
        grid.addEventFilter(KeyEvent.KEY_PRESSED, keys::onKey);
        return keys;
    }

    private void onKey(KeyEvent e) {
        var items = grid.getItems();
        // Alt+Left/Right are back/forward and Ctrl+... are shortcuts: they belong to the window.
        if (items.isEmpty() || e.isAltDown() || e.isShortcutDown()) {
            return;
        }
        if (e.getCode() == KeyCode.ENTER) {
            // A grid that acts on Enter owns the key, even with nothing selected yet.
            if (onEnter != null) {
                if (selection.get() != null) {
                    onEnter.accept(selection.get());
                }
                e.consume();
            }
            return;
        }
        int columns = columns();
        int index = selection.get() == null ? -1 : items.indexOf(selection.get());
        int next = switch (e.getCode()) {
            case RIGHT -> index + 1;
            case LEFT -> index - 1;
            case DOWN -> index < 0 ? 0 : index + columns;
            case UP -> index - columns;
            case HOME -> 0;
            case END -> items.size() - 1;
            default -> Integer.MIN_VALUE;
        };
        if (next == Integer.MIN_VALUE) {
            return;
        }
        e.consume();
        next = Math.max(0, Math.min(items.size() - 1, next));
        selection.set(items.get(next));
        scrollToRow(next / columns);
    }

    /** Tiles per row, as GridView lays them out. */
    public int columns() {
        double width = grid.getWidth() - grid.snappedLeftInset() - grid.snappedRightInset() - 16;
        double cell = grid.getCellWidth() + 2 * grid.getHorizontalCellSpacing();
        return Math.max(1, (int) Math.floor(width / cell));
    }

    private void scrollToRow(int row) {
        if (grid.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
            IndexedCell<?> first = flow.getFirstVisibleCell();
            IndexedCell<?> last = flow.getLastVisibleCell();
            if (first == null || last == null || row <= first.getIndex() || row >= last.getIndex()) {
                flow.scrollTo(row);
            }
        }
    }
}
