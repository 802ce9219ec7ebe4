package io.github.badgeshelf.testsupport;

import io.github.badgeshelf.images.IconPipeline;
import io.github.badgeshelf.ui.common.FxTaskExecutor;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

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
