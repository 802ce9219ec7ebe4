package io.github.badgeshelf.ui.main;

import io.github.badgeshelf.ui.common.StatusMessage;
import io.github.badgeshelf.ui.i18n.Messages;
import io.github.badgeshelf.ui.export.ExportViewModel;
import io.github.badgeshelf.ui.shelf.ShelfViewModel;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

import java.nio.file.Path;

/** The line at the bottom: progress and errors in words ({@code #status}), with Retry and Open folder where useful. */
final class StatusBar extends HBox {
    private final Label status = new Label();

    StatusBar(ShelfViewModel shelf, ExportViewModel export, WindowActions actions) {
        super(10);
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        status.setId("status");
        status.getStyleClass().add("status-text");
        status.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(status, Priority.ALWAYS);
        shelf.statusProperty().addListener((obs, old, now) -> show(now));
        show(shelf.statusProperty().get());

        Hyperlink retry = new Hyperlink(Messages.get("status.retry"));
        retry.setId("retry");
        retry.visibleProperty().bind(shelf.canRetryProperty().and(shelf.busyProperty().not()));
        retry.managedProperty().bind(retry.visibleProperty());
        retry.setOnAction(e -> shelf.retry());

        Hyperlink openFolder = new Hyperlink(Messages.get("status.openFolder"));
        openFolder.setId("openExportFolder");
        openFolder.setVisible(false);
        openFolder.managedProperty().bind(openFolder.visibleProperty());
        export.lastSavedProperty().addListener((obs, old, now) -> openFolder.setVisible(now != null));
        // The link belongs to the message that announced the file; any newer message hides it.
        shelf.statusProperty().addListener((obs, old, now) -> {
            if (!export.announcedSave(now)) {
                openFolder.setVisible(false);
            }
        });
        openFolder.setOnAction(e -> {
            Path saved = export.lastSavedProperty().get();
            if (saved != null && saved.toAbsolutePath().getParent() != null) {
                actions.openFolder(saved.toAbsolutePath().getParent());
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
