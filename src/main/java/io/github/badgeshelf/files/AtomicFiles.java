package io.github.badgeshelf.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes a file whole or not at all: the content goes to a temporary file in the same folder,
 * is flushed to disk, and only then replaces the target. On any failure the target is left
 * exactly as it was and the temporary file is removed; so it is when the process is stopped
 * (SIGTERM, Ctrl+C: a shutdown hook), and what a kill -9 leaves behind is removed by the first
 * write into that folder of a later run ({@link TempLeftovers}).
 */
public final class AtomicFiles {
    /** Temporary files being written now, removed by the shutdown hook if the process stops first. */
    private static final Set<Path> IN_FLIGHT = ConcurrentHashMap.newKeySet();

    static {
        Thread hook = new Thread(AtomicFiles::removeInFlight, "badgeshelf-temp-cleanup");
        try {
            Runtime.getRuntime().addShutdownHook(hook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // Nothing to guard then: the process is on its way out.
        }
    }

    /** Produces the file's content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    public static void write(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new IOException("The folder " + folder + " does not exist");
        }
        if (Files.isDirectory(absolute)) {
            throw new IOException(absolute + " is a folder, not a file");
        }
        TempLeftovers.removeOnceFrom(folder);
        Path temp = Files.createTempFile(folder, "." + absolute.getFileName() + ".", TempLeftovers.SUFFIX);
        IN_FLIGHT.add(temp);
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                content.writeTo(out);
                out.flush();
            }
            try (var channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            move(temp, absolute);
        } catch (IOException | RuntimeException | Error e) {
            Files.deleteIfExists(temp);
            throw e;
        } finally {
            IN_FLIGHT.remove(temp);
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Some file systems (network shares) cannot rename atomically; a replace is the best left.
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void removeInFlight() {
        for (Path temp : IN_FLIGHT) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException | RuntimeException e) {
                // Stopping anyway; the next run's leftover sweep takes it.
            }
        }
    }
}
