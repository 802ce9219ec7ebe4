package io.github.badgeshelf.bench;

import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.management.ObjectName;

/**
 * What holds the heap, in words for the heap figure's details line: the live total of a class
 * histogram (which runs a full GC of its own), split into the holders that matter for a scrolled
 * shelf: decoded icons (the memory cache's pixels), the textures JavaFX keeps for painted images
 * (on the heap in software rendering, one per image alive: Prism frees it with its image), the
 * encoded files Images keep (none since issue 24), the
 * model's awards and strings, and the rest (scene graph, CSS, classes' statics).
 */
final class HeapBreakdown {
    private static final Pattern ROW = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)");

    private final String table;
    private final Map<String, long[]> rows = new HashMap<>();
    private final long liveBytes;

    private HeapBreakdown(String table) {
        this.table = table;
        long total = 0;
        for (String line : table.split("\\R")) {
            Matcher row = ROW.matcher(line);
            if (row.find()) {
                long count = Long.parseLong(row.group(1));
                long bytes = Long.parseLong(row.group(2));
                rows.put(row.group(3), new long[] {count, bytes});
                total += bytes;
            }
        }
        this.liveBytes = total;
    }

    /** Takes a class histogram of this JVM now (a full GC first, as {@code jcmd GC.class_histogram}). */
    static HeapBreakdown takeNow() throws Exception {
        Object table = ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                new Object[] {null}, new String[] {String[].class.getName()});
        return new HeapBreakdown(String.valueOf(table));
    }

    String table() {
        return table;
    }

    long liveBytes() {
        return liveBytes;
    }

    /**
     * One line: live total, then each holder. {@code iconCount} and {@code iconPixelBytes} are the
     * memory cache's own figures (decoded pixels it counts against its budget).
     */
    String describe(int iconCount, long iconPixelBytes) {
        long textureCount = count("com.sun.prism.sw.SWArgbPreTexture");
        // Software textures are int arrays of the image's own size, and nearly all painted images are icons.
        long textures = iconCount == 0 ? 0 : textureCount * (iconPixelBytes / iconCount);
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "live %d MB by class histogram: ", mb(liveBytes)));
        line.append(String.format(Locale.ROOT, "decoded icons %d MB (%d in the memory cache; %d Images alive)",
                mb(iconPixelBytes), iconCount, count("javafx.scene.image.Image")));
        line.append(String.format(Locale.ROOT, ", Prism software textures about %d MB (%d, one per painted image)",
                mb(textures), textureCount));
        line.append(String.format(Locale.ROOT, ", Images holding their encoded file %d",
                count("java.io.ByteArrayInputStream")));
        line.append(String.format(Locale.ROOT, ", model %d Awards, %d Strings %d MB",
                count("io.github.badgeshelf.model.Award"), count("java.lang.String"), mb(bytes("java.lang.String"))));
        line.append(String.format(Locale.ROOT, ", byte[] %d MB and int[] %d MB in all",
                mb(bytes("[B")), mb(bytes("[I"))));
        line.append(String.format(Locale.ROOT, "; the rest (scene graph, CSS, classes, buffers) %d MB",
                mb(liveBytes - iconPixelBytes - textures)));
        return line.toString();
    }

    long count(String className) {
        long[] row = rows.get(className);
        return row == null ? 0 : row[0];
    }

    long bytes(String className) {
        long[] row = rows.get(className);
        return row == null ? 0 : row[1];
    }

    private static long mb(long bytes) {
        return Math.round(bytes / (1024.0 * 1024.0));
    }
}
