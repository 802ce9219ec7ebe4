package io.github.badgeshelf.shelf;

import io.github.badgeshelf.files.UnkeptWrites;
import io.github.badgeshelf.model.Shelf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The last shelf fetched for each looked-up user, kept on disk so it can be shown offline or
 * while a fresh copy loads. One JSON file per user, written whole or not at all. A file that
 * cannot be read back is deleted and treated as absent: it is only a cache.
 */
public final class ShelfCache implements OfflineCopies<String, Shelf> {
    /** Longer encoded names are hashed so no file name grows past what file systems allow. */
    private static final int MAX_NAME_LENGTH = 80;

    private final JsonFileStore<Shelf> files;

    public ShelfCache(Path dir) {
        this(dir, new UnkeptWrites());
    }

    /** As above; a copy that cannot be written is also told to {@code unkept}. */
    public ShelfCache(Path dir, UnkeptWrites unkept) {
        this.files = new JsonFileStore<>(dir, "cached shelf", ShelfJson::toJson, ShelfJson::fromJson, unkept);
    }

    /** Stores the shelf under the looked-up name (case-insensitive), creating the folder if needed. */
    @Override
    public void save(String lookupName, Shelf shelf) throws IOException {
        Objects.requireNonNull(shelf, "shelf");
        files.save(fileName(lookupName), shelf);
    }

    /** The stored shelf, or empty when there is none or it could not be read. Never throws for I/O. */
    @Override
    public Optional<Shelf> load(String lookupName) {
        return files.load(fileName(lookupName));
    }

    /** The cache file for a name, for tests and for clearing one entry. */
    public Path fileFor(String lookupName) {
        return files.file(fileName(lookupName));
    }

    /**
     * A file name that is the same for names differing only in case and cannot escape the
     * folder: ASCII letters and digits are kept, anything else becomes {@code _xx} hex bytes.
     * Other per-user files (the news' remembered follow list) are named the same way.
     */
    public static String fileName(String lookupName) {
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
}
