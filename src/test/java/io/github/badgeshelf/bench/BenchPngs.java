package io.github.badgeshelf.bench;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Badge-like 64x64 PNGs, different for every path and the same every time for one path: a
 * gradient under a mirrored 8x8 sprite with a little noise, so they compress about as badly as
 * real badges do (a few KB each) rather than to a few hundred bytes.
 */
final class BenchPngs {
    static final int SIZE = 64;
    private final Map<String, byte[]> made = new ConcurrentHashMap<>();

    byte[] forPath(String path) {
        return made.computeIfAbsent(path, BenchPngs::draw);
    }

    /** Forgets what was drawn, so the server holds no icons while the app's heap is measured. */
    void forget() {
        made.clear();
    }

    static byte[] draw(String path) {
        Random random = new Random(path.hashCode() * 31L + path.length());
        int a = random.nextInt(0xFFFFFF);
        int b = random.nextInt(0xFFFFFF);
        boolean[][] sprite = new boolean[8][8];
        for (int y = 0; y < 8; y++) {
            for (int x = 0; x < 4; x++) {
                sprite[y][x] = random.nextBoolean();
                sprite[y][7 - x] = sprite[y][x];
            }
        }
        BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < SIZE; y++) {
            for (int x = 0; x < SIZE; x++) {
                int base = sprite[y / 8][x / 8] ? b : blend(a, b, (x + y) / (2.0 * SIZE));
                int noise = random.nextInt(24) - 12;
                image.setRGB(x, y, 0xFF000000 | shade(base, noise));
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

    private static int blend(int a, int b, double t) {
        int r = (int) (((a >> 16) & 0xFF) * (1 - t) + ((b >> 16) & 0xFF) * t);
        int g = (int) (((a >> 8) & 0xFF) * (1 - t) + ((b >> 8) & 0xFF) * t);
        int bl = (int) ((a & 0xFF) * (1 - t) + (b & 0xFF) * t);
        return (r << 16) | (g << 8) | bl;
    }

    private static int shade(int rgb, int delta) {
        int r = clamp(((rgb >> 16) & 0xFF) + delta);
        int g = clamp(((rgb >> 8) & 0xFF) + delta);
        int b = clamp((rgb & 0xFF) + delta);
        return (r << 16) | (g << 8) | b;
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }
}
