package io.github.badgeshelf.ui.images;

import io.github.badgeshelf.images.IconPriority;
import io.github.badgeshelf.images.IconTrace;
import io.github.badgeshelf.ui.common.GridGeometry;
import io.github.badgeshelf.ui.common.TaskExecutor;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.WeakListChangeListener;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.IndexedCell;
import javafx.scene.image.Image;
import org.controlsfx.control.GridView;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Asks for the icons of a virtualized list's cells (ControlsFX GridView, ListView, ...) only while
 * the cells are really on screen, plus a read-ahead of at most one screen in the direction of
 * scrolling. One per view; FX thread only.
 *
 * <p>Why not simply load in {@code updateItem}: JavaFX's VirtualFlow binds a hidden measuring cell
 * (the "accum cell") to index after index to estimate sizes, and lays out cells it keeps off
 * screen, so {@code updateItem} runs for far more items than anyone sees. Here a cell counts as on
 * screen only when it is visible, sits (through visible parents) inside the flow's clipped
 * container, and its bounds meet the viewport; this is decided after every layout pass (a
 * post-layout pulse listener), so scrolling and resizing are seen too. A cell that leaves the
 * screen before its icon arrived gives its request up.
 *
 * <p>Use from a cell:
 * <pre>{@code
 * MyCell(OnScreenIcons<Award> icons) {            // one OnScreenIcons per view, shared by its cells
 *     icons.track(this, display);                   // display: how the cell shows icon, loading, unavailable
 * }
 * protected void updateItem(Award item, boolean empty) {
 *     super.updateItem(item, empty);
 *     ...
 *     icons.itemChanged(this);                      // a cached icon shows at once; else the next layout asks
 * }
 * }</pre>
 *
 * @param <T> the item type
 */
public final class OnScreenIcons<T> {

    /** How a cell shows its icon's states. Called on the FX thread. */
    public interface Display {
        void showIcon(Image icon);

        void showLoading();

        /** After the pipeline's retries, in plain words (already meant for a person). */
        void showUnavailable(String reason);
    }

    private static final class Tile {
        final Display display;
        /** The URL this cell has asked for (or shows), null when none. */
        String url;
        TaskExecutor.Cancellable ticket;

        Tile(Display display) {
            this.display = display;
        }

        void giveUp() {
            if (ticket != null) {
                ticket.cancel();
                ticket = null;
            }
            url = null;
        }
    }

    private static final Object TILE_KEY = new Object();

    private final Control view;
    private final Supplier<List<? extends T>> items;
    private final Function<T, String> urlOf;
    private final IconSource icons;
    /**
     * The cells tracked. Weakly: grids drop and recreate cells (on a resize, say). Each cell keeps
     * its own state in its properties, because that state points back at the cell (its display).
     */
    private final List<WeakReference<IndexedCell<T>>> cells = new ArrayList<>();
    private final Map<String, TaskExecutor.Cancellable> readAhead = new HashMap<>();
    /**
     * Asked for a new fill's first screen as the items changed, before the grid made and laid out
     * its cells; handed over to the tiles (and the read-ahead) at the first layout after.
     */
    private final Map<String, TaskExecutor.Cancellable> early = new LinkedHashMap<>();
    private final Runnable afterLayout = this::refresh;
    private Node viewport;
    private int lastFirst = -1;
    /** Where the first cell on screen sat below the viewport's top at the last layout. */
    private double lastFirstTop;
    private int direction = 1;
    private int requests;
    /** The list last watched for a new fill (the view's items may be replaced as a whole). */
    private ObservableList<?> watched;
    /**
     * The items changed (a new shelf, a filter) and the cells on screen have not asked yet: they
     * ask in the pulse that lays them out, without waiting for the view to hold still, which is
     * only there so that a fling does not ask for what flies by.
     */
    private boolean freshFill = true;
    /** Pulses in a row in which the cells on screen did not reach the viewport's bottom. */
    private int incompletePulses;
    private final ListChangeListener<Object> onItemsChanged = change -> {
        freshFill = true;
        askFirstScreenEarly();
    };
    /** Weakly: the items (a model's list) outlive the view when the window is rebuilt. */
    private final WeakListChangeListener<Object> itemsListener =
            new WeakListChangeListener<>(onItemsChanged);

    /**
     * @param view  the GridView or ListView whose cells are tracked
     * @param items its items as shown (the index of a cell is an index here)
     * @param urlOf the icon URL of an item, or null when it has none
     */
    public OnScreenIcons(Control view, Supplier<List<? extends T>> items, Function<T, String> urlOf, IconSource icons) {
        this.view = view;
        this.items = items;
        this.urlOf = urlOf;
        this.icons = icons;
        view.sceneProperty().addListener((obs, old, now) -> {
            if (old != null) {
                old.removePostLayoutPulseListener(afterLayout);
                cancelAll();
            }
            if (now != null) {
                now.addPostLayoutPulseListener(afterLayout);
            }
        });
        if (view.getScene() != null) {
            view.getScene().addPostLayoutPulseListener(afterLayout);
        }
        // Now, before the view has a skin: listeners run in the order they were added, so this one
        // hears of a new fill before the grid's skin makes and styles the cells for it.
        watchItems();
    }

    /** Starts watching a cell; call once, from its constructor. */
    public void track(IndexedCell<T> cell, Display display) {
        cell.getProperties().put(TILE_KEY, new Tile(display));
        cells.add(new WeakReference<>(cell));
    }

    private static Tile tileOf(IndexedCell<?> cell) {
        return cell.getProperties().get(TILE_KEY) instanceof Tile tile ? tile : null;
    }

    /**
     * The cell now shows another item (or none). Cheap enough for every {@code updateItem}, also
     * the measuring cell's: it looks at the memory cache only and never starts a load.
     */
    public void itemChanged(IndexedCell<T> cell) {
        Tile tile = tileOf(cell);
        if (tile == null) {
            return;
        }
        String url = cell.isEmpty() || cell.getItem() == null ? null : urlOf.apply(cell.getItem());
        if (url == null) {
            // Grids empty a cell and fill it again with the same item on every change of their
            // items; whether the request goes is decided after layout, when the cell has settled.
            return;
        }
        Image hit = icons.cached(url);
        if (hit != null) {
            if (!url.equals(tile.url)) {
                tile.giveUp();
                tile.url = url;
            }
            tile.display.showIcon(hit);
        } else if (url.equals(tile.url) && tile.ticket != null) {
            tile.display.showLoading(); // still on its way
        } else {
            tile.giveUp();
            tile.display.showLoading();
            Platform.requestNextPulse(); // the on-screen check runs after the next layout
        }
    }

    /** Icon requests made for cells on screen since this view was built (for tests and the benchmark). */
    public int requestsMade() {
        return requests;
    }

    /**
     * Called after every layout pass: gives up what left the screen and, once the view holds still
     * (the same cells at the same place as the pulse before), asks for what is on screen and reads
     * ahead. While the view moves nothing new is asked: a fling would otherwise ask for (and then
     * abort) nearly every tile it flies past, and those requests, aborts and callbacks cost the FX
     * thread more than a frame. Holding still costs one pulse before the first request.
     */
    private void refresh() {
        watchItems();
        Node clip = viewport();
        if (clip == null || !view.isVisible()) {
            return;
        }
        Bounds screen = clip.localToScene(clip.getLayoutBounds());
        int first = Integer.MAX_VALUE;
        int last = -1;
        double firstTop = 0;
        List<IndexedCell<T>> onScreen = new ArrayList<>();
        for (Iterator<WeakReference<IndexedCell<T>>> it = cells.iterator(); it.hasNext(); ) {
            IndexedCell<T> cell = it.next().get();
            Tile tile = cell == null ? null : tileOf(cell);
            if (tile == null) {
                it.remove();
                continue;
            }
            Bounds bounds = onScreenBounds(cell, clip, screen);
            if (bounds != null) {
                onScreen.add(cell);
                if (cell.getIndex() < first) {
                    first = cell.getIndex();
                    firstTop = bounds.getMinY() - screen.getMinY();
                }
                last = Math.max(last, cell.getIndex());
            } else if (tile.ticket != null) {
                tile.giveUp(); // scrolled away before its icon arrived
            }
        }
        if (last < 0) {
            return;
        }
        boolean moved = first != lastFirst || Math.abs(firstTop - lastFirstTop) >= 0.5;
        boolean fresh = freshFill;
        if (moved && lastFirst >= 0 && first != lastFirst) {
            direction = first > lastFirst ? 1 : -1;
        }
        lastFirst = first;
        lastFirstTop = firstTop;
        if (fresh) {
            direction = 1;
        }
        boolean settled = fresh || !moved;
        if (settled) {
            // Top row first: the pipeline serves the newest visible request first, so ask bottom-up.
            onScreen.sort((a, b) -> Integer.compare(b.getIndex(), a.getIndex()));
            for (IndexedCell<T> cell : onScreen) {
                ask(cell, tileOf(cell));
            }
            freshFill = false;
            handOverEarly();
        } else {
            Platform.requestNextPulse(); // ask once the view holds still for a pulse
        }
        // Read-ahead only once every cell the viewport shows, the partly visible last row included,
        // has asked: a grid lays out a new bottom row a pass later, and its tiles, which a person
        // already sees, must not queue behind a screen of read-ahead.
        boolean screenComplete = last >= items.get().size() - 1 || reachesBottom(onScreen, screen)
                || ++incompletePulses > 2; // a grid with a gap at the bottom: do not wait for ever
        if (screenComplete) {
            incompletePulses = 0;
        } else {
            Platform.requestNextPulse();
        }
        readAhead(first, last, settled && screenComplete);
    }

    private static boolean reachesBottom(List<? extends Node> onScreen, Bounds screen) {
        for (Node cell : onScreen) {
            if (cell.localToScene(cell.getLayoutBounds()).getMaxY() >= screen.getMaxY() - 0.5) {
                return true;
            }
        }
        return false;
    }

    /** Notices a new fill of the view's items (watching whichever list the view holds now). */
    private void watchItems() {
        List<? extends T> now = items.get();
        if (now != watched) {
            if (watched != null) {
                watched.removeListener(itemsListener);
            }
            watched = now instanceof ObservableList<?> list ? list : null;
            if (watched != null) {
                watched.addListener(itemsListener);
            }
            freshFill = true;
        }
    }

    /**
     * A new fill (a shelf, a filter): asks at once for the icons of the items that will fill the
     * first screen, as many as the grid's present size holds, so that the requests are on their
     * way while the grid makes, styles and lays out the tiles (for a big shelf's first screen, a
     * pulse of a hundred milliseconds and more). Only for a GridView shown and already laid out:
     * a hidden or unsized view asks nothing early, and its tiles ask at their first layout.
     */
    private void askFirstScreenEarly() {
        cancelEarly();
        int count = firstScreenEstimate();
        List<? extends T> all = items.get();
        // Top row first: the pipeline serves the newest request first, so ask from the last one up.
        for (int i = Math.min(count, all.size()) - 1; i >= 0; i--) {
            String url = urlOf.apply(all.get(i));
            if (url != null && !early.containsKey(url) && icons.cached(url) == null) {
                IconTrace.mark(url, "ask-early");
                early.put(url, askEarly(url));
            }
        }
    }

    private TaskExecutor.Cancellable askEarly(String url) {
        // Its entry goes when it ends, from whichever map holds it by then (see handOverEarly).
        TaskExecutor.Cancellable[] ticket = new TaskExecutor.Cancellable[1];
        Runnable ended = () -> {
            early.remove(url, ticket[0]);
            readAhead.remove(url, ticket[0]);
        };
        ticket[0] = icons.load(url, IconPriority.VISIBLE, icon -> ended.run(), reason -> ended.run());
        return ticket[0];
    }

    /** How many tiles a first screen of this grid holds, a partly shown last row counted; 0 when unknown. */
    private int firstScreenEstimate() {
        if (!(view instanceof GridView<?> grid) || view.getScene() == null || !shown(view)) {
            return 0;
        }
        return GridGeometry.tilesOnScreen(grid);
    }

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The tiles on screen have asked (joining the early requests, which the pipeline shares by
     * URL): the early tickets become read-ahead where the read-ahead wants them, and are given up
     * otherwise, which stops nothing a tile waits for.
     */
    private void handOverEarly() {
        for (Map.Entry<String, TaskExecutor.Cancellable> e : early.entrySet()) {
            TaskExecutor.Cancellable kept = readAhead.putIfAbsent(e.getKey(), e.getValue());
            if (kept != null) {
                e.getValue().cancel();
            }
        }
        early.clear();
    }

    private void cancelEarly() {
        early.values().forEach(TaskExecutor.Cancellable::cancel);
        early.clear();
    }

    private void ask(IndexedCell<T> cell, Tile tile) {
        String url = cell.getItem() == null ? null : urlOf.apply(cell.getItem());
        if (url == null || url.equals(tile.url)) {
            return;
        }
        tile.giveUp();
        tile.url = url;
        Image hit = icons.cached(url);
        if (hit != null) {
            tile.display.showIcon(hit);
            return;
        }
        requests++;
        IconTrace.mark(url, "ask");
        tile.ticket = icons.load(url, IconPriority.VISIBLE,
                icon -> {
                    if (url.equals(tile.url)) {
                        tile.ticket = null;
                        tile.display.showIcon(icon);
                    }
                },
                reason -> {
                    if (url.equals(tile.url)) {
                        tile.ticket = null;
                        tile.display.showUnavailable(reason);
                    }
                });
    }

    /**
     * Keeps requests open for one screen beyond the visible cells in the scrolling direction.
     * While scrolling only what fell outside is dropped; new read-ahead waits until the view holds
     * still, so a fling does not ask for screens that fly by.
     */
    private void readAhead(int first, int last, boolean settled) {
        List<? extends T> all = items.get();
        int screen = last - first + 1;
        int from = direction > 0 ? last + 1 : Math.max(0, first - screen);
        int to = direction > 0 ? Math.min(all.size(), last + 1 + screen) : first;
        Set<String> wanted = new HashSet<>();
        List<String> farthestFirst = new ArrayList<>();
        for (int i = from; i < to; i++) {
            String url = urlOf.apply(all.get(i));
            if (url != null && wanted.add(url)) {
                farthestFirst.add(direction > 0 ? 0 : farthestFirst.size(), url);
            }
        }
        readAhead.entrySet().removeIf(e -> {
            if (!wanted.contains(e.getKey())) {
                e.getValue().cancel();
                return true;
            }
            return false;
        });
        if (!settled) {
            return;
        }
        // Asked farthest first: the pipeline serves the newest first, so the nearest go first.
        for (String url : farthestFirst) {
            if (!readAhead.containsKey(url) && icons.cached(url) == null) {
                IconTrace.mark(url, "ask-ahead");
                readAhead.put(url, icons.load(url, IconPriority.READ_AHEAD,
                        icon -> readAhead.remove(url), reason -> readAhead.remove(url)));
            }
        }
    }

    /** The cell's bounds in the scene when it is really on screen, else null. */
    private Bounds onScreenBounds(IndexedCell<T> cell, Node clip, Bounds screen) {
        if (cell.isEmpty() || cell.getItem() == null || cell.getIndex() < 0 || cell.getScene() == null) {
            return null;
        }
        // Visible all the way up to the clipped container: the measuring cell and the flow's
        // spare cells live elsewhere or are hidden.
        Node node = cell;
        while (node != clip) {
            if (node == null || node == view || !node.isVisible()) {
                return null;
            }
            node = node.getParent();
        }
        Bounds bounds = cell.localToScene(cell.getLayoutBounds());
        return bounds.getWidth() > 0 && bounds.getHeight() > 0 && bounds.intersects(screen) ? bounds : null;
    }

    /** The VirtualFlow's clipped container: what the person sees of the flow. */
    private Node viewport() {
        if (viewport != null && viewport.getScene() != null) {
            return viewport;
        }
        Node flow = view.lookup(".virtual-flow");
        if (flow instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                if (child.getStyleClass().contains("clipped-container")) {
                    viewport = child;
                    return viewport;
                }
            }
        }
        return null;
    }

    private void cancelAll() {
        for (WeakReference<IndexedCell<T>> ref : cells) {
            IndexedCell<T> cell = ref.get();
            if (cell != null && tileOf(cell) != null) {
                tileOf(cell).giveUp();
            }
        }
        readAhead.values().forEach(TaskExecutor.Cancellable::cancel);
        readAhead.clear();
        cancelEarly();
        lastFirst = -1;
        freshFill = true; // shown again: ask at the first layout
    }
}
