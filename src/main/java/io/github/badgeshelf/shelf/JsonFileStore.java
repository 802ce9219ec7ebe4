package io.github.badgeshelf.shelf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.badgeshelf.files.AtomicFiles;
import io.github.badgeshelf.files.UnkeptWrites;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Offline copies on disk: one JSON file per entry in one folder, written whole or not at all. A file
 * that cannot be read back is deleted and treated as absent: it is only a cache. The caches of
 * shelves and game pages say how an entry is named and turned into JSON; this keeps the files.
 */
public final class JsonFileStore<V> {
    private static final Logger LOG = Logger.getLogger(JsonFileStore.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Turns a value into the JSON kept on disk. */
    @FunctionalInterface
    public interface Writer<V> {
        JsonNode toJson(ObjectMapper json, V value);
    }

    /** Reads a value back; a checked exception means the file is damaged. */
    @FunctionalInterface
    public interface Reader<V> {
        V fromJson(JsonNode root) throws Exception;
    }

    private final Path dir;
    private final String what;
    private final Writer<V> writer;
    private final Reader<V> reader;
    private final UnkeptWrites unkept;

    /** {@code what} names an entry in the log, e.g. "cached shelf". */
    public JsonFileStore(Path dir, String what, Writer<V> writer, Reader<V> reader) {
        this(dir, what, writer, reader, new UnkeptWrites());
    }

    /** As above; a copy that cannot be written is also told to {@code unkept} (the window says it once). */
    public JsonFileStore(Path dir, String what, Writer<V> writer, Reader<V> reader, UnkeptWrites unkept) {
        this.dir = Objects.requireNonNull(dir, "dir");
        this.what = Objects.requireNonNull(what, "what");
        this.writer = Objects.requireNonNull(writer, "writer");
        this.reader = Objects.requireNonNull(reader, "reader");
        this.unkept = Objects.requireNonNull(unkept, "unkept");
    }

    /** The file for a name made safe by the caller (it must not leave the folder). */
    public Path file(String fileName) {
        return dir.resolve(fileName);
    }

    /** Writes the entry, creating the folder if needed; the old file stays if this fails. */
    public void save(String fileName, V value) throws IOException {
        Path file = file(fileName);
        byte[] bytes = JSON.writeValueAsBytes(writer.toJson(JSON, value));
        try {
            Files.createDirectories(dir);
            AtomicFiles.write(file, out -> out.write(bytes));
        } catch (IOException e) {
            unkept.failed(e);
            throw e;
        }
    }

    /** The kept entry, or empty when there is none or it could not be read. Never throws for I/O. */
    public Optional<V> load(String fileName) {
        Path file = file(fileName);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | SecurityException e) {
            LOG.log(Level.WARNING, "Could not read the " + what + " " + file, e);
            return Optional.empty();
        }
        try {
            return Optional.of(reader.fromJson(JSON.readTree(bytes)));
        } catch (RuntimeException e) {
            // A bug, not a damaged file: let it show.
            throw e;
        } catch (Exception e) {
            LOG.log(Level.WARNING, "The " + what + " " + file + " is damaged and is removed: " + e.getMessage());
            deleteQuietly(file);
            return Optional.empty();
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
