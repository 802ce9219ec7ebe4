package io.github.badgeshelf.testsupport;

import io.github.badgeshelf.api.ApiException;
import io.github.badgeshelf.api.AwardsJson;
import io.github.badgeshelf.images.IconPipeline;
import io.github.badgeshelf.images.IconPipelineConfig;
import io.github.badgeshelf.model.Award;
import io.github.badgeshelf.ui.common.FxTaskExecutor;
import io.github.badgeshelf.ui.images.FxImageDecoder;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * What the icon UI tests share: a real stage, and the loopback server, icon pipeline and FX
 * executor a test makes for its grid, all closed after each test whichever of them it made.
 */
@ExtendWith(ApplicationExtension.class)
public abstract class IconGridUiTestBase {
    protected Stage stage;
    protected FakeRaServer server;
    protected IconPipeline<Image> pipeline;
    protected FxTaskExecutor executor;

    /** The awards a generated shelf of {@code count} shows, with the server's icon addresses; after {@link #server} started. */
    protected List<Award> shownAwards(int count, long seed) throws ApiException {
        return AwardsJson.parse(AwardsFixtures.generate(count, seed).getBytes(StandardCharsets.UTF_8), server.config())
                .visibleAwards();
    }

    /** The icon pipeline as the app has it (AppServices: a disk cache, the HTTP/2 limit) on {@code client}, and the FX executor. */
    protected void startPipeline(HttpClient client, Path diskCache) {
        pipeline = new IconPipeline<>(IconPipelineConfig.builder().maxConcurrentDownloads(64).httpClient(client)
                .diskCacheFolder(diskCache).build(), new FxImageDecoder());
        executor = new FxTaskExecutor();
    }

    /** TestFX calls only the test class's own {@code @Start}; its primary stage is registered by now. */
    @BeforeEach
    void keepStage() throws TimeoutException {
        stage = FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void closeStageAndPipeline() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> stage.hide()).get(10, TimeUnit.SECONDS);
        if (pipeline != null) {
            pipeline.close();
        }
        if (executor != null) {
            executor.close();
        }
        if (server != null) {
            server.close();
        }
    }
}
