package io.github.badgeshelf.ui.common;

import io.github.badgeshelf.testsupport.VisibleTiles;
import javafx.animation.AnimationTimer;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.controlsfx.control.GridCell;
import org.controlsfx.control.GridView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static io.github.badgeshelf.testsupport.FxWaits.onFx;
import static io.github.badgeshelf.testsupport.FxWaits.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 24: ControlsFX's grid empties every tile of a row and fills it again each time it lays the
 * row out, which is on every pulse that scrolls or shows a newly arrived icon, and it binds a hidden
 * measuring row to row after row. Counted, not timed: a tile that keeps its item is not filled
 * again, the measuring row's tiles are not filled at all, and a tile emptied for good still shows
 * nothing.
 */
@ExtendWith(ApplicationExtension.class)
class TileRefillUiTest {
    private static final int ITEMS = 2000;

    private Stage stage;
    private GridView<String> grid;
    private final AtomicInteger fills = new AtomicInteger();
    private final AtomicInteger blanks = new AtomicInteger();
    /** Fills of tiles not on the grid's visible rows (the measuring row). */
    private final AtomicInteger hiddenFills = new AtomicInteger();
    private final List<AnimationTimer> timers = new ArrayList<>();
    private int measuringIndex = -1;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void tearDown() throws Exception {
        onFx(() -> {
            timers.forEach(AnimationTimer::stop);
            stage.hide();
            return null;
        });
    }

    /** A tile that counts what it is asked to do. */
    private final class CountingTile extends TileCell<String> {
        CountingTile() {
            super(new SimpleObjectProperty<>(), 64, null);
            indexProperty().addListener((obs, old, now) -> {
                if (now.intValue() >= 0 && !onVisibleRow(this)) {
                    measuringIndex = Math.max(measuringIndex, now.intValue());
                }
            });
        }

        @Override
        protected void showBlank() {
            blanks.incrementAndGet();
        }

        @Override
        protected void showItem(String item) {
            fills.incrementAndGet();
            if (!onVisibleRow(this)) {
                hiddenFills.incrementAndGet();
            }
        }
    }

    private void showGrid() throws Exception {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < ITEMS; i++) {
            items.add("award " + i);
        }
        onFx(() -> {
            grid = new GridView<>(FXCollections.observableArrayList(items));
            grid.setCellWidth(80);
            grid.setCellHeight(80);
            grid.setCellFactory(g -> new CountingTile());
            // In a box, as the shelf has it: the box asks the grid for its preferred height.
            stage.setScene(new Scene(new VBox(grid), 1000, 800));
            stage.show();
            return null;
        });
        waitUntil(() -> !visibleTiles().isEmpty(), "the first screen");
    }

    @Test
    void aRowLaidOutAgainDoesNotFillItsTilesAgain() throws Exception {
        showGrid();
        List<String> before = onFx(this::shownItems);
        onFx(() -> {
            fills.set(0);
            blanks.set(0);
            return null;
        });
        // What an arriving icon does: a tile asks for layout, so the flow lays every row out again.
        int pulses = relayoutFor(30);

        assertThat(pulses).isGreaterThanOrEqualTo(30);
        assertThat(onFx(this::shownItems)).as("the tiles on screen").isEqualTo(before);
        assertThat(blanks.get()).as("tiles emptied while the rows of %d tiles on screen were laid out %d times", before.size(), pulses).isZero();
        assertThat(fills.get() - hiddenFills.get()).as("tiles on screen filled again").isZero();
    }

    @Test
    void theMeasuringRowsTilesAreNotFilled() throws Exception {
        showGrid();
        onFx(() -> {
            grid.setPrefHeight(javafx.scene.layout.Region.USE_COMPUTED_SIZE);
            hiddenFills.set(0);
            return null;
        });
        // The box asks for the grid's preferred height on each layout; the flow measures rows for it.
        relayoutFor(10);
        int measuredRow = onFx(this::measuringRowIndexSeen);

        assertThat(measuredRow).as("the flow's measuring row was bound to a row").isGreaterThanOrEqualTo(0);
        assertThat(hiddenFills.get()).as("tiles of the hidden measuring row filled").isZero();
    }

    @Test
    void aTileEmptiedAndFilledAgainWithItsItemIsLeftAloneAndOneEmptiedForGoodShowsNothingAfterLayout() throws Exception {
        CountingTile tile = onFx(() -> {
            CountingTile t = new CountingTile();
            stage.setScene(new Scene(new VBox(t), 200, 200));
            stage.show();
            t.updateItem("award 1", false);
            return t;
        });
        WaitForAsyncUtils.waitForFxEvents();
        onFx(() -> {
            fills.set(0);
            blanks.set(0);
            tile.updateItem(null, true); // as GridRowSkin does on every layout of its row
            tile.updateItem("award 1", false);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fills.get() + blanks.get()).as("work for a tile that got its own item back").isZero();
        assertThat(onFx(() -> tile.getGraphic().isVisible())).isTrue();

        onFx(() -> {
            tile.updateItem(null, true);
            tile.requestLayout();
            return null;
        });
        onFx(() -> {
            javafx.application.Platform.requestNextPulse();
            return null;
        });
        waitUntil(() -> blanks.get() == 1, "the emptied tile's layout");

        assertThat(onFx(() -> tile.getGraphic().isVisible())).as("the emptied tile's frame visible").isFalse();
        assertThat(onFx(tile::getTooltip)).isNull();
        onFx(() -> {
            tile.updateItem("award 2", false);
            return null;
        });
        assertThat(fills.get()).isEqualTo(1);
        assertThat(onFx(() -> tile.getGraphic().isVisible())).as("the frame of a tile filled again").isTrue();
    }

    /** Asks the flow for layout at the start of each pulse, {@code count} pulses; returns the pulses seen. */
    private int relayoutFor(int count) throws Exception {
        AtomicInteger seen = new AtomicInteger();
        AnimationTimer timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (seen.incrementAndGet() > count) {
                    stop();
                    return;
                }
                visibleTiles().get(0).requestLayout();
                ((Parent) flow()).requestLayout();
            }
        };
        onFx(() -> {
            timers.add(timer);
            timer.start();
            return null;
        });
        waitUntil(() -> seen.get() > count, count + " pulses");
        WaitForAsyncUtils.waitForFxEvents();
        return seen.get() - 1;
    }

    /** The highest index a tile of the flow's measuring row (a row under a hidden parent) was bound to, or -1. */
    private int measuringRowIndexSeen() {
        return measuringIndex;
    }

    private static boolean onVisibleRow(GridCell<?> tile) {
        Parent row = tile.getParent();
        return row != null && row.getParent() != null && row.getParent().isVisible();
    }

    private VirtualFlow<?> flow() {
        return (VirtualFlow<?>) grid.lookup(".virtual-flow");
    }

    private List<GridCell<String>> visibleTiles() {
        VirtualFlow<?> flow = flow();
        return flow == null ? List.of() : VisibleTiles.in(flow, flow.lookup(".clipped-container"), ".badge-tile");
    }

    private List<String> shownItems() {
        return visibleTiles().stream().map(GridCell::getItem).toList();
    }

}
