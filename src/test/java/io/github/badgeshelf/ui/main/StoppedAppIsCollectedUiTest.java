package io.github.badgeshelf.ui.main;

import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.api.FxToolkitContext;
import org.testfx.framework.junit5.Start;
import org.testfx.service.support.FiredEvents;

import java.io.IOException;
import java.lang.ref.WeakReference;
import java.lang.reflect.Field;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A window that has closed leaves nothing that keeps it alive. The log's listeners and the handler
 * of escaped exceptions live as long as the JVM: the log's list still held every app model, so the
 * tests' JVM kept every window ever opened (a full verify grew to its 1 GB heap and spent seconds
 * in full GCs, and a 50,000-award search timed out in FaultMatrixUiTest). Fails with either left
 * attached (checked with a heap dump's path to the window: AppLog.OFF_LISTENERS, then
 * Thread.defaultUncaughtExceptionHandler).
 */
class StoppedAppIsCollectedUiTest extends AppTestBase {

    @Start
    void start(Stage stage) throws IOException {
        startApp(stage);
    }

    @Test
    void aStoppedAppsWindowIsGarbageCollected(FxRobot robot) throws Exception {
        openOwnShelf(robot);
        app.searchAndWaitFor("Alice");
        WeakReference<AppShell> shell = new WeakReference<>(app.shell());
        assertThat(app.escapedExceptions()).isZero();
        app.stop();
        app = null;
        // The stage is TestFX's, shared by every test (in the app it closes with the app): it lets
        // go of the stopped app's scene and its window-placement handler here.
        runOnFx(() -> {
            stage.setScene(new Scene(new Pane(), 200, 100));
            stage.setOnHiding(null);
        });
        forgetTestFxsFiredEvents();
        for (int i = 0; i < 50 && shell.get() != null; i++) {
            System.gc();
            Thread.sleep(100);
        }
        assertThat(shell.get()).as("the stopped app's window, after collections").isNull();
    }

    /** TestFX keeps the last events the robot fired (their targets are the app's nodes); a test tool's memory, not the app's. */
    private static void forgetTestFxsFiredEvents() throws ReflectiveOperationException {
        Field field = FxToolkitContext.class.getDeclaredField("firedEvents");
        field.setAccessible(true);
        ((FiredEvents) field.get(FxToolkit.toolkitContext())).clearEvents();
    }

    private static void runOnFx(Runnable action) {
        onFx(() -> {
            action.run();
            return null;
        });
    }
}
