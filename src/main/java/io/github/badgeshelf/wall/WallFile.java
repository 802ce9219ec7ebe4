package io.github.badgeshelf.wall;

import io.github.badgeshelf.files.AtomicFiles;

import java.awt.image.BufferedImage;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.nio.file.Path;

/** Writes a wall as a PNG, whole or not at all: on any failure an existing file stays as it was. */
public final class WallFile {
    private WallFile() {
    }

    /** @param image an opaque image (a wall is drawn on its background colour) */
    public static void writePng(BufferedImage image, Path target) throws IOException {
        PngEncoder encoder = PngEncoder.of(image); // refuses a translucent image before the disk is touched
        AtomicFiles.write(target, out -> {
            BufferedOutputStream buffered = new BufferedOutputStream(out, 256 * 1024);
            encoder.writeTo(buffered);
            buffered.flush();
        });
    }
}
