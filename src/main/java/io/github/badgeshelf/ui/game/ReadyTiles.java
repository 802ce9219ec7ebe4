package io.github.badgeshelf.ui.game;

import io.github.badgeshelf.model.Achievement;
import io.github.badgeshelf.ui.common.GridGeometry;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.controlsfx.control.GridView;

import java.util.Collections;
import java.util.List;

/**
 * The achievement grid's items: while a page is open, its achievements as shown (filtered and
 * sorted); while none is, a screenful of blank tiles, put in as soon as a page starts loading and
 * kept afterwards. The page is hidden then but stays in the scene, where it is styled and laid out
 * like any node, so the grid's rows and tiles are created, styled and laid out while the request
 * is in flight and the answer only fills them (issue 24: making and styling the first screen of
 * tiles was most of the FX thread's work between the answer and the page on screen). Keeping the
 * blanks after a page closes keeps the tiles too: ControlsFX drops a row's tiles when it empties.
 */
final class ReadyTiles {
    /** What a ready tile holds: no badge to ask for, no words. */
    static final Achievement BLANK = new Achievement(-1, "", "", 0, null, null, "", 0, 0, 0, null, null, null, null,
            false, false);

    private final GamePageViewModel model;
    private final GridView<Achievement> grid;
    private final ObservableList<Achievement> items = FXCollections.observableArrayList();
    /** A page has been asked for at least once: blanks are worth their memory from then on. */
    private boolean wanted;
    /** A refit waits for the end of the layout that resized the grid: one for its width and height. */
    private boolean refitQueued;

    ReadyTiles(GamePageViewModel model, GridView<Achievement> grid) {
        this.model = model;
        this.grid = grid;
        grid.setItems(items);
        // The model lists a page's achievements before it announces the page (GamePageViewModel.display).
        model.getShown().addListener((ListChangeListener<Achievement>) change -> {
            if (model.isOpen()) {
                show(model.getShown());
            }
        });
        model.pageProperty().addListener((obs, old, now) -> {
            if (now != null && old == null) {
                show(model.getShown()); // from one page to another, the list above did it
            } else if (now == null) {
                fillBlanks();
            }
        });
        model.busyProperty().addListener((obs, was, busy) -> {
            if (busy && !model.isOpen()) {
                wanted = true;
                // After the handler that started the load: its request leaves first.
                Platform.runLater(this::fillBlanks);
            }
        });
        // A resized window while no page is open: as many blanks as now fit, after the layout that
        // resized the grid (its items are not changed in the middle of it).
        grid.widthProperty().addListener((obs, old, now) -> queueRefit());
        grid.heightProperty().addListener((obs, old, now) -> queueRefit());
    }

    /** The blank tiles for the grid's size; nothing while it has none (out of the scene, say). */
    private void fillBlanks() {
        if (!wanted || model.isOpen()) {
            return;
        }
        int count = GridGeometry.tilesOnScreen(grid); // the rows the viewport shows, a partly visible last one too
        if (count != items.size() || (count > 0 && items.get(0) != BLANK)) {
            show(Collections.nCopies(count, BLANK));
        }
    }

    private void show(List<Achievement> next) {
        items.setAll(next);
    }

    private void queueRefit() {
        if (!refitQueued) {
            refitQueued = true;
            Platform.runLater(() -> {
                refitQueued = false;
                if (!model.isOpen() && !items.isEmpty()) {
                    fillBlanks();
                }
            });
        }
    }
}
