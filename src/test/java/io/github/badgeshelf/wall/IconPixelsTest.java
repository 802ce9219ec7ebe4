package io.github.badgeshelf.wall;

import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bulk pixel copies that replaced getRGB/setRGB in the wall's icon work (issue 24) give the
 * very same ARGB values, translucent pixels and sub-images included, so the wall's pixels did
 * not change.
 */
class IconPixelsTest {
    private static BufferedImage random(int type, int w, int h, long seed) {
        BufferedImage image = new BufferedImage(w, h, type);
        Random random = new Random(seed);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                image.setRGB(x, y, random.nextInt());
            }
        }
        return image;
    }

    private static int[] viaGetRgb(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    @Test
    void pixelsReadInBulkAreThoseGetRgbReads() {
        BufferedImage argb = random(BufferedImage.TYPE_INT_ARGB, 64, 64, 1);
        assertThat(IconPixels.argb(argb)).isEqualTo(viaGetRgb(argb));

        BufferedImage part = random(BufferedImage.TYPE_INT_ARGB, 90, 80, 2).getSubimage(7, 11, 64, 50);
        assertThat(IconPixels.argb(part)).isEqualTo(viaGetRgb(part));

        BufferedImage bgr = random(BufferedImage.TYPE_4BYTE_ABGR, 30, 20, 3);
        assertThat(IconPixels.argb(bgr)).isEqualTo(viaGetRgb(bgr));
    }

    @Test
    void anImageMadeInBulkHoldsThosePixelsAsSetRgbWould() {
        int[] pixels = viaGetRgb(random(BufferedImage.TYPE_INT_ARGB, 48, 40, 4));
        BufferedImage bySetRgb = new BufferedImage(48, 40, BufferedImage.TYPE_INT_ARGB);
        bySetRgb.setRGB(0, 0, 48, 40, pixels, 0, 48);

        BufferedImage made = IconPixels.image(48, 40, pixels.clone());

        assertThat(made.getType()).isEqualTo(BufferedImage.TYPE_INT_ARGB);
        assertThat(viaGetRgb(made)).isEqualTo(viaGetRgb(bySetRgb));
    }

    @Test
    void theSoftcoreLookLeavesTheSourceAloneAndKeepsAlpha() {
        BufferedImage icon = random(BufferedImage.TYPE_INT_ARGB, 64, 64, 5);
        int[] before = viaGetRgb(icon);

        int[] grey = viaGetRgb(IconPixels.desaturated(icon));

        assertThat(viaGetRgb(icon)).isEqualTo(before);
        for (int i = 0; i < grey.length; i++) {
            assertThat(grey[i] >>> 24).isEqualTo(before[i] >>> 24);
        }
    }
}
