package io.github.badgeshelf.ui.wall;

import io.github.badgeshelf.ui.i18n.Messages;
import io.github.badgeshelf.wall.WallLayout;
import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.event.ActionEvent;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The "Save image" dialog: tiles a row ({@code #imageColumns}, default 10) with the size it makes,
 * then Save… asks where, and the dialog stays open with a progress bar ({@code #imageProgress})
 * while the icons arrive; Cancel stops it and writes nothing. It closes once the file is written.
 */
public final class SaveImageDialog extends Dialog<Void> {
    /** Wider than this no wall fits (181 tiles of 80 px plus gaps and margins). */
    static final int MAX_COLUMNS = (WallLayout.MAX_SIDE - 2 * WallLayout.MARGIN + WallLayout.GAP) / (WallLayout.TILE + WallLayout.GAP);

    public SaveImageDialog(Window owner, SaveImageViewModel model, int awards, String proposedName,
                           BiFunction<Window, String, Optional<Path>> chooseFile) {
        if (owner != null) {
            initOwner(owner);
        }
        setTitle(Messages.get("image.dialog.title"));
        setHeaderText(Messages.format("image.dialog.header", awards));
        getDialogPane().getStyleClass().add("save-image-dialog");
        if (owner != null && owner.getScene() != null) {
            // The window's theme and stylesheets (ours sits on the window's root, not its scene), so the
            // dialog is dark or light with it and has the same colours and focus ring.
            getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
            getDialogPane().getStylesheets().addAll(owner.getScene().getRoot().getStylesheets());
            owner.getScene().getRoot().getStyleClass().stream().filter("light"::equals).findFirst()
                    .ifPresent(light -> getDialogPane().getStyleClass().add(light));
        }

        Spinner<Integer> columns = new Spinner<>();
        columns.setId("imageColumns");
        columns.setEditable(true);
        columns.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, MAX_COLUMNS, model.columnsProperty().get()));
        columns.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.columnsProperty().set(now);
            }
        });
        columns.setAccessibleText(Messages.get("image.columns"));
        columns.setPrefWidth(100);
        Label columnsLabel = new Label(Messages.get("image.columns"));
        columnsLabel.setLabelFor(columns);
        Label size = new Label();
        size.setId("imageSize");
        size.getStyleClass().add("image-size");
        size.textProperty().bind(model.sizeTextProperty());
        size.setWrapText(true);
        size.pseudoClassStateChanged(PseudoClass.getPseudoClass("error"), !model.fitsProperty().get());
        model.fitsProperty().addListener((obs, old, fits) ->
                size.pseudoClassStateChanged(PseudoClass.getPseudoClass("error"), !fits));

        ProgressBar progress = new ProgressBar();
        progress.setId("imageProgress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(model.progressProperty());
        Label progressText = new Label();
        progressText.setId("imageProgressText");
        progressText.textProperty().bind(model.progressTextProperty());
        VBox working = new VBox(4, progress, progressText);
        working.visibleProperty().bind(model.busyProperty());
        working.managedProperty().bind(working.visibleProperty());
        progress.accessibleTextProperty().bind(model.progressTextProperty());

        Label error = new Label();
        error.setId("imageError");
        error.getStyleClass().add("image-error");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        // A wrapped message is never cut to one line, and the dialog grows to hold it (issue 21).
        error.setMinHeight(Region.USE_PREF_SIZE);
        size.setMinHeight(Region.USE_PREF_SIZE);
        model.errorProperty().addListener((obs, old, now) -> growToFit());
        model.busyProperty().addListener((obs, old, now) -> growToFit());

        HBox columnsRow = new HBox(10, columnsLabel, columns);
        columnsRow.setAlignment(Pos.CENTER_LEFT);
        columnsRow.disableProperty().bind(model.busyProperty());
        VBox content = new VBox(10, columnsRow, size, working, error);
        content.setPrefWidth(420);
        VBox.setVgrow(working, Priority.NEVER);
        getDialogPane().setContent(content);

        ButtonType saveType = new ButtonType(Messages.get("image.choose"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancelType = new ButtonType(Messages.get("image.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(saveType, cancelType);
        Button save = (Button) getDialogPane().lookupButton(saveType);
        save.setId("imageSave");
        save.getStyleClass().add("accent");
        save.disableProperty().bind(model.fitsProperty().not().or(model.busyProperty()));
        Node cancel = getDialogPane().lookupButton(cancelType);
        cancel.setId("imageCancel");

        // Save… keeps the dialog open: it asks where, then shows the progress until the file is written.
        save.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            Window here = getDialogPane().getScene() == null ? owner : getDialogPane().getScene().getWindow();
            chooseFile.apply(here, proposedName).ifPresent(model::save);
        });
        cancel.addEventFilter(ActionEvent.ACTION, e -> model.cancel());
        model.savedProperty().addListener((obs, old, now) -> {
            if (now != null) {
                setResult(null);
                close();
            }
        });
        setOnCloseRequest(e -> model.cancel());
        setResultConverter(button -> null);
    }

    /** After the next layout, makes the window as large as its content asks (it is sized once, when shown). */
    private void growToFit() {
        Platform.runLater(() -> {
            Window window = getDialogPane().getScene() == null ? null : getDialogPane().getScene().getWindow();
            if (window != null && window.isShowing()) {
                getDialogPane().requestLayout();
                window.sizeToScene();
            }
        });
    }
}
