package io.github.badgeshelf.ui.shelf;

import io.github.badgeshelf.testsupport.VisibleTiles;
import io.github.badgeshelf.images.IconDecoder;
import io.github.badgeshelf.images.IconPipeline;
import io.github.badgeshelf.images.IconPipelineConfig;
import io.github.badgeshelf.images.IconPriority;
import io.github.badgeshelf.model.Award;
import io.github.badgeshelf.testsupport.FakeRaServer;
import io.github.badgeshelf.ui.common.FxTaskExecutor;
import io.github.badgeshelf.ui.common.TaskExecutor;
import io.github.badgeshelf.ui.images.FxImageDecoder;
import io.github.badgeshelf.testsupport.IconGridUiTestBase;
import io.github.badgeshelf.testsupport.NotedIcons;
import javafx.animation.AnimationTimer;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import org.controlsfx.control.GridCell;
import org.controlsfx.control.GridView;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import static io.github.badgeshelf.testsupport.FxWaits.onFx;
import static io.github.badgeshelf.testsupport.FxWaits.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shelf's grid in a headless window against a loopback media host that counts what it is
 * asked for: only tiles on screen (and a screen ahead) ask, the grid's measuring cell never does,
 * and an icon whose tile scrolled away is not decoded.
 */
class OnScreenIconsUiTest extends IconGridUiTestBase {
    private static final int AWARDS = 1613;

    private final RecordingDecoder decoder = new RecordingDecoder();
    /** Every URL a load was asked for. */
    private final List<String> asked = new CopyOnWriteArrayList<>();
    /** Every URL looked up in memory: every award a tile on the grid's rows was bound to. */
    private final Set<String> looked = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private List<Award> awards;
    private GridView<Award> grid;

    private void showShelf(long iconLatencyMillis) throws Exception {
        server = FakeRaServer.start();
        server.setLatencyMillis(FakeRaServer.Endpoint.IMAGES, iconLatencyMillis);
        awards = shownAwards(AWARDS, 5);
        // As the app has it: a disk cache, and a download limit meant for HTTP/2 (the loopback host speaks HTTP/1.1).
        pipeline = new IconPipeline<>(IconPipelineConfig.builder().maxConcurrentDownloads(64)
                .diskCacheFolder(Files.createTempDirectory("badgeshelf-icons-test")).build(), decoder);
        executor = new FxTaskExecutor();
        BadgeIcons icons = new NotedIcons(new PipelineBadgeIcons(pipeline, executor, 64)).onLookup(looked::add).onAsk((url, priority) -> asked.add(url));
        onFx(() -> {
            grid = ShelfView.badgeGrid(FXCollections.observableArrayList(awards), icons, new SimpleObjectProperty<>(),
                    award -> { }, new NoTileActions());
            stage.setScene(new Scene(grid, 1400, 900));
            stage.show();
            return null;
        });
    }

    @Test
    void aBigShelfAsksForAtMostTwoScreensOfIconsAndTheMeasuringCellForNone() throws Exception {
        showShelf(0);
        waitUntil(() -> firstScreenShown(), "the first screen's icons");
        // A layout on every pulse, as arriving icons cause: the flow's measuring cell then walks
        // the shelf, index after index, to improve its size estimate.
        int[] measured = {-1};
        AnimationTimer relayout = new AnimationTimer() {
            @Override
            public void handle(long now) {
                measured[0] = Math.max(measured[0], measuringRowIndex());
                ((Parent) flow()).requestLayout();
            }
        };
        onFx(() -> {
            relayout.start();
            return null;
        });
        int lastOnScreenBefore = onFx(() -> visibleTiles().stream().mapToInt(GridCell::getIndex).max().orElseThrow());
        waitUntil(() -> measured[0] >= 3 * (lastOnScreenBefore + 1), "the measuring cell to walk past three screens");
        onFx(() -> {
            relayout.stop();
            return null;
        });
        waitUntil(() -> pipeline.stats().activeDownloads() == 0 && pipeline.stats().queuedDownloads() == 0, "the downloads to end");
        WaitForAsyncUtils.sleep(1, TimeUnit.SECONDS); // anything asked late would arrive now

        int onScreen = onFx(() -> visibleTiles().size());
        int lastOnScreen = onFx(() -> visibleTiles().stream().mapToInt(GridCell::getIndex).max().orElseThrow());
        assertThat(onScreen).isGreaterThan(40);
        assertThat(server.iconRequestCount()).as("icon requests for %d tiles on screen", onScreen)
                .isLessThanOrEqualTo(2 * onScreen)
                .isGreaterThanOrEqualTo(onScreen / 2);
        // The measuring cell walks the whole shelf; nothing past one screen below was asked for.
        Set<String> nearby = new HashSet<>();
        for (int i = 0; i <= lastOnScreen + onScreen && i < awards.size(); i++) {
            nearby.add(awards.get(i).iconUrl());
        }
        assertThat(asked).as("icons asked for").isNotEmpty().allMatch(nearby::contains);
        assertThat(pipeline.stats().decodes()).isLessThanOrEqualTo(2L * onScreen);
    }

    @Test
    void anIconWhoseTileScrolledAwayIsNotDecoded() throws Exception {
        showShelf(600);
        waitUntil(() -> server.iconRequestCount() > 0, "the first screen to ask");
        List<Award> firstScreen = onFx(() -> visibleTiles().stream().map(GridCell::getItem).toList());
        assertThat(firstScreen).isNotEmpty();

        onFx(() -> {
            flow().scrollTo(awards.size() - 1);
            return null;
        });
        waitUntil(() -> firstScreenShown(), "the last screen's icons");
        waitUntil(() -> pipeline.stats().activeDownloads() == 0 && pipeline.stats().queuedDownloads() == 0, "the downloads to end");

        List<Award> lastScreen = onFx(() -> visibleTiles().stream().map(GridCell::getItem).toList());
        Set<Integer> decoded = new HashSet<>(decoder.decodedHashes);
        for (Award award : firstScreen) {
            if (award.iconUrl() != null && lastScreen.stream().noneMatch(a -> award.iconUrl().equals(a.iconUrl()))) {
                String path = award.iconUrl().substring(award.iconUrl().indexOf("/Images/"));
                assertThat(decoded).as("decoded %s, whose tile scrolled away", path)
                        .doesNotContain(Arrays.hashCode(server.pngFor(path)));
            }
        }
        assertThat(decoder.decodedHashes).isNotEmpty();
    }

    @Test
    void aFlingThroughManyScreensAsksOnlyWhereTheViewRests() throws Exception {
        showShelf(0);
        waitUntil(() -> firstScreenShown(), "the first screen's icons");
        waitUntil(() -> pipeline.stats().activeDownloads() == 0 && pipeline.stats().queuedDownloads() == 0, "the first downloads to end");
        int screen = onFx(() -> visibleTiles().size());
        int before = server.iconRequestCount();
        asked.clear();

        // 120 px on every pulse, as a fling moves: the view never holds still until it stops,
        // about ten screens further down.
        double viewport = onFx(() -> flow().lookup(".clipped-container").getLayoutBounds().getHeight());
        int frames = (int) Math.ceil(10 * viewport / 120);
        java.util.concurrent.CountDownLatch stopped = new java.util.concurrent.CountDownLatch(1);
        AnimationTimer fling = new AnimationTimer() {
            private int frame;

            @Override
            public void handle(long now) {
                if (frame++ == frames) {
                    stop();
                    stopped.countDown();
                    return;
                }
                flow().scrollPixels(120);
            }
        };
        onFx(() -> {
            fling.start();
            return null;
        });
        assertThat(stopped.await(120, TimeUnit.SECONDS)).as("the fling ended").isTrue();
        waitUntil(() -> firstScreenShown(), "the icons where the fling stopped");
        waitUntil(() -> pipeline.stats().activeDownloads() == 0 && pipeline.stats().queuedDownloads() == 0, "the downloads to end");
        WaitForAsyncUtils.sleep(1, TimeUnit.SECONDS); // anything asked late would arrive now

        int firstAtRest = onFx(() -> visibleTiles().stream().mapToInt(GridCell::getIndex).min().orElseThrow());
        int lastAtRest = onFx(() -> visibleTiles().stream().mapToInt(GridCell::getIndex).max().orElseThrow());
        assertThat(firstAtRest).as("the fling went about ten screens down").isGreaterThan(8 * screen);
        // Where it rested: that screen and one screen of read-ahead on either side.
        Set<String> whereItRested = new HashSet<>();
        for (int i = Math.max(0, firstAtRest - screen); i <= lastAtRest + screen && i < awards.size(); i++) {
            whereItRested.add(awards.get(i).iconUrl());
        }
        assertThat(asked).as("icons asked for during and after the fling").isNotEmpty().allMatch(whereItRested::contains);
        assertThat(server.iconRequestCount() - before).as("icon requests at the server during and after the fling")
                .isLessThanOrEqualTo(2 * screen);
    }

    // ---- the window, read on the FX thread ----

    /** The highest index a tile of the flow's hidden measuring row is bound to now, or -1. */
    private int measuringRowIndex() {
        int index = -1;
        for (javafx.scene.Node node : flow().lookupAll(".badge-tile")) {
            Parent row = node.getParent();
            if (row != null && row.getParent() != null && !row.getParent().isVisible()) {
                index = Math.max(index, ((GridCell<?>) node).getIndex());
            }
        }
        return index;
    }

    private VirtualFlow<?> flow() {
        return (VirtualFlow<?>) grid.lookup(".virtual-flow");
    }

    /** Tiles showing an award inside the grid's viewport, reached through visible parents. */
    private List<GridCell<Award>> visibleTiles() {
        VirtualFlow<?> flow = flow();
        return VisibleTiles.in(flow, flow.lookup(".clipped-container"), ".badge-tile");
    }

    private boolean firstScreenShown() {
        List<GridCell<Award>> tiles = visibleTiles();
        if (tiles.isEmpty()) {
            return false;
        }
        for (GridCell<Award> cell : tiles) {
            if (cell.getItem().iconUrl() == null) {
                continue;
            }
            ImageView view = (ImageView) cell.lookup(".image-view");
            if (view == null || view.getImage() == null) {
                return false;
            }
        }
        return true;
    }

    // ---- helpers ----


    /** The app's decoder, remembering what it decoded (by the bytes' hash). */
    private static final class RecordingDecoder implements IconDecoder<Image> {
        final List<Integer> decodedHashes = new CopyOnWriteArrayList<>();
        private final FxImageDecoder decoder = new FxImageDecoder();

        @Override
        public Image decode(byte[] data, int sizePx) throws IOException {
            decodedHashes.add(Arrays.hashCode(data));
            return decoder.decode(data, sizePx);
        }

        @Override
        public long weightBytes(Image icon) {
            return decoder.weightBytes(icon);
        }
    }
}
