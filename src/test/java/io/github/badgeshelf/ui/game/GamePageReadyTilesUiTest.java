package io.github.badgeshelf.ui.game;

import io.github.badgeshelf.api.RaClient;
import io.github.badgeshelf.game.GameKey;
import io.github.badgeshelf.game.GamePageCache;
import io.github.badgeshelf.game.GamePageLoader;
import io.github.badgeshelf.images.IconPipeline;
import io.github.badgeshelf.images.IconPipelineConfig;
import io.github.badgeshelf.model.Achievement;
import io.github.badgeshelf.shelf.OfflineAwareSource;
import io.github.badgeshelf.testsupport.AwardsFixtures;
import io.github.badgeshelf.testsupport.FakeRaServer;
import io.github.badgeshelf.testsupport.GameFixtures;
import io.github.badgeshelf.testsupport.VisibleTiles;
import io.github.badgeshelf.ui.common.FxTaskExecutor;
import io.github.badgeshelf.ui.images.FxImageDecoder;
import io.github.badgeshelf.ui.shelf.PipelineBadgeIcons;
import io.github.badgeshelf.testsupport.IconGridUiTestBase;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.util.Callback;
import org.controlsfx.control.GridCell;
import org.controlsfx.control.GridView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static io.github.badgeshelf.testsupport.FxWaits.onFx;
import static io.github.badgeshelf.testsupport.FxWaits.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 24: the game page's first screen of tiles is made, styled and laid out while the game's
 * request is in flight (the page hidden, as the window keeps it), so the answer only fills them;
 * and the page's layout does not make the grid measure rows it does not show. Counted (tiles the
 * grid's cell factory made, rows bound to the flow's hidden measuring row), never timed. The page,
 * its ViewModel, the real client and the loopback server are the app's own.
 */
class GamePageReadyTilesUiTest extends IconGridUiTestBase {
    private static final String USER = "Player";
    private static final int GAME = 7;
    /** Long enough that the hidden page's pulses run before the answer on a loaded machine, within the client's 3 s deadline. */
    private static final long ANSWER_LATENCY_MS = 1_500;

    @TempDir
    Path dir;

    private GamePageViewModel model;
    private GamePageView page;
    /** Tiles the grid's cell factory made so far; FX thread. */
    private int tilesMade;
    /** Tiles made by the time the page was announced (the answer handed to it), -1 before; FX thread. */
    private int tilesMadeBeforeAnswer = -1;
    /** Every tile the cell factory made before the answer; FX thread. */
    private final Set<GridCell<Achievement>> madeBeforeAnswer = new HashSet<>();
    private final Set<GridCell<Achievement>> allMade = new HashSet<>();
    /** Tiles laid out inside the hidden grid's viewport, counted after each layout while no page was open; FX thread. */
    private int readyTilesSeen;
    /** Achievements the flow's measuring row (a row under a hidden parent) bound its tiles to; FX thread. */
    private final Set<Integer> measured = new HashSet<>();

    @Test
    void theFirstScreenOfTilesIsMadeWhileTheRequestIsInFlightAndTheAnswerOnlyFillsThem() throws Exception {
        showWindow(150, ANSWER_LATENCY_MS);
        onFx(() -> {
            model.open(new GameKey(USER, GAME), "Big Game");
            return null;
        });
        waitUntil(() -> onFx(() -> model.isOpen() && !visibleTiles().isEmpty()), "the page's tiles on screen");
        WaitForAsyncUtils.waitForFxEvents();

        int onScreen = onFx(() -> visibleTiles().size());
        assertThat(server.requests(FakeRaServer.Endpoint.GAME)).as("requests for the game").hasSize(1);
        assertThat(onScreen).as("tiles on the first screen").isGreaterThan(10);
        assertThat(readyTilesSeen).as("tiles laid out in the hidden page before the answer came").isGreaterThanOrEqualTo(onScreen);
        assertThat(tilesMadeBeforeAnswer).as("tiles made before the answer").isGreaterThanOrEqualTo(onScreen);
        // Made before, then filled: every tile on screen (a tile made later is the flow's hidden measuring row's).
        assertThat(onFx(() -> visibleTiles().stream().filter(t -> !madeBeforeAnswer.contains(t)).count()))
                .as("tiles on screen made after the answer (%d on screen)", onScreen).isZero();
        // Filled with the game's own achievements, in its order: nothing of the blanks is left on screen.
        List<Achievement> shown = onFx(() -> visibleTiles().stream().map(GridCell::getItem).toList());
        assertThat(shown).as("what the tiles on screen show").doesNotContain(ReadyTiles.BLANK)
                .isEqualTo(onFx(() -> model.getShown().subList(0, shown.size())));
        assertThat(onFx(() -> page.grid().getItems())).as("the grid's items").isEqualTo(onFx(model::getShown));
    }

    @Test
    void closingThePageKeepsItsTilesForTheNextOne() throws Exception {
        showWindow(150, 0);
        onFx(() -> {
            model.open(new GameKey(USER, GAME), "Big Game");
            return null;
        });
        waitUntil(() -> onFx(() -> model.isOpen() && !visibleTiles().isEmpty()), "the first page");
        int made = onFx(() -> tilesMade);
        onFx(model::close);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> page.grid().getItems())).as("the closed page's grid").isNotEmpty().containsOnly(ReadyTiles.BLANK);

        onFx(() -> {
            model.open(new GameKey(USER, GAME), "Big Game"); // from memory this time
            return null;
        });
        waitUntil(() -> onFx(() -> model.isOpen() && !visibleTiles().isEmpty()), "the page again");
        assertThat(onFx(() -> tilesMade)).as("tiles made in all, the second opening included").isEqualTo(made);
    }

    @Test
    void layingThePageOutDoesNotMeasureTheGridsFirstRows() throws Exception {
        showWindow(150, 0);
        onFx(() -> {
            model.open(new GameKey(USER, GAME), "Big Game");
            return null;
        });
        waitUntil(() -> onFx(() -> model.isOpen() && !visibleTiles().isEmpty()), "the page's tiles on screen");
        WaitForAsyncUtils.waitForFxEvents();
        onFx(() -> {
            measured.clear();
            return null;
        });
        // What an arriving badge does: its tile asks for layout, and so every parent up to the page,
        // which asks its children for their sizes again.
        for (int i = 0; i < 10; i++) {
            onFx(() -> {
                visibleTiles().get(0).requestLayout();
                return null;
            });
            WaitForAsyncUtils.waitForFxEvents();
        }
        onFx(() -> {
            page.applyCss();
            page.layout();
            return null;
        });
        // VirtualFlow's preferred height is the sum of its first ten rows, measured one by one on its
        // hidden measuring row whenever a parent asks for it. (It measures the last rows for its scroll
        // bar itself, which is not this.)
        int firstTenRows = onFx(() -> 10 * columns());
        assertThat(onFx(() -> measured.stream().filter(i -> i < firstTenRows).sorted().toList()))
                .as("achievements of the first ten rows bound to the flow's measuring row while the page was laid out")
                .isEmpty();
    }

    /** A window with the page over a stand-in for the shelf, hidden while no page is open (as GamePageController has it). */
    private void showWindow(int achievements, long latencyMs) throws Exception {
        server = FakeRaServer.start();
        server.addUser(USER, AwardsFixtures.EMPTY_AWARDS);
        server.addGameProgress(USER, GAME, GameFixtures.generated(GAME, "Big Game", achievements, 50, 11));
        server.setLatencyMillis(FakeRaServer.Endpoint.GAME, latencyMs);
        pipeline = new IconPipeline<>(IconPipelineConfig.builder().diskCacheFolder(dir.resolve("icons")).build(),
                new FxImageDecoder());
        executor = new FxTaskExecutor();
        model = new GamePageViewModel(new OfflineAwareSource<>(
                new GamePageLoader(new RaClient(server.config(), server.credentials()), Clock.systemUTC()),
                new GamePageCache(dir.resolve("games")), Runnable::run), executor, Clock.systemUTC(), status -> { });
        onFx(() -> {
            page = new GamePageView(model, new PipelineBadgeIcons(pipeline, executor, 64), () -> { }, id -> { });
            GridView<Achievement> grid = page.grid();
            Callback<GridView<Achievement>, GridCell<Achievement>> tiles = grid.getCellFactory();
            grid.setCellFactory(g -> {
                tilesMade++;
                GridCell<Achievement> tile = tiles.call(g);
                allMade.add(tile);
                tile.indexProperty().addListener((obs, old, now) -> {
                    if (now.intValue() >= 0 && inMeasuringRow(tile)) {
                        measured.add(now.intValue());
                    }
                });
                return tile;
            });
            model.pageProperty().addListener((obs, old, now) -> {
                if (now != null && tilesMadeBeforeAnswer < 0) {
                    tilesMadeBeforeAnswer = tilesMade;
                    madeBeforeAnswer.addAll(allMade);
                }
            });
            page.visibleProperty().bind(model.pageProperty().isNotNull());
            Region shelf = new Region();
            shelf.visibleProperty().bind(page.visibleProperty().not());
            Scene scene = new Scene(new StackPane(shelf, page), 1000, 700);
            scene.addPostLayoutPulseListener(() -> {
                if (!model.isOpen()) {
                    readyTilesSeen = Math.max(readyTilesSeen, laidOutTiles());
                }
            });
            stage.setScene(scene);
            stage.show();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Tiles a row, as GridViewSkin counts them (it keeps 18 px for the scroll bar). */
    private int columns() {
        GridView<Achievement> grid = page.grid();
        return Math.max(1, (int) Math.floor((grid.getWidth() - 18) / (grid.getCellWidth() + 2 * grid.getHorizontalCellSpacing())));
    }

    /** Whether a tile sits in the flow's measuring row, which VirtualFlow keeps under a hidden parent. */
    private static boolean inMeasuringRow(GridCell<?> tile) {
        Parent row = tile.getParent();
        return row != null && row.getParent() != null && !row.getParent().isVisible();
    }

    /** Tiles with an item laid out inside the grid's viewport, whether the page is shown or not. */
    private int laidOutTiles() {
        VirtualFlow<?> flow = flow();
        if (flow == null) {
            return 0;
        }
        Parent viewport = (Parent) flow.lookup(".clipped-container");
        int count = 0;
        for (var node : flow.lookupAll(".achievement-tile")) {
            GridCell<?> tile = (GridCell<?>) node;
            if (tile.getItem() != null && !inMeasuringRow(tile) && tile.getParent() != null && tile.getParent().isVisible()
                    && tile.getWidth() > 0 && tile.localToScene(tile.getLayoutBounds())
                    .intersects(viewport.localToScene(viewport.getLayoutBounds()))) {
                count++;
            }
        }
        return count;
    }

    private VirtualFlow<?> flow() {
        return page == null ? null : (VirtualFlow<?>) page.grid().lookup(".virtual-flow");
    }

    private List<GridCell<Achievement>> visibleTiles() {
        VirtualFlow<?> flow = flow();
        return flow == null || !page.isVisible() ? List.of()
                : VisibleTiles.in(flow, flow.lookup(".clipped-container"), ".achievement-tile");
    }
}
