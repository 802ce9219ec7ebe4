package io.github.badgeshelf.wall;

import java.awt.image.BufferedImage;

/** Whole-icon pixel work for the wall: the softcore look, and ARGB pixels in and out of images in bulk. */
final class IconPixels {
    /** The window's ColorAdjust(saturation -0.85, brightness -0.08) for softcore badges. */
    private static final double SOFTCORE_SATURATION = 0.15;
    private static final double SOFTCORE_BRIGHTNESS = 0.92;

    private IconPixels() {
    }

    static BufferedImage desaturated(BufferedImage source) {
        int w = source.getWidth();
        int h = source.getHeight();
        int[] pixels = argb(source);
        for (int i = 0; i < pixels.length; i++) {
            int argb = pixels[i];
            int r = (argb >> 16) & 0xff;
            int gr = (argb >> 8) & 0xff;
            int b = argb & 0xff;
            double luma = 0.2126 * r + 0.7152 * gr + 0.0722 * b;
            pixels[i] = (argb & 0xff000000) | channel(luma, r) << 16 | channel(luma, gr) << 8 | channel(luma, b);
        }
        return image(w, h, pixels);
    }

    /**
     * The image's pixels as non-premultiplied ARGB. An icon is already stored so (the decoder
     * makes it TYPE_INT_ARGB): its samples are copied in bulk, where getRGB would convert them
     * one by one through the colour model (40 % of a 1,613-tile wall's drawing time).
     */
    static int[] argb(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        if (image.getType() == BufferedImage.TYPE_INT_ARGB) {
            return (int[]) image.getRaster().getDataElements(0, 0, w, h, new int[w * h]);
        }
        return image.getRGB(0, 0, w, h, null, 0, w);
    }

    /** A TYPE_INT_ARGB image of these pixels, stored in bulk (as setRGB would, without its per-pixel conversion). */
    static BufferedImage image(int w, int h, int[] pixels) {
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        out.getRaster().setDataElements(0, 0, w, h, pixels);
        return out;
    }

    private static int channel(double luma, int value) {
        double v = (luma + (value - luma) * SOFTCORE_SATURATION) * SOFTCORE_BRIGHTNESS;
        return (int) Math.max(0, Math.min(255, Math.round(v)));
    }
}
