package io.github.badgeshelf.robustness;

import io.github.badgeshelf.testsupport.FakeRaServer;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the robustness tests share: a stage, a loopback server, the real app in a temporary home,
 * and the check that no exception escaped. Each subclass still declares its own {@code @Start}
 * (TestFX looks for it on the test class itself) and starts the server and app as its case needs.
 */
@ExtendWith(ApplicationExtension.class)
abstract class RealAppTest {
    Stage stage;
    FakeRaServer server;
    RealAppHarness app;
    @TempDir
    Path home;

    @AfterEach
    void stopAppAndServer() throws Exception {
        if (app != null) {
            assertThat(app.escapedExceptions()).as("exceptions escaped to the uncaught handler").isZero();
            app.stop();
        }
        if (server != null) {
            server.close();
        }
    }
}
