package io.github.badgeshelf.credentials;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.badgeshelf.api.Credentials;
import io.github.badgeshelf.files.AtomicFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Keeps the credentials in a JSON file that only its owner may read, for machines without an
 * OS credential store.
 *
 * <p>On POSIX file systems the file is rw------- from the moment it exists: it is written through
 * {@link AtomicFiles}, whose temporary file comes from {@link Files#createTempFile}, which the JDK
 * creates with owner-only permissions before any byte (so before the key) is written; the rename
 * keeps them. The permissions are set and checked again after the rename in case a file system
 * did otherwise. On non-POSIX file systems (Windows) there are no such bits to set: the file
 * inherits the access list of its folder, which under %APPDATA% is the user's own profile. That
 * is the best available without native calls, and {@link #description()} says the file is used.
 */
public final class FileCredentialStore implements CredentialStore {
    private static final Logger LOG = Logger.getLogger(FileCredentialStore.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper();
    static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_ONLY_FOLDER = PosixFilePermissions.fromString("rwx------");

    private final Path file;

    public FileCredentialStore(Path file) {
        this.file = Objects.requireNonNull(file, "file").toAbsolutePath();
    }

    public Path file() {
        return file;
    }

    @Override
    public Optional<Credentials> load() {
        try {
            JsonNode root = JSON.readTree(Files.readAllBytes(file));
            JsonNode user = root == null ? null : root.get("username");
            JsonNode key = root == null ? null : root.get("apiKey");
            if (user == null || key == null || !user.isTextual() || !key.isTextual()
                    || user.asText().isBlank() || key.asText().isBlank()) {
                LOG.warning("The credentials file " + file + " does not hold a username and key; ignoring it");
                return Optional.empty();
            }
            return Optional.of(new Credentials(user.asText(), key.asText()));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | SecurityException e) {
            // The parser's message could quote part of the file, which holds the key: log the kind only.
            LOG.warning("The credentials file " + file + " could not be read (" + e.getClass().getSimpleName() + ")");
            return Optional.empty();
        }
    }

    @Override
    public void save(Credentials c) throws IOException {
        Objects.requireNonNull(c, "credentials");
        createFolder();
        ObjectNode root = JSON.createObjectNode();
        root.put("username", c.username());
        root.put("apiKey", c.apiKey());
        byte[] bytes = JSON.writeValueAsBytes(root);
        try {
            AtomicFiles.write(file, out -> out.write(bytes));
        } catch (IOException e) {
            // AtomicFiles' messages name paths only, never the content; say it again plainly.
            throw new IOException("Could not save the credentials to " + file + ": " + e.getMessage(), e);
        }
        try {
            restrictToOwner(file, OWNER_ONLY);
        } catch (IOException e) {
            // A key others could read is worse than no key remembered.
            Files.deleteIfExists(file);
            throw e;
        }
    }

    @Override
    public void clear() throws IOException {
        Files.deleteIfExists(file);
    }

    @Override
    public boolean isOsStore() {
        return false;
    }

    @Override
    public Optional<Path> ownFile() {
        return Optional.of(file);
    }

    @Override
    public String description() {
        return "a file readable only by you (" + file + ")";
    }

    private void createFolder() throws IOException {
        Path folder = file.getParent();
        if (folder == null || Files.isDirectory(folder)) {
            return;
        }
        if (isPosix(folder)) {
            Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(OWNER_ONLY_FOLDER));
        } else {
            Files.createDirectories(folder);
        }
    }

    private static void restrictToOwner(Path path, Set<PosixFilePermission> permissions) throws IOException {
        PosixFileAttributeView posix = Files.getFileAttributeView(path, PosixFileAttributeView.class);
        if (posix == null) {
            return;
        }
        posix.setPermissions(permissions);
        if (!posix.readAttributes().permissions().equals(permissions)) {
            throw new IOException("Could not make " + path + " readable by its owner alone");
        }
    }

    private static boolean isPosix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
