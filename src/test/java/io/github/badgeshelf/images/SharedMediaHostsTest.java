package io.github.badgeshelf.images;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.badgeshelf.images.ImageIoDecoder.Icon;
import io.github.badgeshelf.model.Award;
import io.github.badgeshelf.model.AwardTypes;
import io.github.badgeshelf.testsupport.TestAwards;
import io.github.badgeshelf.wall.WallIconLoader;
import io.github.badgeshelf.wall.WallIcons;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 21 item 11: the window's tiles and a wall image being saved download through one set of
 * per-host lanes (two pipelines, two decoders, one {@link MediaHosts}), so the media host never
 * sees more connections than one polite client opens, and a 429 pauses both.
 */
class SharedMediaHostsTest {

    @TempDir
    Path home;
    private IconServer server;
    private IconPipeline<Icon> window;
    private IconPipeline<BufferedImage> wall;

    @BeforeEach
    void start() throws Exception {
        server = new IconServer();
        // As AppServices builds them: the window's pipeline, and the wall's sharing its hosts and disk cache.
        window = new IconPipeline<>(IconPipelineConfig.builder().maxConcurrentDownloads(64)
                .diskCacheFolder(home.resolve("icons")).build(), new ImageIoDecoder());
        wall = WallIconLoader.pipeline(home.resolve("icons"), Duration.ofSeconds(10), "test", window.hosts());
    }

    @AfterEach
    void stop() {
        window.close();
        wall.close();
        server.close();
    }

    @Test
    void aWallSavedWhileTheWindowLoadsNeverOpensMoreConnectionsThanOneClient() {
        server.delay(Duration.ofMillis(60));
        List<RecordingCallback<Icon>> tiles = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            RecordingCallback<Icon> callback = new RecordingCallback<>();
            tiles.add(callback);
            window.request(server.url("tile" + i), 64, callback);
        }
        CompletableFuture<WallIcons> saving = CompletableFuture.supplyAsync(() -> loadWall(1000, 24));

        tiles.forEach(RecordingCallback::awaitIcon);
        WallIcons icons = saving.join();

        assertThat(icons.failures()).isEmpty();
        assertThat(server.totalRequests()).isEqualTo(48);
        // Plain HTTP/1.1 on loopback: six connections per host, the window's and the wall's together.
        assertThat(server.maxConcurrent.get()).as("requests the host handled at once")
                .isLessThanOrEqualTo(IconPipelineConfig.DEFAULT_HTTP1_CONNECTIONS_PER_HOST)
                .isGreaterThan(1);
        assertThat(window.hosts().running()).isZero();
    }

    @Test
    void a429AnsweredToTheWindowPausesTheWallsDownloadsToo() throws Exception {
        server.busyNext(1, 429, "1");
        RecordingCallback<Icon> tile = new RecordingCallback<>();
        window.request(server.url("tile"), 64, tile);
        server.awaitRequests(1);
        awaitPaused();

        WallIcons icons = loadWall(2000, 3);
        tile.awaitIcon();

        assertThat(icons.failures()).isEmpty();
        assertThat(server.requestOrder).hasSize(5).first().isEqualTo("/Images/tile.png");
        long pause = TimeUnit.NANOSECONDS.toMillis(server.arrivals.get(1) - server.arrivals.get(0));
        assertThat(pause).as("ms between the window's 429 and the next request, the wall's included")
                .isGreaterThanOrEqualTo(950);
    }

    /** The 429 has been read (the window's pipeline counted it): the host is paused from here on. */
    private void awaitPaused() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (window.stats().busyAnswers() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(2);
        }
        assertThat(window.stats().busyAnswers()).isEqualTo(1);
    }

    private WallIcons loadWall(int firstGameId, int count) {
        String base = server.url("x").replace("/Images/x.png", "");
        List<Award> awards = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            awards.add(TestAwards.game(AwardTypes.MASTERY_COMPLETION, true, firstGameId + i, "SNES", "2024-01-01T00:00:00Z", base));
        }
        try {
            return new WallIconLoader(wall).load(awards, null, (done, total) -> { }, () -> false);
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }
}
