package io.github.badgeshelf.ui.wall;

import io.github.badgeshelf.images.IconPipeline;
import io.github.badgeshelf.model.Award;
import io.github.badgeshelf.model.AwardCounts;
import io.github.badgeshelf.testsupport.FakeRaServer;
import io.github.badgeshelf.testsupport.TestAwards;
import io.github.badgeshelf.ui.common.CurrentThreadTaskExecutor;
import io.github.badgeshelf.ui.common.StatusMessage;
import io.github.badgeshelf.wall.WallCaptions;
import io.github.badgeshelf.wall.WallContent;
import io.github.badgeshelf.wall.WallIconLoader;
import io.github.badgeshelf.wall.WallLayout;
import io.github.badgeshelf.wall.WallTheme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.imageio.ImageIO;

import static org.assertj.core.api.Assertions.assertThat;

/** The dialog's model against a real pipeline, a real loopback media host and real files. */
class SaveImageViewModelTest {
    private FakeRaServer server;
    private IconPipeline<BufferedImage> pipeline;
    private final List<StatusMessage> status = new CopyOnWriteArrayList<>();

    @TempDir
    Path dir;

    @BeforeEach
    void start() {
        server = FakeRaServer.start();
        pipeline = WallIconLoader.pipeline(dir.resolve("icons"), Duration.ofSeconds(3), "test");
    }

    @AfterEach
    void stop() {
        pipeline.close();
        server.close();
    }

    private WallContent content(int n) {
        List<Award> awards = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            awards.add(TestAwards.withIconBase(TestAwards.mastered(i, "SNES", "2020-01-01T00:00:00Z"), server.mediaBase().toString()));
        }
        return new WallContent("ShelfTester", "12 points", null, new AwardCounts(n, 0, n, 0, 0, 0, 0, 0), awards);
    }

    private SaveImageViewModel model() {
        return new SaveImageViewModel(CurrentThreadTaskExecutor.immediate(), () -> new WallIconLoader(pipeline), status::add);
    }

    @Test
    void savesThePngWithTheChosenColumnsAndSaysWhere() throws Exception {
        SaveImageViewModel model = model();
        model.prepare(content(12), WallTheme.DARK);
        assertThat(model.columnsProperty().get()).isEqualTo(10);
        model.columnsProperty().set(4);
        assertThat(model.fitsProperty().get()).isTrue();
        assertThat(model.sizeTextProperty().get()).contains(String.valueOf(24 + WallLayout.MIN_CONTENT_WIDTH + 24));
        Path target = dir.resolve("wall.png");

        model.save(target);

        assertThat(model.busyProperty().get()).isFalse();
        assertThat(model.savedProperty().get()).isNotNull();
        BufferedImage image = ImageIO.read(target.toFile());
        assertThat(image.getHeight()).isEqualTo(WallLayout.of(12, 4, new AwardCounts(12, 0, 12, 0, 0, 0, 0, 0),
                SaveImageViewModel.captions()).height());
        assertThat(status.get(status.size() - 1).tone()).isEqualTo(StatusMessage.Tone.SUCCESS);
        assertThat(status.get(status.size() - 1).text()).contains(target.toString());
        assertThat(status.get(status.size() - 1).action())
                .isEqualTo(new io.github.badgeshelf.ui.common.StatusAction.OpenFolder(dir.toAbsolutePath()));
        assertThat(model.progressProperty().get()).isEqualTo(1.0);
        assertThat(server.iconRequestCount()).isEqualTo(12);
    }

    @Test
    void tooManyTilesARowIsRefusedBeforeAnythingHappens() {
        SaveImageViewModel model = model();
        model.prepare(content(300), WallTheme.LIGHT);
        model.columnsProperty().set(1);
        assertThat(model.fitsProperty().get()).isFalse();
        assertThat(model.sizeTextProperty().get()).contains("16");

        model.save(dir.resolve("never.png"));

        assertThat(dir.resolve("never.png")).doesNotExist();
        assertThat(server.iconRequestCount()).isZero();
        model.columnsProperty().set(10);
        assertThat(model.fitsProperty().get()).isTrue();
    }

    @Test
    void aFailedWriteLeavesTheOldFileAndSaysWhy() throws Exception {
        Path target = dir.resolve("a".repeat(240) + ".png");
        byte[] old = "old picture".getBytes(StandardCharsets.UTF_8);
        Files.write(target, old);
        SaveImageViewModel model = model();
        model.prepare(content(3), WallTheme.DARK);

        model.save(target);

        assertThat(Files.readAllBytes(target)).isEqualTo(old);
        assertThat(model.errorProperty().get()).isNotEmpty();
        assertThat(status.get(status.size() - 1).tone()).isEqualTo(StatusMessage.Tone.ERROR);
        assertThat(model.savedProperty().get()).isNull();
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void cancelWritesNothing() throws Exception {
        server.setLatencyMillis(10_000);
        CurrentThreadTaskExecutor executor = CurrentThreadTaskExecutor.deferred();
        SaveImageViewModel model = new SaveImageViewModel(executor, () -> new WallIconLoader(pipeline), status::add);
        model.prepare(content(3), WallTheme.DARK);
        Path target = dir.resolve("wall.png");
        model.save(target);
        assertThat(model.busyProperty().get()).isTrue();

        model.cancel();
        executor.runOldestFirst();

        assertThat(model.busyProperty().get()).isFalse();
        assertThat(target).doesNotExist();
        assertThat(status.get(status.size() - 1).tone()).isEqualTo(StatusMessage.Tone.INFO);
    }

    @Test
    void proposesADatedFileNameSafeForAnyUser() {
        Clock clock = Clock.fixed(Instant.parse("2026-12-03T12:00:00Z"), ZoneId.of("UTC"));
        assertThat(SaveImageViewModel.proposedFileName("Ab c/1", clock)).matches("Ab_c_1-wall-2026-12-0[34]\\.png");
    }
}
