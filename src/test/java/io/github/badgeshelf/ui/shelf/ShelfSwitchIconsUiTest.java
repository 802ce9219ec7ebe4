package io.github.badgeshelf.ui.shelf;

import io.github.badgeshelf.images.IconPriority;
import io.github.badgeshelf.model.Award;
import io.github.badgeshelf.testsupport.FakeRaServer;
import io.github.badgeshelf.testsupport.RecordingHttpClient;
import io.github.badgeshelf.testsupport.VisibleTiles;
import io.github.badgeshelf.ui.common.TaskExecutor;
import io.github.badgeshelf.testsupport.IconGridUiTestBase;
import io.github.badgeshelf.testsupport.NotedIcons;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import org.controlsfx.control.GridCell;
import org.controlsfx.control.GridView;
import org.junit.jupiter.api.Test;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import static io.github.badgeshelf.testsupport.FxWaits.onFx;
import static io.github.badgeshelf.testsupport.FxWaits.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 24: a person switches from a small shelf (A, icons shown) to a big one (B) whose first
 * screen shares some icons with A. Counted in pulses, not milliseconds: every tile of B on screen
 * shows its icon in the pulse after its decoded icon reaches the FX thread, whatever its cell went
 * through meanwhile, and the partly visible bottom row, which a person already sees, asks before any
 * read-ahead.
 */
class ShelfSwitchIconsUiTest extends IconGridUiTestBase {
    private static final int SHARED = 40;

    private GridView<Award> grid;
    /** Layout pulses so far, counted at the end of each (a post-layout pulse listener). */
    private final AtomicInteger pulses = new AtomicInteger();
    /** The pulse count when each URL's answer had arrived whole (bytes there, nothing decoded yet). */
    private final Map<String, Integer> arrivedAt = new ConcurrentHashMap<>();
    /** The pulse in which a tile on screen first showed each URL's icon (FX thread). */
    private final Map<String, Integer> shownAt = new ConcurrentHashMap<>();
    /** The pulse count when each URL's decoded icon reached the FX thread (its tile's callback ran). */
    private final Map<String, Integer> handedAt = new ConcurrentHashMap<>();
    private RecordingHttpClient client;
    /** The grid's asks for icons, in order (FX thread). */
    private final List<Asked> asked = new CopyOnWriteArrayList<>();

    @Test
    void afterASwitchEveryTileShowsItsIconInThePulseAfterItArrivesAndTheLastRowAsksBeforeReadAhead() throws Exception {
        server = FakeRaServer.start();
        server.setLatencyMillis(FakeRaServer.Endpoint.IMAGES, 80);
        List<Award> shelfB = shownAwards(1613, 5);
        // Shelf A: forty of B's first awards in another order, so B's tiles land on cells that showed other icons.
        List<Award> shelfA = new ArrayList<>(shelfB.stream().filter(a -> a.iconUrl() != null).limit(SHARED).toList());
        Collections.reverse(shelfA);
        client = new RecordingHttpClient(HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build(),
                url -> { }, (url, status) -> arrivedAt.putIfAbsent(url, pulses.get()));
        // As the app has it (AppServices): a disk cache and the HTTP/2 limit; the loopback host speaks HTTP/1.1.
        startPipeline(client, Files.createTempDirectory("badgeshelf-switch-test"));
        ObservableList<Award> items = FXCollections.observableArrayList(shelfA);
        onFx(() -> {
            grid = ShelfView.badgeGrid(items, new NotedIcons(new PipelineBadgeIcons(pipeline, executor, 64))
                    .onAsk((url, priority) -> asked.add(new Asked(url, priority)))
                    .onHanded(url -> handedAt.putIfAbsent(url, pulses.get())), new SimpleObjectProperty<>(),
                    award -> { }, new NoTileActions());
            Scene scene = new Scene(grid, 1400, 860);
            scene.addPostLayoutPulseListener(this::afterPulse);
            stage.setScene(scene);
            stage.show();
            return null;
        });
        waitUntil(() -> visibleTiles().size() == SHARED && allShown(), "shelf A's icons");
        waitUntil(() -> pipeline.stats().activeDownloads() == 0 && pipeline.stats().queuedDownloads() == 0, "A's downloads to end");
        int sentForA = client.sent.size();
        int askedForA = asked.size();

        int filledAfter = onFx(() -> {
            shownAt.clear();
            items.setAll(shelfB);
            return pulses.get();
        });
        waitUntil(this::allShown, "shelf B's first screen");
        waitUntil(() -> pipeline.stats().activeDownloads() == 0 && pipeline.stats().queuedDownloads() == 0, "B's downloads to end");

        List<String> onScreen = onFx(() -> visibleTiles().stream().map(c -> c.getItem().iconUrl()).filter(u -> u != null).toList());
        assertThat(onScreen).as("B's first screen is bigger than A").hasSizeGreaterThan(SHARED * 2);
        assertThat(onFx(this::lastRowIsPartlyVisible)).as("a bottom row only partly on screen").isTrue();
        List<String> sentForB = client.sent.subList(sentForA, client.sent.size());
        for (String url : onScreen) {
            Integer shown = shownAt.get(url);
            assertThat(shown).as("pulse showing %s", url).isNotNull();
            Integer arrived = sentForB.contains(url) ? arrivedAt.get(url) : null;
            if (arrived == null) {
                // In memory since A (or read from the disk cache): shown in the pulse that lays B out.
                assertThat(shown).as("pulse showing %s, already loaded for A; B filled after pulse %d", url, filledAfter)
                        .isLessThanOrEqualTo(filledAfter + 1);
            } else {
                // Once its icon reaches the FX thread, a tile shows it in the next pulse, whatever
                // happened to its cell meanwhile. How many pulses pass between the bytes and that
                // hand-over (decoding on a worker) depends on the machine's load, not on the window.
                Integer handed = handedAt.get(url);
                assertThat(handed).as("hand-over of %s to the FX thread", url).isNotNull();
                assertThat(shown).as("pulse showing %s, whose bytes arrived after pulse %d and reached the FX thread after pulse %d",
                        url, arrived, handed).isLessThanOrEqualTo(handed + 1);
            }
        }
        assertThat(onScreen.stream().filter(sentForB::contains).count()).as("icons B downloaded for its first screen")
                .isGreaterThan(SHARED);
        // Every tile on screen, the partly visible bottom row included, asks before any read-ahead is
        // asked for. (The order the requests reach the wire is not asserted: with free connection
        // slots, jobs leave from parallel disk-cache misses and two asked a moment apart can swap.)
        List<Asked> askedForB = asked.subList(askedForA, asked.size());
        int lastOnScreen = -1;
        int firstReadAhead = Integer.MAX_VALUE;
        for (int i = 0; i < askedForB.size(); i++) {
            Asked a = askedForB.get(i);
            if (a.priority() == IconPriority.READ_AHEAD) {
                firstReadAhead = Math.min(firstReadAhead, i);
            } else if (onScreen.contains(a.url())) {
                lastOnScreen = i;
            }
        }
        assertThat(firstReadAhead).as("read-ahead was asked for at all").isLessThan(Integer.MAX_VALUE);
        assertThat(askedForB.stream().filter(a -> a.priority() == IconPriority.READ_AHEAD).map(Asked::url))
                .as("read-ahead only for tiles off screen").doesNotContainAnyElementsOf(onScreen);
        assertThat(lastOnScreen).as("position of the last on-screen tile's ask among %d (first read-ahead: %d)",
                askedForB.size(), firstReadAhead).isLessThan(firstReadAhead);
    }

    /** One ask of the grid for an icon, in the order the FX thread made them. */
    private record Asked(String url, IconPriority priority) {
    }

    /** Counts the pulse and notes which URLs tiles on screen show now. */
    private void afterPulse() {
        int pulse = pulses.incrementAndGet();
        if (grid == null || flow() == null) {
            return;
        }
        for (GridCell<Award> cell : visibleTiles()) {
            String url = cell.getItem().iconUrl();
            ImageView view = (ImageView) cell.lookup(".image-view");
            if (url != null && view != null && view.getImage() != null && view.isVisible()) {
                shownAt.putIfAbsent(url, pulse);
            }
        }
    }

    private boolean allShown() {
        return VisibleTiles.allShowIcons(visibleTiles());
    }

    private boolean lastRowIsPartlyVisible() {
        Node viewport = flow().lookup(".clipped-container");
        Bounds screen = viewport.localToScene(viewport.getLayoutBounds());
        return visibleTiles().stream().anyMatch(c -> c.localToScene(c.getLayoutBounds()).getMaxY() > screen.getMaxY() + 1);
    }

    private VirtualFlow<?> flow() {
        return (VirtualFlow<?>) grid.lookup(".virtual-flow");
    }

    private List<GridCell<Award>> visibleTiles() {
        return VisibleTiles.ofShelf(grid);
    }
}
