package io.github.badgeshelf.lastlooked;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.badgeshelf.files.AtomicFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * When each viewer last looked at each user's shelf in BadgeShelf, kept in one small JSON file in
 * the BadgeShelf folder ({@code last-looked.json}):
 * <pre>{"version":1,"viewers":{"user:alice":{"bob":"2026-12-06T01:00:00Z"},"demo":{...}}}</pre>
 * User names are keyed without regard to case ({@link Viewer#userKey}). A time only ever moves
 * forward. The file is written whole or not at all; a file that is not such JSON is moved aside
 * (kept for a person to look at) and the store starts empty, saying so through {@link #problem()};
 * a single entry whose time cannot be read is left out (that user's next look is then a first one).
 * Thread-safe: the window reads it on the FX thread and saves it on its disk writer.
 */
public final class LastLookedStore {
    /** The file's name inside the BadgeShelf folder. */
    public static final String FILE_NAME = "last-looked.json";
    private static final Logger LOG = Logger.getLogger(LastLookedStore.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'");
    private static final int VERSION = 1;

    /** Why the store started empty although a file was there. */
    public enum Problem { UNREADABLE, DAMAGED }

    private final Path file;
    /** viewer key, then user key, then the last look; guarded by this. */
    private final Map<String, Map<String, Instant>> looks;
    private final Problem problem;
    private final String keptAs;

    private LastLookedStore(Path file, Map<String, Map<String, Instant>> looks, Problem problem, String keptAs) {
        this.file = file;
        this.looks = looks;
        this.problem = problem;
        this.keptAs = keptAs;
    }

    /** Reads the file (never throws): missing means empty, damaged means empty with {@link #problem()} said. */
    public static LastLookedStore open(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return new LastLookedStore(file, new HashMap<>(), null, null);
        } catch (IOException | SecurityException e) {
            LOG.log(Level.WARNING, "Could not read the last-looked file " + file + "; nothing is marked new this time", e);
            return new LastLookedStore(file, new HashMap<>(), Problem.UNREADABLE, null);
        }
        try {
            return new LastLookedStore(file, parse(bytes, file), null, null);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "The last-looked file " + file + " is damaged; starting afresh", e);
            return new LastLookedStore(file, new HashMap<>(), Problem.DAMAGED, keepAside(file).orElse(null));
        }
    }

    /** A store that keeps nothing on disk (no BadgeShelf folder, or a test). */
    public static LastLookedStore inMemory() {
        return new LastLookedStore(null, new HashMap<>(), null, null);
    }

    /** When {@code viewer} last looked at {@code user}'s shelf, if ever. */
    public synchronized Optional<Instant> lastLooked(Viewer viewer, String user) {
        Map<String, Instant> ofViewer = looks.get(viewer.key());
        return ofViewer == null ? Optional.empty() : Optional.ofNullable(ofViewer.get(Viewer.userKey(user)));
    }

    /**
     * Notes a look; an earlier time than the one kept changes nothing (a copy shown from memory or
     * from disk is older than what was seen before). True when something changed and is worth saving.
     */
    public synchronized boolean record(Viewer viewer, String user, Instant at) {
        String key = Viewer.userKey(user);
        if (at == null || key.isEmpty()) {
            return false;
        }
        Map<String, Instant> ofViewer = looks.computeIfAbsent(viewer.key(), k -> new HashMap<>());
        Instant kept = ofViewer.get(key);
        if (kept != null && !at.isAfter(kept)) {
            return false;
        }
        ofViewer.put(key, at);
        return true;
    }

    /**
     * Writes the file whole or not at all. Looks another window saved meanwhile are kept: the file
     * is read again and, per entry, the later time wins.
     */
    public void save() throws IOException {
        if (file == null) {
            return;
        }
        Map<String, Map<String, Instant>> merged = new TreeMap<>();
        try {
            merge(merged, parse(Files.readAllBytes(file), file));
        } catch (NoSuchFileException absent) {
            // the first save
        } catch (IOException unreadableOrDamaged) {
            LOG.log(Level.FINE, "Replacing the last-looked file " + file + " that could not be merged", unreadableOrDamaged);
        }
        synchronized (this) {
            merge(merged, looks);
        }
        ObjectNode root = JSON.createObjectNode();
        root.put("version", VERSION);
        ObjectNode viewers = root.putObject("viewers");
        merged.forEach((viewer, users) -> {
            ObjectNode node = viewers.putObject(viewer);
            new TreeMap<>(users).forEach((user, at) -> node.put(user, at.toString()));
        });
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        byte[] bytes = JSON.writeValueAsBytes(root);
        AtomicFiles.write(file, out -> out.write(bytes));
    }

    /** Why the store started empty although a file was there, if it did. */
    public Optional<Problem> problem() {
        return Optional.ofNullable(problem);
    }

    /** The name a damaged file was kept under, when it could be moved aside. */
    public Optional<String> keptAs() {
        return Optional.ofNullable(keptAs);
    }

    private static void merge(Map<String, Map<String, Instant>> into, Map<String, Map<String, Instant>> from) {
        from.forEach((viewer, users) -> {
            Map<String, Instant> target = into.computeIfAbsent(viewer, k -> new HashMap<>());
            users.forEach((user, at) -> target.merge(user, at, (a, b) -> a.isAfter(b) ? a : b));
        });
    }

    private static Map<String, Map<String, Instant>> parse(byte[] bytes, Path file) throws IOException {
        JsonNode root = JSON.readTree(bytes);
        if (root == null || !root.isObject() || !root.path("viewers").isObject()) {
            throw new IOException("the file does not hold a \"viewers\" object");
        }
        Map<String, Map<String, Instant>> out = new HashMap<>();
        int unreadable = 0;
        for (Iterator<Map.Entry<String, JsonNode>> viewers = root.get("viewers").fields(); viewers.hasNext(); ) {
            Map.Entry<String, JsonNode> viewer = viewers.next();
            if (!viewer.getValue().isObject()) {
                unreadable++;
                continue;
            }
            Map<String, Instant> users = new HashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = viewer.getValue().fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                Instant at = instant(entry.getValue());
                if (at == null) {
                    unreadable++;
                } else {
                    users.merge(Viewer.userKey(entry.getKey()), at, (a, b) -> a.isAfter(b) ? a : b);
                }
            }
            out.put(viewer.getKey(), users);
        }
        if (unreadable > 0) {
            int count = unreadable;
            LOG.warning(() -> "Left out " + count + " entries of " + file + " whose time could not be read");
        }
        return out;
    }

    private static Instant instant(JsonNode value) {
        if (value == null || !value.isTextual()) {
            return null;
        }
        try {
            return Instant.parse(value.asText());
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static Optional<String> keepAside(Path file) {
        Path aside = file.resolveSibling(file.getFileName() + ".corrupt-" + ZonedDateTime.now(ZoneOffset.UTC).format(STAMP));
        try {
            Files.move(file, aside);
            return Optional.of(aside.getFileName().toString());
        } catch (IOException | SecurityException e) {
            LOG.log(Level.WARNING, "Could not keep the damaged last-looked file aside as " + aside, e);
            return Optional.empty();
        }
    }
}
