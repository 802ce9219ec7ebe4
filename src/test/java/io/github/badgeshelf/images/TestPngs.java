package io.github.badgeshelf.images;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** Real PNG files made with javax.imageio, a different colour per name. */
public final class TestPngs {

    private TestPngs() {
    }

    public static byte[] png(String name, int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(new Color(name.hashCode() | 0xFF000000, true));
            g.fillRect(0, 0, size, size);
            g.setColor(Color.WHITE);
            g.drawRect(2, 2, size - 5, size - 5);
        } finally {
            g.dispose();
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
