package io.github.badgeshelf.testsupport;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Tiny real PNGs, one colour per path, so a test can tell which icon it got. */
public final class Pngs {
    public static final int SIZE = 16;

    private Pngs() {
    }

    /** A 16x16 PNG whose colour is derived from the path (same path, same bytes). */
    public static byte[] forPath(String path) {
        int rgb = 0xFF000000 | (path.hashCode() & 0x00FFFFFF);
        return solid(rgb);
    }

    public static byte[] solid(int argb) {
        BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < SIZE; y++) {
            for (int x = 0; x < SIZE; x++) {
                boolean border = x == 0 || y == 0 || x == SIZE - 1 || y == SIZE - 1;
                image.setRGB(x, y, border ? 0xFF202020 : argb);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
