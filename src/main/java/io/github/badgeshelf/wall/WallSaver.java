package io.github.badgeshelf.wall;

import io.github.badgeshelf.model.Award;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Makes a wall file from start to end, the same way for the window and the command line: checks
 * the size before anything is fetched, gathers the icons, draws, and writes the PNG whole or not
 * at all. Blocking: run it off the FX thread.
 */
public final class WallSaver {

    /**
     * A wall written.
     *
     * @param placeholders tiles drawn without their icon
     * @param failure      why the first missing icon could not be had, or null when none is missing
     */
    public record Saved(Path file, int width, int height, int tiles, int placeholders, String failure) {
    }

    private final WallIconLoader loader;
    private final WallRenderer renderer;

    public WallSaver(WallIconLoader loader, WallRenderer renderer) {
        this.loader = loader;
        this.renderer = renderer;
    }

    /**
     * @throws WallTooLargeException before any icon is fetched, when a side would pass {@link WallLayout#MAX_SIDE}
     * @throws IOException           when the file cannot be written (an existing file is left as it was)
     * @throws CancellationException when {@code cancelled} turned true while the icons were fetched
     */
    public Saved save(WallContent content, int columns, Path target, WallIconLoader.Progress progress,
                      BooleanSupplier cancelled) throws WallTooLargeException, IOException, InterruptedException {
        renderer.layout(content, columns);
        WallIcons icons = loader.load(content.awards(), content.avatarUrl(), progress, cancelled);
        RenderedWall wall = renderer.render(content, icons, columns);
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("cancelled");
        }
        WallFile.writePng(wall.image(), target);
        return new Saved(target, wall.image().getWidth(), wall.image().getHeight(), content.awards().size(),
                wall.placeholders(), firstFailure(content, icons));
    }

    private static String firstFailure(WallContent content, WallIcons icons) {
        for (Award award : content.awards()) {
            String reason = award.iconUrl() == null ? null : icons.failures().get(award.iconUrl());
            if (reason != null) {
                return reason;
            }
        }
        return null;
    }
}
