package io.github.badgeshelf.ui.shelf;

import io.github.badgeshelf.images.IconCallback;
import io.github.badgeshelf.images.IconPipeline;
import io.github.badgeshelf.images.IconPriority;
import io.github.badgeshelf.images.IconTicket;
import io.github.badgeshelf.images.IconTrace;
import io.github.badgeshelf.ui.common.CancelFlag;
import io.github.badgeshelf.ui.common.TaskExecutor;
import javafx.scene.image.Image;

import java.util.function.Consumer;

/** Tiles' icons from the app's own pipeline, answers moved onto the FX thread. */
public final class PipelineBadgeIcons implements BadgeIcons {
    private final IconPipeline<Image> pipeline;
    private final TaskExecutor executor;
    private final int sizePx;

    public PipelineBadgeIcons(IconPipeline<Image> pipeline, TaskExecutor executor, int sizePx) {
        this.pipeline = pipeline;
        this.executor = executor;
        this.sizePx = sizePx;
    }

    @Override
    public Image cached(String url) {
        return pipeline.cached(url, sizePx).orElse(null);
    }

    @Override
    public TaskExecutor.Cancellable load(String url, Consumer<Image> onLoaded, Consumer<String> onFailed) {
        return load(url, IconPriority.VISIBLE, onLoaded, onFailed);
    }

    @Override
    public TaskExecutor.Cancellable load(String url, IconPriority priority, Consumer<Image> onLoaded,
                                         Consumer<String> onFailed) {
        IconTicket[] ticket = new IconTicket[1];
        CancelFlag cancelled = new CancelFlag(() -> ticket[0].cancel());
        ticket[0] = pipeline.request(url, sizePx, priority, new IconCallback<>() {
            @Override
            public void loaded(Image icon) {
                executor.runOnUiThread(() -> {
                    IconTrace.mark(url, "fx");
                    if (!cancelled.isCancelled()) {
                        onLoaded.accept(icon);
                    }
                });
            }

            @Override
            public void failed(String reason) {
                executor.runOnUiThread(() -> {
                    if (!cancelled.isCancelled()) {
                        onFailed.accept(reason);
                    }
                });
            }
        });
        return cancelled;
    }
}
