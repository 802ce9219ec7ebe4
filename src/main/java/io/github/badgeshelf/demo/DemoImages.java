package io.github.badgeshelf.demo;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Draws the demo's badge icons and avatars: a gradient tile with a symmetric pixel sprite,
 * seeded by the path, so every badge is distinct, stable across runs, and BadgeShelf's own art.
 * A locked achievement badge ({@code /Badge/<name>_lock.png}) is its badge greyed and blurred, as
 * the server's upload makes it.
 */
final class DemoImages {
    private static final int SIZE = 128;
    private static final int GRID = 8;

    static {
        // The demo draws with AWT only to produce PNG bytes; it must never try to open a display.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private DemoImages() {
    }

    static final String LOCK_SUFFIX = "_lock.png";

    static byte[] render(String path) {
        if (path.endsWith(LOCK_SUFFIX)) {
            String unlocked = path.substring(0, path.length() - LOCK_SUFFIX.length()) + ".png";
            return png(locked(draw(unlocked)));
        }
        return png(draw(path));
    }

    private static BufferedImage draw(String path) {
        Random random = new Random(path.hashCode() * 31L + 17);
        BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            float hue = random.nextFloat();
            Color top = Color.getHSBColor(hue, 0.55f, 0.85f);
            Color bottom = Color.getHSBColor((hue + 0.12f) % 1f, 0.75f, 0.45f);
            g.setPaint(new GradientPaint(0, 0, top, SIZE, SIZE, bottom));
            boolean avatar = path.startsWith("/UserPic/");
            if (avatar) {
                g.fillOval(0, 0, SIZE, SIZE);
            } else {
                g.fillRect(0, 0, SIZE, SIZE);
            }
            drawSprite(g, random, Color.getHSBColor((hue + 0.5f) % 1f, 0.35f, 0.97f));
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Grey, darker and softly blurred: the look of the server's locked badges. */
    private static BufferedImage locked(BufferedImage colour) {
        BufferedImage grey = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < SIZE; y++) {
            for (int x = 0; x < SIZE; x++) {
                int argb = colour.getRGB(x, y);
                int luma = (int) (0.3 * (argb >> 16 & 0xFF) + 0.59 * (argb >> 8 & 0xFF) + 0.11 * (argb & 0xFF));
                int v = 40 + luma * 55 / 100;
                grey.setRGB(x, y, argb & 0xFF000000 | v << 16 | v << 8 | v);
            }
        }
        float[] box = new float[25];
        Arrays.fill(box, 1f / 25);
        return new ConvolveOp(new Kernel(5, 5, box),
                ConvolveOp.EDGE_NO_OP, null).filter(grey, null);
    }

    /** A left-right mirrored 8x8 pattern, with a soft shadow: the look of an 8-bit sprite. */
    private static void drawSprite(Graphics2D g, Random random, Color ink) {
        int cell = SIZE / (GRID + 4);
        int offset = (SIZE - cell * GRID) / 2;
        long pattern = random.nextLong();
        g.setColor(new Color(0, 0, 0, 70));
        paintCells(g, pattern, cell, offset + cell / 4, offset + cell / 4);
        g.setColor(ink);
        paintCells(g, pattern, cell, offset, offset);
    }

    private static void paintCells(Graphics2D g, long seed, int cell, int x0, int y0) {
        Random r = new Random(seed);
        for (int y = 0; y < GRID; y++) {
            for (int x = 0; x < GRID / 2; x++) {
                if (r.nextInt(100) < 55) {
                    g.fillRect(x0 + x * cell, y0 + y * cell, cell, cell);
                    g.fillRect(x0 + (GRID - 1 - x) * cell, y0 + y * cell, cell, cell);
                }
            }
        }
    }

    private static byte[] png(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not encode a demo image", e);
        }
    }
}
