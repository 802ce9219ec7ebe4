package io.github.badgeshelf.ui.game;

import io.github.badgeshelf.api.RaClient;
import io.github.badgeshelf.game.GameKey;
import io.github.badgeshelf.game.GamePageCache;
import io.github.badgeshelf.game.GamePageLoader;
import io.github.badgeshelf.images.IconPriority;
import io.github.badgeshelf.model.Achievement;
import io.github.badgeshelf.shelf.OfflineAwareSource;
import io.github.badgeshelf.testsupport.AwardsFixtures;
import io.github.badgeshelf.testsupport.FakeRaServer;
import io.github.badgeshelf.testsupport.NotedIcons;
import io.github.badgeshelf.testsupport.GameFixtures;
import io.github.badgeshelf.testsupport.RecordingHttpClient;
import io.github.badgeshelf.testsupport.VisibleTiles;
import io.github.badgeshelf.ui.common.TaskExecutor;
import io.github.badgeshelf.ui.shelf.BadgeIcons;
import io.github.badgeshelf.ui.shelf.PipelineBadgeIcons;
import io.github.badgeshelf.testsupport.IconGridUiTestBase;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import org.controlsfx.control.GridCell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.function.Consumer;

import static io.github.badgeshelf.testsupport.FxWaits.onFx;
import static io.github.badgeshelf.testsupport.FxWaits.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 24: the first fill of a game page asks for the badges of the tiles laid out on screen in
 * the pulse that first lays the filled grid out (no waiting for a still pulse, which is only for
 * scrolling), and no read-ahead is asked for before the last of them. Counted in pulses, not
 * milliseconds; the page, its ViewModel, the real client, the loopback server and the icon
 * pipeline are the app's own. Also: the tiles make their tooltips only when the pointer comes (a
 * Tooltip per tile was a quarter of the FX thread's work of the first fill), and the one made says
 * what the achievement is.
 */
class GamePageFirstFillIconsUiTest extends IconGridUiTestBase {
    private static final String USER = "Player";
    private static final int GAME = 7;

    @TempDir
    Path dir;

    private GamePageView page;
    /** Layout pulses so far, counted at the end of each (a post-layout pulse listener); FX thread. */
    private int pulses;
    /** The pulse count when the achievements were first put in the grid (-1 before); FX thread. */
    private int filledAfter = -1;
    /** Every badge asked for, in order, with its priority and the pulse count at the time; FX thread. */
    private final List<Asked> asked = new ArrayList<>();

    private record Asked(String url, IconPriority priority, int pulsesBefore) {
    }

    @Test
    void theFirstFillAsksForTheBadgesOnScreenInThePulseThatLaysItOutAndBeforeAnyReadAhead() throws Exception {
        RecordingHttpClient client = openGame();
        waitUntil(this::allOnScreenShown, "the badges on screen");
        waitUntil(() -> pipeline.stats().activeDownloads() == 0 && pipeline.stats().queuedDownloads() == 0,
                "the downloads to end");

        List<String> onScreen = onFx(() -> visibleTiles().stream().map(c -> AchievementTileCell.badgeOf(c.getItem())).toList());
        List<Asked> log = onFx(() -> List.copyOf(asked));
        int filled = onFx(() -> filledAfter);
        assertThat(onScreen).as("badges on the first screen").hasSizeGreaterThan(10);
        assertThat(filled).as("pulses before the grid was filled").isGreaterThanOrEqualTo(0);
        for (String url : onScreen) {
            Asked first = log.stream().filter(a -> a.url().equals(url)).findFirst().orElse(null);
            assertThat(first).as("a request for %s, on screen", url).isNotNull();
            assertThat(first.priority()).as("priority of %s", url).isEqualTo(IconPriority.VISIBLE);
            // Asked in the first pulse that lays out the filled grid, i.e. before the pulse after it began.
            assertThat(first.pulsesBefore()).as("pulses done when %s was asked; the grid was filled after pulse %d",
                    url, filled).isEqualTo(filled);
        }
        int lastOnScreen = -1;
        int firstReadAhead = Integer.MAX_VALUE;
        for (int i = 0; i < log.size(); i++) {
            if (onScreen.contains(log.get(i).url())) {
                lastOnScreen = Math.max(lastOnScreen, i);
            } else if (log.get(i).priority() == IconPriority.READ_AHEAD) {
                firstReadAhead = Math.min(firstReadAhead, i);
            }
        }
        assertThat(firstReadAhead).as("read-ahead was asked for at all").isLessThan(Integer.MAX_VALUE);
        assertThat(lastOnScreen).as("the last on-screen badge's place among the %d asked (first read-ahead: %d)",
                log.size(), firstReadAhead).isLessThan(firstReadAhead);
        // Politeness: each badge went to the host once.
        assertThat(new HashSet<>(client.sent)).as("badge requests sent").hasSameSizeAs(client.sent);
    }

    /** The page of a 150-achievement game, opened in a window smaller than its tiles; returns the icons' client. */
    private RecordingHttpClient openGame() throws Exception {
        server = FakeRaServer.start();
        server.addUser(USER, AwardsFixtures.EMPTY_AWARDS);
        server.addGameProgress(USER, GAME, GameFixtures.generated(GAME, "Big Game", 150, 50, 11));
        server.setLatencyMillis(FakeRaServer.Endpoint.BADGES, 80);
        RecordingHttpClient client = new RecordingHttpClient(HttpClient.newHttpClient(), url -> { }, (url, status) -> { });
        startPipeline(client, dir.resolve("icons"));
        GamePageViewModel model = new GamePageViewModel(new OfflineAwareSource<>(
                new GamePageLoader(new RaClient(server.config(), server.credentials()), Clock.systemUTC()),
                new GamePageCache(dir.resolve("games")), Runnable::run), executor, Clock.systemUTC(), status -> { });
        BadgeIcons icons = new NotedIcons(new PipelineBadgeIcons(pipeline, executor, 64))
                .onAsk((url, priority) -> asked.add(new Asked(url, priority, pulses)));
        onFx(() -> {
            page = new GamePageView(model, icons, () -> { }, id -> { });
            model.getShown().addListener((ListChangeListener<Achievement>) change -> {
                if (filledAfter < 0 && !model.getShown().isEmpty()) {
                    filledAfter = pulses;
                }
            });
            // Small enough that the 150 badges are several screens: the rest is read-ahead.
            Scene scene = new Scene(page, 1000, 640);
            scene.addPostLayoutPulseListener(() -> pulses++);
            stage.setScene(scene);
            stage.show();
            return null;
        });
        onFx(() -> {
            model.open(new GameKey(USER, GAME), "Big Game");
            return null;
        });
        return client;
    }

    @Test
    void aTileMakesItsTooltipWhenThePointerComesAndItSaysWhatTheAchievementIs(FxRobot robot) throws Exception {
        openGame();
        waitUntil(this::allOnScreenShown, "the badges on screen");
        List<GridCell<Achievement>> tiles = onFx(this::visibleTiles);
        // None made with the tiles: each Tooltip builds and styles a popup scene of its own.
        assertThat(onFx(() -> tiles.stream().filter(t -> t.getTooltip() != null).count())).as("tiles with a tooltip").isZero();
        GridCell<Achievement> tile = tiles.get(0);
        robot.moveTo(tile);
        String tip = onFx(() -> tile.getTooltip() == null ? null : tile.getTooltip().getText());
        Achievement shown = onFx(tile::getItem);
        assertThat(tip).as("the hovered tile's tooltip").isNotNull().contains(shown.title()).contains(shown.description());
        waitUntil(() -> robot.lookup(".tooltip").tryQuery().isPresent(), "the tooltip to show");
    }

    private boolean allOnScreenShown() {
        List<GridCell<Achievement>> tiles = visibleTiles();
        if (tiles.isEmpty()) {
            return false;
        }
        for (GridCell<Achievement> cell : tiles) {
            ImageView view = (ImageView) cell.lookup(".image-view");
            if (view == null || view.getImage() == null) {
                return false;
            }
        }
        return true;
    }

    private List<GridCell<Achievement>> visibleTiles() {
        VirtualFlow<?> flow = page == null ? null : (VirtualFlow<?>) page.grid().lookup(".virtual-flow");
        return flow == null ? List.of() : VisibleTiles.in(flow, flow.lookup(".clipped-container"), ".achievement-tile");
    }

}
