package io.github.badgeshelf;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** The JavaFX application. */
public class BadgeShelfApp extends Application {

    public BadgeShelfApp() {
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("BadgeShelf");
        stage.setScene(new Scene(new StackPane(new Label("BadgeShelf")), 1200, 800));
        stage.show();
    }
}
