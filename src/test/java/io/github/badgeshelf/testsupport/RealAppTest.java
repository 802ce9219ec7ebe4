package io.github.badgeshelf.testsupport;

import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the end-to-end tests share: a stage, a loopback server, the real app in a temporary home,
 * and the check that no exception escaped. Each subclass still declares its own {@code @Start}
 * (TestFX looks for it on the test class itself) and starts the server and app as its case needs.
 */
@ExtendWith(ApplicationExtension.class)
public abstract class RealAppTest {
    protected Stage stage;
    protected FakeRaServer server;
    protected AppDriver app;
    @TempDir
    protected Path home;

    @AfterEach
    protected void stopAppAndServer() throws Exception {
        if (app != null) {
            assertThat(app.escapedExceptions()).as("exceptions escaped to the uncaught handler").isZero();
            app.stop();
        }
        if (server != null) {
            server.close();
        }
    }
}
