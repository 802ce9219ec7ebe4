package io.github.badgeshelf.wall;

import io.github.badgeshelf.files.AtomicFiles;

import java.awt.image.RenderedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/** Writes a wall as a PNG, whole or not at all: on any failure an existing file stays as it was. */
public final class WallFile {
    /**
     * Deflate effort, 0 (fastest) to 1 (smallest): badge icons are photos of a sort and barely
     * shrink with more effort, while the time grows several-fold.
     */
    private static final float COMPRESSION_QUALITY = 0.8f;

    private WallFile() {
    }

    public static void writePng(RenderedImage image, Path target) throws IOException {
        AtomicFiles.write(target, out -> {
            Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
            if (!writers.hasNext()) {
                throw new IOException("no PNG writer is available");
            }
            ImageWriter writer = writers.next();
            // In memory, not ImageIO's default temporary file: the file is already a temporary one.
            try (ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
                writer.setOutput(stream);
                ImageWriteParam param = writer.getDefaultWriteParam();
                if (param.canWriteCompressed()) {
                    param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                    param.setCompressionQuality(COMPRESSION_QUALITY);
                }
                writer.write(null, new IIOImage(image, null, null), param);
            } finally {
                writer.dispose();
            }
        });
    }
}
