package io.github.badgeshelf.ui.images;

import io.github.badgeshelf.images.IconPriority;
import io.github.badgeshelf.ui.common.TaskExecutor;
import javafx.scene.image.Image;

import java.util.function.Consumer;

/** Where cells get their icons. FX thread only; callbacks arrive on the FX thread and never after cancel. */
public interface IconSource {

    /** The icon if it is already in memory, else null. Cheap: no I/O, fine on every cell update. */
    Image cached(String url);

    /** Asks for an icon; {@code priority} says whether the cell is on screen or only read ahead. */
    TaskExecutor.Cancellable load(String url, IconPriority priority, Consumer<Image> onLoaded, Consumer<String> onFailed);
}
