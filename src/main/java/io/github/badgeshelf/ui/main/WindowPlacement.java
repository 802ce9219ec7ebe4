package io.github.badgeshelf.ui.main;

import io.github.badgeshelf.settings.WindowBounds;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

import java.util.function.Consumer;

/** Puts the window back where it was, as long as that place is still on a screen. */
public final class WindowPlacement {
    private WindowPlacement() {
    }

    public static void restore(Stage stage, WindowBounds bounds) {
        if (bounds == null || bounds.width() < 400 || bounds.height() < 300) {
            // Nothing remembered: the scene's own size, centred (a reused stage may carry an old size).
            stage.sizeToScene();
            stage.centerOnScreen();
            return;
        }
        // A monitor unplugged since last time must not leave the window off-screen.
        boolean visible = !Screen.getScreensForRectangle(new Rectangle2D(bounds.x(), bounds.y(),
                Math.min(bounds.width(), 200), Math.min(bounds.height(), 100))).isEmpty();
        if (visible) {
            stage.setX(bounds.x());
            stage.setY(bounds.y());
        }
        // A window remembered from a larger screen (or a higher resolution) opens no larger than this one.
        Rectangle2D screen = (visible ? Screen.getScreensForRectangle(bounds.x(), bounds.y(), 1, 1).stream().findFirst()
                .orElse(Screen.getPrimary()) : Screen.getPrimary()).getVisualBounds();
        stage.setWidth(Math.min(bounds.width(), screen.getWidth()));
        stage.setHeight(Math.min(bounds.height(), screen.getHeight()));
        if (!visible) {
            stage.centerOnScreen();
        }
        stage.setMaximized(bounds.maximized());
    }

    public static void rememberOnClose(Stage stage, Consumer<WindowBounds> save) {
        stage.setOnHiding(e -> save.accept(new WindowBounds(stage.getX(), stage.getY(),
                stage.getWidth(), stage.getHeight(), stage.isMaximized())));
    }
}
