package io.github.badgeshelf.settings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The folder where BadgeShelf keeps its settings, caches, logs and (where there is no OS
 * credential store) credentials.
 *
 * <p>Nothing is created when an AppHome is made: folders are created on first use with
 * {@link #ensureDirectory(Path)}, and a home that cannot be written (read-only disk, no
 * permission) only means nothing is kept, never a crash.
 */
public final class AppHome {
    /** Overrides the platform folder (docs/contracts.md). */
    public static final String HOME_VARIABLE = "BADGESHELF_HOME";

    private static final Logger LOG = Logger.getLogger(AppHome.class.getName());

    private final Path root;

    public AppHome(Path root) {
        this.root = Objects.requireNonNull(root, "root").toAbsolutePath().normalize();
    }

    /** The home for this machine and user: {@code BADGESHELF_HOME} if set, else the platform's usual folder. */
    public static AppHome fromEnvironment(Map<String, String> env) {
        return fromEnvironment(env, System.getProperty("os.name", ""), Path.of(System.getProperty("user.home", ".")));
    }

    /** As {@link #fromEnvironment(Map)}, for a given operating system name and user home (for tests). */
    public static AppHome fromEnvironment(Map<String, String> env, String osName, Path userHome) {
        String explicit = env.get(HOME_VARIABLE);
        if (explicit != null && !explicit.isBlank()) {
            try {
                // A relative value is taken against the working folder, as a script would expect.
                return new AppHome(Path.of(explicit.trim()));
            } catch (InvalidPathException e) {
                LOG.warning(HOME_VARIABLE + " is not a usable path, so the usual folder is used: " + e.getMessage());
            }
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            Path appData = absolutePathOrNull(env.get("APPDATA"));
            Path base = appData != null ? appData : userHome.resolve("AppData").resolve("Roaming");
            return new AppHome(base.resolve("BadgeShelf"));
        }
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            return new AppHome(userHome.resolve("Library").resolve("Application Support").resolve("BadgeShelf"));
        }
        // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
        Path xdg = absolutePathOrNull(env.get("XDG_DATA_HOME"));
        Path base = xdg != null ? xdg : userHome.resolve(".local").resolve("share");
        return new AppHome(base.resolve("badgeshelf"));
    }

    public Path root() {
        return root;
    }

    public Path settingsFile() {
        return root.resolve("settings.json");
    }

    public Path iconsDir() {
        return root.resolve("icons");
    }

    public Path shelvesDir() {
        return root.resolve("shelves");
    }

    /** The last copy of each game page looked at, for offline use. */
    public Path gamesDir() {
        return root.resolve("games");
    }

    /** Per signed-in user, the names their last follow list held: which copies the news reads ahead. */
    public Path followingDir() {
        return root.resolve("following");
    }

    public Path logsDir() {
        return root.resolve("logs");
    }

    public Path credentialsFile() {
        return root.resolve("credentials.json");
    }

    /**
     * Creates the folder (and its parents) if needed. Returns false, without throwing, when it
     * cannot be made, so callers can carry on without keeping anything.
     */
    public static boolean ensureDirectory(Path dir) {
        try {
            Files.createDirectories(dir);
            return true;
        } catch (IOException | SecurityException e) {
            LOG.log(Level.WARNING, "Could not create the folder " + dir, e);
            return false;
        }
    }

    private static Path absolutePathOrNull(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            Path p = Path.of(value.trim());
            return p.isAbsolute() ? p : null;
        } catch (InvalidPathException e) {
            return null;
        }
    }

    @Override
    public String toString() {
        return "AppHome[" + root + "]";
    }
}
