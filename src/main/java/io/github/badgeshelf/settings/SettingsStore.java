package io.github.badgeshelf.settings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.badgeshelf.files.AtomicFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reads and writes {@link Settings} as a small JSON file. Reading is lenient: unknown fields are
 * ignored and a field of the wrong type falls back to its default. Only a file that is not JSON
 * at all (or cannot be read) resets everything, and then it is kept aside for a person to look at.
 *
 * <p>Two windows on one home (issue 21) each hold their own copy; a save writes only the fields
 * this store's owner changed since it loaded, over what the file holds now, so one window's theme
 * is not undone by another's recent searches. Fields this version does not know (a newer version's,
 * another feature's) are kept as they are. Merging by field rather than locking the home to one
 * window: nothing goes stale after a crash or kill -9, no second start is refused, and it works for
 * any field {@link #toJson} writes, added later or not.
 */
public final class SettingsStore {
    private static final Logger LOG = Logger.getLogger(SettingsStore.class.getName());
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** Why the defaults stand in for the file: it could not be read, or it was damaged. */
    public enum Problem { UNREADABLE, DAMAGED }

    /**
     * The settings read, and a sentence for the person when they had to be reset (English; the window
     * words {@code problem} and {@code keptAs} in its own language).
     *
     * @param keptAs the name a damaged file was kept under, when it could be moved aside
     */
    public record LoadResult(Settings settings, Optional<String> warning, Optional<Problem> problem, Optional<String> keptAs) {
        public LoadResult {
            Objects.requireNonNull(settings, "settings");
            warning = warning == null ? Optional.empty() : warning;
            problem = problem == null ? Optional.empty() : problem;
            keptAs = keptAs == null ? Optional.empty() : keptAs;
        }

        public LoadResult(Settings settings, Optional<String> warning) {
            this(settings, warning, Optional.empty(), Optional.empty());
        }
    }

    private final Path file;
    /** The settings as this store last read or wrote them, in file form: what "changed here" is measured against. */
    private ObjectNode baseline;

    public SettingsStore(Path file) {
        this.file = Objects.requireNonNull(file, "file");
    }

    public Path file() {
        return file;
    }

    /** Never throws: a missing file gives the defaults, a damaged one the defaults and a warning. */
    public LoadResult load() {
        LoadResult result = read();
        synchronized (this) {
            baseline = toJson(result.settings());
        }
        return result;
    }

    private LoadResult read() {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return new LoadResult(Settings.defaults(), Optional.empty());
        } catch (IOException | SecurityException e) {
            LOG.log(Level.WARNING, "Could not read the settings file " + file, e);
            return new LoadResult(Settings.defaults(), Optional.of(
                    "Your settings could not be read (" + e.getClass().getSimpleName()
                            + "), so the defaults are used for now."), Optional.of(Problem.UNREADABLE), Optional.empty());
        }
        try {
            JsonNode root = JSON.readTree(bytes);
            if (root == null || !root.isObject()) {
                throw new SettingsFileException("the file does not hold a settings object");
            }
            return new LoadResult(fromJson(root), Optional.empty());
        } catch (IOException | SettingsFileException e) {
            LOG.log(Level.WARNING, "The settings file " + file + " is damaged; using the defaults", e);
            Optional<String> keptAs = keepAside();
            String warning = keptAs.map(name -> "Your settings file was damaged, so the defaults are used. "
                    + "The old file was kept as " + name + ".").orElse("Your settings file was damaged, so the defaults are used.");
            return new LoadResult(Settings.defaults(), Optional.of(warning), Optional.of(Problem.DAMAGED), keptAs);
        }
    }

    /** Writes the settings whole or not at all, creating the folder if needed. */
    public void save(Settings settings) throws IOException {
        Objects.requireNonNull(settings, "settings");
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        synchronized (this) {
            ObjectNode ours = toJson(settings);
            ObjectNode merged = mergeOver(currentFile(), ours);
            byte[] bytes = JSON.writeValueAsBytes(merged);
            AtomicFiles.write(file, out -> out.write(bytes));
            baseline = ours;
        }
    }

    /**
     * The file as it is now, with each field this store's owner changed since its baseline put over
     * it. Without a baseline (never loaded) or a readable file, ours is the whole answer.
     */
    private ObjectNode mergeOver(Optional<ObjectNode> onDisk, ObjectNode ours) {
        if (baseline == null || onDisk.isEmpty()) {
            return ours;
        }
        ObjectNode merged = onDisk.get().deepCopy();
        ours.fieldNames().forEachRemaining(field -> {
            JsonNode mine = ours.get(field);
            boolean changedHere = !Objects.equals(mine, baseline.get(field));
            if (changedHere || !merged.has(field)) {
                merged.set(field, mine);
            }
        });
        // A field this store wrote before and leaves out now (window bounds forgotten) was removed here.
        baseline.fieldNames().forEachRemaining(field -> {
            if (!ours.has(field)) {
                merged.remove(field);
            }
        });
        return merged;
    }

    /** The file's settings object now, or empty when it is missing, unreadable or damaged (ours then wins whole). */
    private Optional<ObjectNode> currentFile() {
        try {
            JsonNode root = JSON.readTree(Files.readAllBytes(file));
            return root != null && root.isObject() ? Optional.of((ObjectNode) root) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Moves a damaged file aside for a person to look at; its new name, or empty when it could not be moved. */
    private Optional<String> keepAside() {
        String stamp = ZonedDateTime.now(ZoneOffset.UTC).format(STAMP);
        Path aside = file.resolveSibling(file.getFileName() + ".corrupt-" + stamp);
        try {
            Files.move(file, aside);
            return Optional.of(aside.getFileName().toString());
        } catch (IOException | SecurityException e) {
            LOG.log(Level.WARNING, "Could not keep the damaged settings file aside as " + aside, e);
            return Optional.empty();
        }
    }

    private static ObjectNode toJson(Settings s) {
        ObjectNode root = JSON.createObjectNode();
        root.put("theme", s.theme());
        WindowBounds b = s.windowBounds();
        if (b != null) {
            ObjectNode w = root.putObject("window");
            w.put("x", b.x());
            w.put("y", b.y());
            w.put("width", b.width());
            w.put("height", b.height());
            w.put("maximized", b.maximized());
        }
        ArrayNode recent = root.putArray("recentSearches");
        s.recentSearches().forEach(recent::add);
        root.put("lastExportFolder", s.lastExportFolder());
        root.put("credentialNoticeShown", s.credentialNoticeShown());
        root.put("lastUsername", s.lastUsername());
        root.put("language", s.language());
        ArrayNode hidden = root.putArray("hiddenPanes");
        s.hiddenPanes().forEach(hidden::add);
        return root;
    }

    private static Settings fromJson(JsonNode root) {
        Settings d = Settings.defaults();
        return new Settings(
                text(root.get("theme"), d.theme()),
                bounds(root.get("window")),
                strings(root.get("recentSearches")),
                text(root.get("lastExportFolder"), null),
                root.path("credentialNoticeShown").asBoolean(false),
                text(root.get("lastUsername"), null),
                text(root.get("language"), null),
                strings(root.get("hiddenPanes")));
    }

    private static WindowBounds bounds(JsonNode w) {
        if (w == null || !w.isObject()
                || !w.path("x").isNumber() || !w.path("y").isNumber()
                || !w.path("width").isNumber() || !w.path("height").isNumber()) {
            return null;
        }
        WindowBounds b = new WindowBounds(w.get("x").asDouble(), w.get("y").asDouble(),
                w.get("width").asDouble(), w.get("height").asDouble(), w.path("maximized").asBoolean(false));
        return b.isUsable() ? b : null;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null && array.isArray()) {
            array.forEach(n -> {
                if (n.isTextual()) {
                    out.add(n.asText());
                }
            });
        }
        return out;
    }

    private static String text(JsonNode n, String fallback) {
        return n != null && n.isTextual() ? n.asText() : fallback;
    }

    /** A well-formed JSON file that is not a settings object. */
    private static final class SettingsFileException extends Exception {
        SettingsFileException(String message) {
            super(message);
        }
    }
}
