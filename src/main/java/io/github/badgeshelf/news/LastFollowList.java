package io.github.badgeshelf.news;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.github.badgeshelf.model.FollowedUser;
import io.github.badgeshelf.shelf.JsonFileStore;
import io.github.badgeshelf.shelf.ShelfCache;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The names the signed-in user's last follow list held, one file per viewer under
 * {@code BADGESHELF_HOME/following}: which people's copies to read while the follow list is asked
 * for again. Only a hint for reading ahead: the list the server gives is what the news is made
 * of, so a missing or damaged file costs time, never a wrong answer.
 */
public final class LastFollowList {
    private static final Logger LOG = Logger.getLogger(LastFollowList.class.getName());

    private final JsonFileStore<List<String>> files;
    private final String fileName;

    public LastFollowList(Path dir, String viewer) {
        this.files = new JsonFileStore<>(dir, "last follow list", (json, names) -> {
            ArrayNode array = json.createArrayNode();
            names.forEach(array::add);
            return json.createObjectNode().set("names", array);
        }, LastFollowList::names);
        this.fileName = ShelfCache.fileName(viewer);
    }

    /** The names kept, or none. */
    public List<String> names() {
        return files.load(fileName).orElse(List.of());
    }

    /** Keeps the names of {@code followed} when they differ from those kept; a failure only costs the next read-ahead. */
    public void remember(List<FollowedUser> followed) {
        remember(followed, names());
    }

    /** As {@link #remember(List)}, for a caller that has just read the kept names: the file is not read again. */
    public void remember(List<FollowedUser> followed, List<String> kept) {
        List<String> names = followed.stream().map(FollowedUser::user).toList();
        if (names.equals(kept)) {
            return;
        }
        try {
            files.save(fileName, names);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.INFO, "Could not keep the follow list's names for reading ahead next time: " + e.getMessage());
        }
    }

    private static List<String> names(JsonNode root) throws IOException {
        JsonNode array = root.path("names");
        if (!array.isArray()) {
            throw new IOException("no list of names");
        }
        List<String> names = new ArrayList<>(array.size());
        for (JsonNode name : array) {
            if (!name.isTextual() || name.asText().isBlank()) {
                throw new IOException("a name that is not text");
            }
            names.add(name.asText());
        }
        return List.copyOf(names);
    }
}
