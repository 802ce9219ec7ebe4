package io.github.badgeshelf.ui.wall;

import io.github.badgeshelf.model.Award;
import io.github.badgeshelf.model.Shelf;
import io.github.badgeshelf.model.UserProfile;
import io.github.badgeshelf.ui.i18n.Messages;
import io.github.badgeshelf.wall.WallContent;
import io.github.badgeshelf.wall.WallTheme;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/** The top bar's {@code #saveImage}: opens the dialog for the awards shown, as they are shown. */
public final class SaveImageButton {
    private SaveImageButton() {
    }

    public static Button create(SaveImageViewModel model, ObservableValue<Shelf> shelf, List<Award> shown,
                                Supplier<WallTheme> theme, BiFunction<Window, String, Optional<Path>> chooseFile) {
        Button button = new Button(Messages.get("image.save"), new FontIcon(Material2AL.IMAGE));
        button.setId("saveImage");
        button.setTooltip(new Tooltip(Messages.get("image.save.tooltip")));
        button.setAccessibleText(Messages.get("image.save.tooltip"));
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> shelf.getValue() == null || model.busyProperty().get(), shelf, model.busyProperty()));
        button.setOnAction(e -> {
            Shelf current = shelf.getValue();
            if (current == null) {
                return;
            }
            WallContent content = content(current, shown);
            model.prepare(content, theme.get());
            Window owner = button.getScene() == null ? null : button.getScene().getWindow();
            new SaveImageDialog(owner, model, content.awards().size(),
                    SaveImageViewModel.proposedFileName(current.profile().user(), Clock.systemDefaultZone()), chooseFile).show();
        });
        return button;
    }

    /** The wall of what is on screen: the shown awards in the shown order, with the server's counters. */
    static WallContent content(Shelf shelf, List<Award> shown) {
        UserProfile profile = shelf.profile();
        String subtitle = profile.totalSoftcorePoints() > 0
                ? Messages.format("image.subtitle.softcore", profile.totalPoints(), profile.totalSoftcorePoints())
                : Messages.format("image.subtitle", profile.totalPoints());
        return new WallContent(profile.user(), subtitle, profile.avatarUrl(), shelf.awards().counts(), List.copyOf(shown));
    }
}
