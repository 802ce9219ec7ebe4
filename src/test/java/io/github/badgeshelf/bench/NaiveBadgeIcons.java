package io.github.badgeshelf.bench;

import io.github.badgeshelf.ui.common.CancelFlag;
import io.github.badgeshelf.ui.common.TaskExecutor;
import io.github.badgeshelf.ui.shelf.BadgeIcons;
import javafx.scene.image.Image;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Icons loaded the plain JavaFX way, one {@code new Image(url, true)} per URL, created once and
 * kept: the benchmark's baseline for the real pipeline (bench/run compares the two). FX thread only.
 */
final class NaiveBadgeIcons implements BadgeIcons {
    private final Map<String, Image> images = new HashMap<>();

    @Override
    public Image cached(String url) {
        Image image = images.get(url);
        return image != null && image.getProgress() >= 1.0 && !image.isError() ? image : null;
    }

    @Override
    public TaskExecutor.Cancellable load(String url, Consumer<Image> onLoaded, Consumer<String> onFailed) {
        Image image = images.computeIfAbsent(url, u -> new Image(u, true));
        CancelFlag cancelled = new CancelFlag();
        Runnable check = () -> {
            if (cancelled.isCancelled()) {
                return;
            }
            if (image.isError()) {
                onFailed.accept(String.valueOf(image.getException()));
            } else if (image.getProgress() >= 1.0) {
                onLoaded.accept(image);
            }
        };
        if (image.getProgress() >= 1.0 || image.isError()) {
            check.run();
        } else {
            image.progressProperty().addListener((obs, old, now) -> {
                if (now.doubleValue() >= 1.0) {
                    check.run();
                }
            });
            image.errorProperty().addListener((obs, old, now) -> check.run());
        }
        return cancelled;
    }
}
