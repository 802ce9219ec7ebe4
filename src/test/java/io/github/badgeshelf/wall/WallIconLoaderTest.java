package io.github.badgeshelf.wall;

import io.github.badgeshelf.images.IconPipeline;
import io.github.badgeshelf.model.Award;
import io.github.badgeshelf.testsupport.FakeRaServer;
import io.github.badgeshelf.testsupport.Fault;
import io.github.badgeshelf.testsupport.TestAwards;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The wall's icons through the real pipeline, from a real loopback media host, with a real disk cache. */
class WallIconLoaderTest {
    private FakeRaServer server;

    @TempDir
    Path home;

    @BeforeEach
    void start() {
        server = FakeRaServer.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private List<Award> awards(int n) {
        List<Award> awards = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            awards.add(TestAwards.withIconBase(TestAwards.mastered(i, "SNES", "2020-01-01T00:00:00Z"), server.mediaBase().toString()));
        }
        awards.add(TestAwards.withIconBase(TestAwards.beaten(1, "SNES", "2020-01-02T00:00:00Z"), server.mediaBase().toString()));
        return awards;
    }

    private IconPipeline<BufferedImage> pipeline() {
        return WallIconLoader.pipeline(home.resolve("icons"), Duration.ofSeconds(3), "BadgeShelf-test");
    }

    @Test
    void loadsEveryIconOnceWithProgressAndASecondWallMakesNoDownloads() throws Exception {
        List<Award> awards = awards(30);
        String avatar = server.mediaBase() + "/UserPic/ShelfTester.png";
        List<int[]> progress = new CopyOnWriteArrayList<>();
        WallIcons icons;
        try (IconPipeline<BufferedImage> pipeline = pipeline()) {
            icons = new WallIconLoader(pipeline).load(awards, avatar, (done, total) -> progress.add(new int[] {done, total}), () -> false);
        }

        // 30 distinct icons (the beaten award shares game 1's icon) and the avatar.
        assertThat(icons.images()).hasSize(31);
        assertThat(icons.failures()).isEmpty();
        assertThat(icons.get(awards.get(0).iconUrl()).getWidth()).isEqualTo(WallIconLoader.ICON_PX);
        assertThat(icons.get(avatar).getWidth()).isEqualTo(WallIconLoader.AVATAR_PX);
        assertThat(server.iconRequestCount()).isEqualTo(30);
        assertThat(progress.get(progress.size() - 1)).containsExactly(31, 31);

        int before = server.requests().size();
        try (IconPipeline<BufferedImage> again = pipeline()) { // a new run: only the disk cache is shared
            WallIcons second = new WallIconLoader(again).load(awards, avatar, (d, t) -> { }, () -> false);
            assertThat(second.images()).hasSize(31);
        }
        assertThat(server.requests()).hasSize(before);
    }

    @Test
    void anIconThatCannotBeHadIsAFailureInWordsNotAnError() throws Exception {
        List<Award> awards = awards(3);
        server.failAlways(FakeRaServer.Endpoint.IMAGES, Fault.respond(404, "Not Found".getBytes(java.nio.charset.StandardCharsets.UTF_8), java.util.Map.of("Content-Type", "text/plain")));
        WallIcons icons;
        try (IconPipeline<BufferedImage> pipeline = pipeline()) {
            icons = new WallIconLoader(pipeline).load(awards, null, (d, t) -> { }, () -> false);
        }
        assertThat(icons.images()).isEmpty();
        assertThat(icons.failures()).hasSize(3);
        assertThat(icons.failures().values()).allMatch(reason -> reason.contains("404"));
        assertThat(new WallRenderer(WallTheme.DARK, WallCaptions.ENGLISH)
                .render(new WallContent("X", "", null, null, awards), icons, 10).placeholders()).isEqualTo(4);
    }

    @Test
    void cancellingStopsTheWaitAtOnce() throws Exception {
        List<Award> awards = awards(5);
        server.setLatencyMillis(5_000);
        AtomicBoolean cancelled = new AtomicBoolean();
        try (IconPipeline<BufferedImage> pipeline = pipeline()) {
            long start = System.nanoTime();
            Thread canceller = new Thread(() -> {
                sleep(200);
                cancelled.set(true);
            });
            canceller.start();
            assertThatThrownBy(() -> new WallIconLoader(pipeline).load(awards, null, (d, t) -> { }, cancelled::get))
                    .isInstanceOf(CancellationException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
