package io.github.badgeshelf.wall;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;
import java.util.zip.Adler32;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes an opaque image as an 8-bit RGB PNG, lossless: the file decodes to exactly the image's
 * pixels. A wall is a large picture (938 x 14,772 px, 42 MB of samples for 1,613 tiles), and
 * ImageIO's writer spent about twice the time of the compression itself converting it row by
 * row through the generic raster API. Here every row is "Up"-filtered (the difference from the
 * row above: tiles repeat down the wall, so it shrinks the file by a tenth against no filter for
 * the cost of a subtraction; trying all five filters per row costs twice the time for 5 % less),
 * deflated at the fastest level, and the rows are compressed in independent bands on the
 * available cores, joined into one zlib stream as pigz does (each band but the last ends on a
 * byte boundary with a sync flush).
 */
final class PngEncoder {
    /** Deflate effort: the wall's icons are noisy pictures that barely shrink with more. */
    static final int DEFLATE_LEVEL = Deflater.BEST_SPEED;
    /** PNG filter type 2, "Up", on every row. */
    static final int FILTER = 2;
    /** About this many bytes of samples per band: enough bands for the cores, few enough to lose nothing measurable. */
    private static final int BAND_BYTES = 1 << 20;
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    /** zlib's header: deflate, 32 KB window, "fastest" level; a multiple of 31 as RFC 1950 wants. */
    private static final byte[] ZLIB_HEADER = {0x78, 0x01};

    private final BufferedImage image;
    private final int width;
    private final int height;
    private final int rowsPerBand;

    private PngEncoder(BufferedImage image) {
        if (image.getColorModel().hasAlpha()) {
            throw new IllegalArgumentException("only opaque images are written (this one has an alpha channel)");
        }
        this.image = image;
        this.width = image.getWidth();
        this.height = image.getHeight();
        this.rowsPerBand = Math.max(1, BAND_BYTES / rowBytes(width));
    }

    /**
     * An encoder for {@code image}, which must stay unchanged until written.
     *
     * @throws IllegalArgumentException when the image has an alpha channel
     */
    static PngEncoder of(BufferedImage image) {
        return new PngEncoder(image);
    }

    /** How many independent bands an image of this size is compressed in. */
    static int bands(int width, int height) {
        int rows = Math.max(1, BAND_BYTES / rowBytes(width));
        return (height + rows - 1) / rows;
    }

    private static int rowBytes(int width) {
        return 1 + 3 * width;
    }

    /** Writes the PNG to {@code out} (not closed). */
    void writeTo(OutputStream out) throws IOException {
        List<Band> bands = IntStream.range(0, bands(width, height)).parallel()
                .mapToObj(this::compress)
                .toList();
        DataOutputStream data = new DataOutputStream(out);
        data.write(SIGNATURE);
        writeChunk(data, "IHDR", header());
        writeChunk(data, "IDAT", ZLIB_HEADER);
        long adler = 1;
        for (Band band : bands) {
            writeChunk(data, "IDAT", band.deflated());
            adler = combineAdler32(adler, band.adler32(), band.length());
        }
        writeChunk(data, "IDAT", new byte[] {
                (byte) (adler >>> 24), (byte) (adler >>> 16), (byte) (adler >>> 8), (byte) adler});
        writeChunk(data, "IEND", new byte[0]);
        data.flush();
    }

    private byte[] header() {
        byte[] ihdr = new byte[13];
        putInt(ihdr, 0, width);
        putInt(ihdr, 4, height);
        ihdr[8] = 8; // bits per sample
        ihdr[9] = 2; // colour type: RGB
        // compression 0 (deflate), filter method 0 (adaptive), interlace 0 (none): zeros already
        return ihdr;
    }

    /** One band's rows, filtered and deflated; {@code length} and {@code adler32} are of the filtered bytes. */
    private record Band(byte[] deflated, long adler32, long length) {
    }

    private Band compress(int band) {
        int first = band * rowsPerBand;
        int end = Math.min(height, first + rowsPerBand);
        boolean last = end == height;
        int[] above = new int[width];
        int[] row = new int[width];
        if (first > 0) {
            readRow(first - 1, above);
        }
        byte[] filtered = new byte[rowBytes(width)];
        filtered[0] = FILTER;
        Adler32 adler = new Adler32();
        Deflater deflater = new Deflater(DEFLATE_LEVEL, true);
        ByteArrayOutputStream out = new ByteArrayOutputStream((end - first) * filtered.length / 2);
        byte[] buffer = new byte[64 * 1024];
        try {
            for (int y = first; y < end; y++) {
                readRow(y, row);
                filterUp(row, above, filtered);
                adler.update(filtered);
                deflater.setInput(filtered);
                while (!deflater.needsInput()) {
                    out.write(buffer, 0, deflater.deflate(buffer));
                }
                int[] swap = above;
                above = row;
                row = swap;
            }
            if (last) {
                deflater.finish();
                while (!deflater.finished()) {
                    out.write(buffer, 0, deflater.deflate(buffer));
                }
            } else {
                int n;
                do {
                    n = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
                    out.write(buffer, 0, n);
                } while (n == buffer.length);
            }
        } finally {
            deflater.end();
        }
        return new Band(out.toByteArray(), adler.getValue(), (long) (end - first) * filtered.length);
    }

    /** The row's pixels as 0xRRGGBB (any alpha bits ignored: the image is opaque). */
    private void readRow(int y, int[] into) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB) {
            // The samples themselves, copied: getRGB would convert every pixel through the colour model.
            image.getRaster().getDataElements(0, y, width, 1, into);
        } else {
            image.getRGB(0, y, width, 1, into, 0, width);
        }
    }

    private static void filterUp(int[] row, int[] above, byte[] out) {
        for (int x = 0, i = 1; x < row.length; x++) {
            int p = row[x];
            int q = above[x];
            out[i++] = (byte) ((p >>> 16) - (q >>> 16));
            out[i++] = (byte) ((p >>> 8) - (q >>> 8));
            out[i++] = (byte) (p - q);
        }
    }

    /**
     * The Adler-32 of two byte runs one after the other, from each run's own checksum and the
     * second one's length (zlib's adler32_combine): the bands are checked apart, in parallel.
     */
    static long combineAdler32(long first, long second, long secondLength) {
        final long base = 65521;
        long remainder = secondLength % base;
        long sum1 = first & 0xffff;
        long sum2 = (remainder * sum1) % base;
        sum1 += (second & 0xffff) + base - 1;
        sum2 += ((first >>> 16) & 0xffff) + ((second >>> 16) & 0xffff) + base - remainder;
        sum1 %= base;
        sum2 %= base;
        return sum1 | (sum2 << 16);
    }

    private static void writeChunk(DataOutputStream out, String type, byte[] data) throws IOException {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeInt(data.length);
        out.write(name);
        out.write(data);
        out.writeInt((int) crc.getValue());
    }

    private static void putInt(byte[] into, int at, int value) {
        into[at] = (byte) (value >>> 24);
        into[at + 1] = (byte) (value >>> 16);
        into[at + 2] = (byte) (value >>> 8);
        into[at + 3] = (byte) value;
    }
}
