package io.github.badgeshelf.wall;

import io.github.badgeshelf.files.AtomicFiles;

import java.awt.image.RenderedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Writes a wall as a PNG, whole or not at all: on any failure an existing file stays as it was. */
public final class WallFile {
    private WallFile() {
    }

    public static void writePng(RenderedImage image, Path target) throws IOException {
        AtomicFiles.write(target, out -> {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("no PNG writer is available");
            }
        });
    }
}
