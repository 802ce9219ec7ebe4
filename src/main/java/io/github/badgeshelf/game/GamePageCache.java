package io.github.badgeshelf.game;

import io.github.badgeshelf.files.UnkeptWrites;
import io.github.badgeshelf.shelf.JsonFileStore;
import io.github.badgeshelf.shelf.OfflineCopies;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The last copy of each game page (user and game), kept on disk so it can be shown offline with
 * its age, like shelves. One JSON file per page, written whole or not at all; never the key. A file
 * that cannot be read back is deleted and treated as absent: it is only a cache.
 */
public final class GamePageCache implements OfflineCopies<GameKey, GamePage> {
    /** Names the server accepts are letters and digits (or a ULID), so they make safe file names. */
    private static final Pattern SAFE = Pattern.compile("[a-z0-9]{1,40}");

    private final JsonFileStore<GamePage> files;

    public GamePageCache(Path dir) {
        this(dir, new UnkeptWrites());
    }

    /** As above; a copy that cannot be written is also told to {@code unkept}. */
    public GamePageCache(Path dir, UnkeptWrites unkept) {
        this.files = new JsonFileStore<>(dir, "kept game page", GamePageJson::toJson, GamePageJson::fromJson, unkept);
    }

    @Override
    public void save(GameKey key, GamePage page) throws IOException {
        files.save(fileName(key), page);
    }

    /** The kept copy, or empty when there is none or it could not be read. Never throws for I/O. */
    @Override
    public Optional<GamePage> load(GameKey key) {
        return files.load(fileName(key));
    }

    /** The file for a page, for tests. */
    public Path fileFor(GameKey key) {
        return files.file(fileName(key));
    }

    /** The file for a page: the folded user and the game ID; odd names are hashed so they cannot escape the folder. */
    static String fileName(GameKey key) {
        String user = key.foldedUser();
        String safe = SAFE.matcher(user).matches() ? user : "h" + Integer.toHexString(user.hashCode());
        return safe + "-" + key.gameId() + ".json";
    }
}
