package io.github.badgeshelf.files;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Removes the temporary files an earlier run of {@link AtomicFiles} left when it was killed
 * (kill -9, a power cut): {@code .<name>.<digits>.tmp}, older than a minute so that a write in
 * progress in another window is left alone. Only that exact form is touched: a person's own
 * {@code .something.tmp} in their Documents folder is not ours.
 */
public final class TempLeftovers {
    static final String SUFFIX = ".tmp";
    /** Files.createTempFile puts a random unsigned long between our prefix and suffix. */
    private static final Pattern OURS = Pattern.compile("\\..+\\.\\d{5,20}\\.tmp");
    public static final Duration MIN_AGE = Duration.ofMinutes(1);
    private static final Logger LOG = Logger.getLogger(TempLeftovers.class.getName());
    private static final Set<Path> SWEPT = ConcurrentHashMap.newKeySet();

    private TempLeftovers() {
    }

    /**
     * Sweeps the folder the first time this process asks (at start, or its first write there);
     * later calls do nothing, so a folder swept at start is not listed again by its first write.
     */
    public static void removeOnceFrom(Path folder) {
        if (SWEPT.add(folder.toAbsolutePath().normalize())) {
            remove(folder);
        }
    }

    /**
     * Removes our leftovers older than {@link #MIN_AGE} from the folder (not its sub-folders) and
     * returns how many. Never throws: a folder that cannot be listed is left as it is.
     */
    public static int remove(Path folder) {
        long cutoff = System.currentTimeMillis() - MIN_AGE.toMillis();
        int removed = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, ".*" + SUFFIX)) {
            for (Path file : files) {
                if (!OURS.matcher(file.getFileName().toString()).matches()) {
                    continue;
                }
                try {
                    if (Files.isRegularFile(file) && Files.getLastModifiedTime(file).toMillis() < cutoff) {
                        Files.deleteIfExists(file);
                        removed++;
                    }
                } catch (IOException | RuntimeException e) {
                    LOG.log(Level.FINE, "Could not remove the leftover " + file, e);
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "Could not look for leftovers in " + folder, e);
        }
        if (removed > 0) {
            LOG.info("Removed " + removed + " temporary file(s) left by an earlier run in " + folder);
        }
        return removed;
    }
}
