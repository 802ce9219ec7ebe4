package io.github.badgeshelf.ui.shelf;

import io.github.badgeshelf.images.IconPriority;
import io.github.badgeshelf.model.Award;
import io.github.badgeshelf.testsupport.FakeRaServer;
import io.github.badgeshelf.testsupport.IconGridUiTestBase;
import io.github.badgeshelf.testsupport.NotedIcons;
import io.github.badgeshelf.testsupport.RecordingHttpClient;
import io.github.badgeshelf.testsupport.VisibleTiles;
import io.github.badgeshelf.ui.common.TaskExecutor;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.util.Callback;
import org.controlsfx.control.GridCell;
import org.controlsfx.control.GridView;
import org.junit.jupiter.api.Test;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import static io.github.badgeshelf.testsupport.FxWaits.onFx;
import static io.github.badgeshelf.testsupport.FxWaits.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 24: a new shelf's first screen asks for its icons as the grid's items change, before the
 * grid makes, styles and lays out the tiles for it (for a big shelf, a pulse of a hundred
 * milliseconds and more, during which the requests are already on their way), and that costs no
 * request more: every icon is downloaded once, and no more than the first screen and the one screen
 * of read-ahead the grid asked for before.
 */
class FirstScreenEarlyAskUiTest extends IconGridUiTestBase {
    private GridView<Award> grid;
    /** Tiles the grid's cell factory has made so far (FX thread). */
    private final AtomicInteger tilesMade = new AtomicInteger();
    /** For each URL asked for, how many tiles existed when it was first asked. */
    private final Map<String, Integer> tilesWhenAsked = new ConcurrentHashMap<>();

    @Test
    void aNewShelfAsksForItsFirstScreenBeforeTheGridMakesItsTilesAndDownloadsEachIconOnce() throws Exception {
        server = FakeRaServer.start();
        server.setLatencyMillis(FakeRaServer.Endpoint.IMAGES, 80);
        List<Award> shelfB = shownAwards(1613, 5);
        // Shelf A: two rows of other awards (a user's own small shelf): B's first screen needs many more tiles.
        List<Award> shelfA = shownAwards(12, 9);
        RecordingHttpClient client = new RecordingHttpClient(HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build(),
                url -> { }, (url, status) -> { });
        startPipeline(client, Files.createTempDirectory("badgeshelf-early-test"));
        ObservableList<Award> items = FXCollections.observableArrayList(shelfA);
        onFx(() -> {
            grid = ShelfView.badgeGrid(items, new NotedIcons(new PipelineBadgeIcons(pipeline, executor, 64))
                    .onAsk((url, priority) -> tilesWhenAsked.putIfAbsent(url, tilesMade.get())), new SimpleObjectProperty<>(),
                    award -> { }, new NoTileActions());
            Callback<GridView<Award>, GridCell<Award>> factory = grid.getCellFactory();
            grid.setCellFactory(g -> {
                tilesMade.incrementAndGet();
                return factory.call(g);
            });
            stage.setScene(new Scene(grid, 1400, 860));
            stage.show();
            return null;
        });
        waitUntil(() -> visibleTiles().size() == shelfA.size() && allShown(), "shelf A's icons");
        waitUntil(() -> pipeline.stats().activeDownloads() == 0 && pipeline.stats().queuedDownloads() == 0, "A's downloads to end");
        int sentForA = client.sent.size();

        int tilesForA = onFx(() -> {
            tilesWhenAsked.clear();
            int before = tilesMade.get();
            items.setAll(shelfB);
            return before;
        });
        waitUntil(this::allShown, "shelf B's first screen");
        waitUntil(() -> pipeline.stats().activeDownloads() == 0 && pipeline.stats().queuedDownloads() == 0, "B's downloads to end");

        List<String> onScreen = onFx(() -> visibleTiles().stream().map(c -> c.getItem().iconUrl()).filter(u -> u != null).toList());
        assertThat(onFx(tilesMade::get)).as("tiles made for B's first screen").isGreaterThan(tilesForA + 30);
        for (String url : onScreen) {
            assertThat(tilesWhenAsked.get(url)).as("tiles that existed when %s was first asked for", url)
                    .isEqualTo(tilesForA);
        }
        List<String> sentForB = client.sent.subList(sentForA, client.sent.size());
        assertThat(new HashSet<>(sentForB)).as("icons downloaded more than once").hasSameSizeAs(sentForB);
        // The first screen and one screen of read-ahead, as before the early ask.
        assertThat(sentForB).hasSizeLessThanOrEqualTo(2 * onScreen.size()).containsAll(onScreen);
    }

    private boolean allShown() {
        return VisibleTiles.allShowIcons(visibleTiles());
    }

    private List<GridCell<Award>> visibleTiles() {
        return VisibleTiles.ofShelf(grid);
    }
}
