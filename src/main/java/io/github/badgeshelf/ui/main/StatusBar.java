package io.github.badgeshelf.ui.main;

import io.github.badgeshelf.ui.common.StatusMessage;
import io.github.badgeshelf.ui.common.StatusViewModel;
import io.github.badgeshelf.ui.i18n.Messages;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import java.nio.file.Path;

/**
 * The line at the bottom: progress and errors in words ({@code #status}), with the message's
 * action beside it (Retry, Open folder). Only binds {@link StatusViewModel}.
 */
final class StatusBar extends HBox {
    private final Label status = new Label();

    StatusBar(StatusViewModel model, WindowActions actions) {
        super(10);
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        status.setId("status");
        status.getStyleClass().add("status-text");
        status.setMaxWidth(Double.MAX_VALUE);
        // Wrapped, not cut off: a notice naming a file (a long path) must be readable whole.
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        HBox.setHgrow(status, Priority.ALWAYS);
        model.messageProperty().addListener((obs, old, now) -> show(now));
        show(model.messageProperty().get());

        Hyperlink retry = new Hyperlink(Messages.get("status.retry"));
        retry.setId("retry");
        retry.visibleProperty().bind(model.canRetryProperty());
        retry.managedProperty().bind(retry.visibleProperty());
        retry.setOnAction(e -> model.retry());

        Hyperlink openFolder = new Hyperlink(Messages.get("status.openFolder"));
        openFolder.setId("openExportFolder");
        openFolder.visibleProperty().bind(model.folderToOpenProperty().isNotNull());
        openFolder.managedProperty().bind(openFolder.visibleProperty());
        openFolder.setOnAction(e -> {
            Path folder = model.folderToOpenProperty().get();
            if (folder != null) {
                actions.openFolder(folder);
            }
        });
        getChildren().addAll(status, retry, openFolder);
    }

    private void show(StatusMessage message) {
        status.setText(message.text());
        for (StatusMessage.Tone tone : StatusMessage.Tone.values()) {
            status.pseudoClassStateChanged(PseudoClass.getPseudoClass(tone.name().toLowerCase()), tone == message.tone());
        }
    }
}
