package io.github.badgeshelf.testsupport;

import io.github.badgeshelf.images.IconPriority;
import io.github.badgeshelf.ui.common.TaskExecutor;
import io.github.badgeshelf.ui.shelf.BadgeIcons;
import javafx.scene.image.Image;

import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * A grid's icons as another {@link BadgeIcons} gives them, telling the icon UI tests what the grid
 * did with them: each look in memory, each ask (with its priority), each icon handed to its tile.
 * The hooks run on the FX thread, where the grid calls.
 */
public final class NotedIcons implements BadgeIcons {
    private final BadgeIcons icons;
    private Consumer<String> onLookup = url -> { };
    private BiConsumer<String, IconPriority> onAsk = (url, priority) -> { };
    private Consumer<String> onHanded = url -> { };

    public NotedIcons(BadgeIcons icons) {
        this.icons = icons;
    }

    public NotedIcons onLookup(Consumer<String> hook) {
        onLookup = hook;
        return this;
    }

    public NotedIcons onAsk(BiConsumer<String, IconPriority> hook) {
        onAsk = hook;
        return this;
    }

    /** Before the tile's own callback, when an icon reaches it. */
    public NotedIcons onHanded(Consumer<String> hook) {
        onHanded = hook;
        return this;
    }

    @Override
    public Image cached(String url) {
        onLookup.accept(url);
        return icons.cached(url);
    }

    @Override
    public TaskExecutor.Cancellable load(String url, Consumer<Image> onLoaded, Consumer<String> onFailed) {
        return load(url, IconPriority.VISIBLE, onLoaded, onFailed);
    }

    @Override
    public TaskExecutor.Cancellable load(String url, IconPriority priority, Consumer<Image> onLoaded, Consumer<String> onFailed) {
        onAsk.accept(url, priority);
        return icons.load(url, priority, icon -> {
            onHanded.accept(url);
            onLoaded.accept(icon);
        }, onFailed);
    }
}
