package io.github.badgeshelf.packaging;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The icon files the installers and the window use (assets/IconGenerator.java writes them):
 * each is a real image of the size its name or container entry claims, so a broken regeneration
 * shows up in {@code mvn verify} rather than as a blank icon after installing.
 */
class IconAssetsTest {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    @ParameterizedTest
    @ValueSource(ints = {16, 24, 32, 48, 64, 128, 256, 512})
    void eachPngSizeIsASquareImageOfThatSize(int size) throws IOException {
        BufferedImage image = ImageIO.read(Path.of("assets/icons/badgeshelf-" + size + ".png").toFile());

        assertThat(image).isNotNull();
        assertThat(image.getWidth()).isEqualTo(size);
        assertThat(image.getHeight()).isEqualTo(size);
    }

    @Test
    void iconIsARoundedSquareOpaqueInsideAndClearInTheCorners() throws IOException {
        BufferedImage image = ImageIO.read(Path.of("assets/icons/badgeshelf-256.png").toFile());

        assertThat(alpha(image, 0, 0)).isZero();
        assertThat(alpha(image, 255, 255)).isZero();
        assertThat(alpha(image, 128, 128)).isEqualTo(255);
        assertThat(alpha(image, 128, 4)).as("the gold rim at the top edge").isEqualTo(255);
    }

    @Test
    void icoHoldsPngEntriesFrom16To256() throws IOException {
        ByteBuffer ico = ByteBuffer.wrap(Files.readAllBytes(Path.of("assets/badgeshelf.ico"))).order(ByteOrder.LITTLE_ENDIAN);

        assertThat(ico.getShort(0)).as("reserved").isZero();
        assertThat(ico.getShort(2)).as("type 1 = icon").isEqualTo((short) 1);
        int count = ico.getShort(4);
        List<Integer> sizes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int entry = 6 + 16 * i;
            int declared = ico.get(entry) == 0 ? 256 : Byte.toUnsignedInt(ico.get(entry));
            int length = ico.getInt(entry + 8);
            int offset = ico.getInt(entry + 12);
            BufferedImage image = png(Arrays.copyOfRange(ico.array(), offset, offset + length));
            assertThat(image.getWidth()).isEqualTo(declared);
            sizes.add(declared);
        }
        assertThat(sizes).contains(16, 32, 48, 256);
    }

    @Test
    void icnsHoldsPngEntriesUpTo512() throws IOException {
        ByteBuffer icns = ByteBuffer.wrap(Files.readAllBytes(Path.of("assets/badgeshelf.icns")));

        assertThat(new String(icns.array(), 0, 4, StandardCharsets.US_ASCII)).isEqualTo("icns");
        assertThat(icns.getInt(4)).as("total length").isEqualTo(icns.capacity());
        List<String> types = new ArrayList<>();
        int widest = 0;
        for (int at = 8; at < icns.capacity(); ) {
            String type = new String(icns.array(), at, 4, StandardCharsets.US_ASCII);
            int length = icns.getInt(at + 4);
            BufferedImage image = png(Arrays.copyOfRange(icns.array(), at + 8, at + length));
            widest = Math.max(widest, image.getWidth());
            types.add(type);
            at += length;
        }
        assertThat(types).contains("ic07", "ic08", "ic09", "icp4", "icp5");
        assertThat(widest).isEqualTo(512);
    }

    @ParameterizedTest
    @ValueSource(ints = {16, 32, 64, 128, 256})
    void windowIconsAreOnTheClassPath(int size) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/io/github/badgeshelf/icons/badgeshelf-" + size + ".png")) {
            assertThat(in).as("window icon " + size).isNotNull();
            assertThat(ImageIO.read(in).getWidth()).isEqualTo(size);
        }
    }

    @Test
    void linuxInstallerIconIsThe256PixelIcon() throws IOException {
        assertThat(Files.readAllBytes(Path.of("assets/badgeshelf.png")))
                .isEqualTo(Files.readAllBytes(Path.of("assets/icons/badgeshelf-256.png")));
    }

    private static BufferedImage png(byte[] data) throws IOException {
        assertThat(Arrays.copyOf(data, 8)).as("PNG signature").isEqualTo(PNG_SIGNATURE);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(data));
        assertThat(image).isNotNull();
        return image;
    }

    private static int alpha(BufferedImage image, int x, int y) {
        return image.getRGB(x, y) >>> 24;
    }
}
