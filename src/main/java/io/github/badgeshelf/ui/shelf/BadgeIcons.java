package io.github.badgeshelf.ui.shelf;

import io.github.badgeshelf.images.IconPriority;
import io.github.badgeshelf.ui.common.TaskExecutor;
import io.github.badgeshelf.ui.images.IconSource;
import javafx.scene.image.Image;

import java.util.function.Consumer;

/** Where tiles get their icons. Callbacks arrive on the FX thread and never after cancel. */
public interface BadgeIcons extends IconSource {

    /** The icon if it is already in memory, else null. Cheap: called on every cell update. */
    @Override
    Image cached(String url);

    /** Asks for an icon on screen. {@code onFailed} gets a technical reason (English, for the log). */
    TaskExecutor.Cancellable load(String url, Consumer<Image> onLoaded, Consumer<String> onFailed);

    /** Sources without priorities load everything alike. */
    @Override
    default TaskExecutor.Cancellable load(String url, IconPriority priority, Consumer<Image> onLoaded,
                                          Consumer<String> onFailed) {
        return load(url, onLoaded, onFailed);
    }
}
