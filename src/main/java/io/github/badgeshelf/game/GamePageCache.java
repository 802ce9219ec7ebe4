package io.github.badgeshelf.game;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.badgeshelf.files.AtomicFiles;
import io.github.badgeshelf.shelf.OfflineCopies;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * The last copy of each game page (user and game), kept on disk so it can be shown offline with
 * its age, like shelves. One JSON file per page, written whole or not at all; never the key. A file
 * that cannot be read back is deleted and treated as absent: it is only a cache.
 */
public final class GamePageCache implements OfflineCopies<GameKey, GamePage> {
    private static final Logger LOG = Logger.getLogger(GamePageCache.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Names the server accepts are letters and digits (or a ULID), so they make safe file names. */
    private static final Pattern SAFE = Pattern.compile("[a-z0-9]{1,40}");

    private final Path dir;

    public GamePageCache(Path dir) {
        this.dir = Objects.requireNonNull(dir, "dir");
    }

    @Override
    public void save(GameKey key, GamePage page) throws IOException {
        Path file = fileFor(key);
        Files.createDirectories(dir);
        byte[] bytes = JSON.writeValueAsBytes(GamePageJson.toJson(JSON, page));
        AtomicFiles.write(file, out -> out.write(bytes));
    }

    /** The kept copy, or empty when there is none or it could not be read. Never throws for I/O. */
    @Override
    public Optional<GamePage> load(GameKey key) {
        Path file = fileFor(key);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | SecurityException e) {
            LOG.log(Level.WARNING, "Could not read the kept game page " + file, e);
            return Optional.empty();
        }
        try {
            return Optional.of(GamePageJson.fromJson(JSON.readTree(bytes)));
        } catch (IOException | GamePageJson.BadCacheFile e) {
            LOG.log(Level.WARNING, "The kept game page " + file + " is damaged and is removed: " + e.getMessage());
            try {
                Files.deleteIfExists(file);
            } catch (IOException | SecurityException gone) {
                LOG.log(Level.FINE, "Could not remove " + file, gone);
            }
            return Optional.empty();
        }
    }

    /** The file for a page: the folded user and the game ID; odd names are hashed so they cannot escape the folder. */
    public Path fileFor(GameKey key) {
        String user = key.foldedUser();
        String safe = SAFE.matcher(user).matches() ? user : "h" + Integer.toHexString(user.hashCode());
        return dir.resolve(safe + "-" + key.gameId() + ".json");
    }
}
