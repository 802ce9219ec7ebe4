package io.github.badgeshelf.shelf;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.badgeshelf.files.AtomicFiles;
import io.github.badgeshelf.model.Shelf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The last shelf fetched for each looked-up user, kept on disk so it can be shown offline or
 * while a fresh copy loads. One JSON file per user, written whole or not at all. A file that
 * cannot be read back is deleted and treated as absent: it is only a cache.
 */
public final class ShelfCache implements OfflineCopies<String, Shelf> {
    private static final Logger LOG = Logger.getLogger(ShelfCache.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Longer encoded names are hashed so no file name grows past what file systems allow. */
    private static final int MAX_NAME_LENGTH = 80;

    private final Path dir;

    public ShelfCache(Path dir) {
        this.dir = Objects.requireNonNull(dir, "dir");
    }

    /** Stores the shelf under the looked-up name (case-insensitive), creating the folder if needed. */
    @Override
    public void save(String lookupName, Shelf shelf) throws IOException {
        Objects.requireNonNull(shelf, "shelf");
        Path file = fileFor(lookupName);
        Files.createDirectories(dir);
        byte[] bytes = JSON.writeValueAsBytes(ShelfJson.toJson(JSON, shelf));
        AtomicFiles.write(file, out -> out.write(bytes));
    }

    /** The stored shelf, or empty when there is none or it could not be read. Never throws for I/O. */
    @Override
    public Optional<Shelf> load(String lookupName) {
        Path file = fileFor(lookupName);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | SecurityException e) {
            LOG.log(Level.WARNING, "Could not read the cached shelf " + file, e);
            return Optional.empty();
        }
        try {
            return Optional.of(ShelfJson.fromJson(JSON.readTree(bytes)));
        } catch (IOException | ShelfJson.BadCacheFile e) {
            LOG.log(Level.WARNING, "The cached shelf " + file + " is damaged and is removed: " + e.getMessage());
            deleteQuietly(file);
            return Optional.empty();
        }
    }

    /** The cache file for a name, for tests and for clearing one entry. */
    public Path fileFor(String lookupName) {
        return dir.resolve(fileName(lookupName));
    }

    /**
     * A file name that is the same for names differing only in case and cannot escape the
     * folder: ASCII letters and digits are kept, anything else becomes {@code _xx} hex bytes.
     */
    static String fileName(String lookupName) {
        if (lookupName == null || lookupName.isBlank()) {
            throw new IllegalArgumentException("A user name is needed to cache a shelf");
        }
        String lower = lookupName.trim().toLowerCase(Locale.ROOT);
        StringBuilder name = new StringBuilder();
        for (byte b : lower.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                name.append(c);
            } else {
                name.append('_').append(HexFormat.of().toHexDigits(b));
            }
        }
        if (name.length() > MAX_NAME_LENGTH) {
            return "h_" + sha256(lower) + ".json";
        }
        return name + ".json";
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException | SecurityException e) {
            LOG.log(Level.WARNING, "Could not remove the damaged cache file " + file, e);
        }
    }
}
