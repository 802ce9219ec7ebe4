package io.github.badgeshelf.images;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Icon files kept on disk, one file per icon path. Icons are immutable per path on the media host,
 * so entries never expire. The key is the URL's path (and query), not its origin, so the cache
 * survives a change of media host name; the file name is a hash of it, which is always safe.
 *
 * <p>The folder is created lazily on first use (a pipeline thread, never the caller's). When it
 * cannot be created, or a file cannot be written, the cache warns once and carries on without
 * that ability: icons still load, from the network.
 */
final class DiskIconCache {

    private static final Logger LOG = Logger.getLogger(DiskIconCache.class.getName());
    private static final Duration LEFTOVER_AGE = Duration.ofHours(1);
    private static final Pattern SAFE_EXTENSION = Pattern.compile("[a-z0-9]{1,8}");

    private final Path folder;
    private final AtomicBoolean warned = new AtomicBoolean();
    private volatile boolean readable = true;
    private volatile boolean writable = true;
    private volatile boolean ready;

    DiskIconCache(Path folder) {
        this.folder = folder.toAbsolutePath();
    }

    /** The icon's bytes, or null when it is not cached (or the cache cannot be read). */
    byte[] read(String url) {
        if (!ensureFolder()) {
            return null;
        }
        try {
            byte[] data = Files.readAllBytes(fileFor(url));
            return data.length == 0 ? null : data;
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            LOG.log(Level.FINE, "Could not read the cached icon for " + url, e);
            return null;
        }
    }

    /** Stores the bytes whole or not at all: a temporary file renamed into place. */
    void write(String url, byte[] data) {
        if (!writable || !ensureFolder()) {
            return;
        }
        Path target = fileFor(url);
        Path temp = null;
        try {
            temp = Files.createTempFile(folder, ".icon-", ".tmp");
            // No fsync: a file torn by a crash fails to decode later and is then fetched again.
            Files.write(temp, data);
            moveIntoPlace(temp, target);
        } catch (IOException | SecurityException e) {
            writable = false;
            warnOnce("The icon cache folder " + folder + " cannot be written; icons will be downloaded each run", e);
            deleteQuietly(temp);
        }
    }

    /** Removes a cached file that turned out to be broken. */
    void delete(String url) {
        deleteQuietly(fileFor(url));
    }

    Path fileFor(String url) {
        String key = keyOf(url);
        return folder.resolve(sha256(key) + "." + extensionOf(key));
    }

    private boolean ensureFolder() {
        if (ready) {
            return readable;
        }
        synchronized (this) {
            if (!ready) {
                try {
                    Files.createDirectories(folder);
                    removeLeftoverTemporaryFiles();
                } catch (IOException | SecurityException e) {
                    readable = false;
                    writable = false;
                    warnOnce("The icon cache folder " + folder + " cannot be created; icons will not be cached on disk", e);
                }
                ready = true;
            }
            return readable;
        }
    }

    /** A crash between writing and renaming leaves a temporary file; old ones are nobody's. */
    private void removeLeftoverTemporaryFiles() throws IOException {
        long cutoff = System.currentTimeMillis() - LEFTOVER_AGE.toMillis();
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(folder, ".icon-*.tmp")) {
            for (Path leftover : leftovers) {
                try {
                    if (Files.getLastModifiedTime(leftover).toMillis() < cutoff) {
                        Files.deleteIfExists(leftover);
                    }
                } catch (IOException e) {
                    LOG.log(Level.FINE, "Could not remove " + leftover, e);
                }
            }
        }
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private void warnOnce(String message, Exception cause) {
        if (warned.compareAndSet(false, true)) {
            LOG.log(Level.WARNING, message, cause);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException | SecurityException e) {
            LOG.log(Level.FINE, "Could not delete " + file, e);
        }
    }

    private static String keyOf(String url) {
        try {
            URI uri = URI.create(url);
            if (uri.getRawPath() != null && !uri.getRawPath().isEmpty()) {
                return uri.getRawQuery() == null ? uri.getRawPath() : uri.getRawPath() + "?" + uri.getRawQuery();
            }
        } catch (IllegalArgumentException e) {
            // fall through: an odd URL is still a usable key as a whole
        }
        return url;
    }

    private static String extensionOf(String key) {
        String path = key.contains("?") ? key.substring(0, key.indexOf('?')) : key;
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return SAFE_EXTENSION.matcher(extension).matches() ? extension : "bin";
    }

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
