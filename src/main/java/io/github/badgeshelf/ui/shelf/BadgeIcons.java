package io.github.badgeshelf.ui.shelf;

import io.github.badgeshelf.ui.common.TaskExecutor;
import javafx.scene.image.Image;

import java.util.function.Consumer;

/** Where tiles get their icons. Callbacks arrive on the FX thread and never after cancel. */
public interface BadgeIcons {

    /** The icon if it is already in memory, else null. Cheap: called on every cell update. */
    Image cached(String url);

    /** {@code onFailed} gets a technical reason (English, for the log); the window words a missing icon itself. */
    TaskExecutor.Cancellable load(String url, Consumer<Image> onLoaded, Consumer<String> onFailed);
}
