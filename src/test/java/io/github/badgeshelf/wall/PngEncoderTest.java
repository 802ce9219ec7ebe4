package io.github.badgeshelf.wall;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.Adler32;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import javax.imageio.ImageIO;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The wall's PNG (issue 24): lossless to the pixel, a valid file to the last checksum, and
 * written with the cheap settings chosen for speed: every row "Up"-filtered, the fastest deflate
 * level, rows compressed in bands. ImageIO's writer, used before, chose filters itself.
 */
class PngEncoderTest {
    @TempDir
    Path dir;

    /** A wall-sized image: noise, like badge icons, with flat runs between, several bands high. */
    private static BufferedImage noisy(int width, int height, int type, long seed) {
        BufferedImage image = new BufferedImage(width, height, type);
        Random random = new Random(seed);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                boolean flat = (x / 40 + y / 40) % 3 == 0;
                image.setRGB(x, y, flat ? 0xFF1B1F27 : 0xFF000000 | random.nextInt(0x1000000));
            }
        }
        return image;
    }

    private Path written(BufferedImage image) throws IOException {
        Path target = dir.resolve("wall-" + image.getWidth() + "x" + image.getHeight() + ".png");
        WallFile.writePng(image, target);
        return target;
    }

    private static void assertSamePixels(BufferedImage expected, BufferedImage actual) {
        assertThat(actual.getWidth()).isEqualTo(expected.getWidth());
        assertThat(actual.getHeight()).isEqualTo(expected.getHeight());
        int w = expected.getWidth();
        int h = expected.getHeight();
        assertThat(actual.getRGB(0, 0, w, h, null, 0, w)).isEqualTo(expected.getRGB(0, 0, w, h, null, 0, w));
    }

    @Test
    void aWallDecodesToExactlyItsPixelsThroughSeveralBands() throws IOException {
        BufferedImage image = noisy(938, 1500, BufferedImage.TYPE_INT_RGB, 1);
        assertThat(PngEncoder.bands(938, 1500)).as("bands").isGreaterThan(3);

        BufferedImage back = ImageIO.read(written(image).toFile());

        assertSamePixels(image, back);
    }

    @Test
    void oddSizesAndOtherImageTypesKeepTheirPixelsToo() throws IOException {
        for (int[] size : new int[][] {{1, 1}, {3, 700}, {1023, 377}}) {
            BufferedImage rgb = noisy(size[0], size[1], BufferedImage.TYPE_INT_RGB, size[0]);
            assertSamePixels(rgb, ImageIO.read(written(rgb).toFile()));
        }
        BufferedImage bgr = noisy(301, 2000, BufferedImage.TYPE_3BYTE_BGR, 7);
        assertSamePixels(bgr, ImageIO.read(written(bgr).toFile()));
    }

    @Test
    void everyRowIsUpFilteredAtTheFastestLevelAndTheStreamChecksOut() throws IOException, DataFormatException {
        BufferedImage image = noisy(938, 1200, BufferedImage.TYPE_INT_RGB, 3);
        Png png = Png.read(written(image));

        assertThat(png.chunkTypes()).startsWith("IHDR").endsWith("IEND");
        byte[] zlib = png.idat();
        assertThat(zlib[0] & 0xff).as("deflate, 32 KB window").isEqualTo(0x78);
        assertThat((zlib[1] & 0xff) >> 6).as("FLEVEL: fastest").isZero();

        Inflater inflater = new Inflater();
        inflater.setInput(zlib);
        byte[] rows = new byte[1200 * (1 + 3 * 938)];
        int n = 0;
        while (!inflater.finished() && n < rows.length) {
            n += inflater.inflate(rows, n, rows.length - n);
        }
        // The zlib trailer is checked as the stream ends: a wrong Adler-32 throws here.
        assertThat(inflater.inflate(new byte[16])).isZero();
        assertThat(inflater.finished()).as("the stream ends, its checksum right").isTrue();
        assertThat(inflater.getRemaining()).isZero();
        assertThat(n).isEqualTo(rows.length);
        for (int y = 0; y < 1200; y++) {
            assertThat(rows[y * (1 + 3 * 938)]).as("filter of row %d", y).isEqualTo((byte) PngEncoder.FILTER);
        }
    }

    @Test
    void bandChecksumsCombineAsOneRun() {
        Random random = new Random(5);
        for (int i = 0; i < 50; i++) {
            byte[] a = new byte[random.nextInt(200_000)];
            byte[] b = new byte[random.nextInt(200_000)];
            random.nextBytes(a);
            random.nextBytes(b);
            Adler32 whole = new Adler32();
            whole.update(a);
            whole.update(b);
            Adler32 first = new Adler32();
            first.update(a);
            Adler32 second = new Adler32();
            second.update(b);
            assertThat(PngEncoder.combineAdler32(first.getValue(), second.getValue(), b.length))
                    .isEqualTo(whole.getValue());
        }
    }

    @Test
    void aTranslucentImageIsRefusedInWordsAndNothingIsWritten() {
        BufferedImage translucent = new BufferedImage(4, 4, BufferedImage.TYPE_INT_ARGB);
        Path target = dir.resolve("translucent.png");

        assertThatThrownBy(() -> WallFile.writePng(translucent, target))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("opaque");
        assertThat(target).doesNotExist();
    }

    /** A PNG's chunks, each checked against its CRC. */
    private record Png(List<String> chunkTypes, byte[] idat) {
        static Png read(Path file) throws IOException {
            try (DataInputStream in = new DataInputStream(Files.newInputStream(file))) {
                in.readFully(new byte[8]);
                List<String> types = new ArrayList<>();
                ByteArrayOutputStream idat = new ByteArrayOutputStream();
                while (true) {
                    int length = in.readInt();
                    byte[] type = new byte[4];
                    in.readFully(type);
                    byte[] data = new byte[length];
                    in.readFully(data);
                    CRC32 crc = new CRC32();
                    crc.update(type);
                    crc.update(data);
                    String name = new String(type, StandardCharsets.US_ASCII);
                    assertThat(in.readInt()).as("CRC of %s", name).isEqualTo((int) crc.getValue());
                    types.add(name);
                    if (name.equals("IDAT")) {
                        idat.write(data);
                    }
                    if (name.equals("IEND")) {
                        return new Png(types, idat.toByteArray());
                    }
                }
            }
        }
    }
}
