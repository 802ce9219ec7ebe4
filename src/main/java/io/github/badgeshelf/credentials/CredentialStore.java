package io.github.badgeshelf.credentials;

import io.github.badgeshelf.api.Credentials;

import java.io.IOException;
import java.util.Optional;

/**
 * Where a signed-in user's username and web API key are remembered. Implementations never put
 * the key into an exception text or a log line.
 */
public interface CredentialStore {

    /** The remembered credentials, or empty when there are none or they cannot be read. */
    Optional<Credentials> load();

    void save(Credentials c) throws IOException;

    /** Forgets the credentials; doing so when there are none is not an error. */
    void clear() throws IOException;

    /** True for the operating system's credential store, false for a file of our own. */
    boolean isOsStore();

    /** Where the credentials are kept, in words a person understands. */
    String description();

    /** The file holding the credentials when it is a file of our own (not the OS store), else empty. */
    default Optional<java.nio.file.Path> ownFile() {
        return Optional.empty();
    }
}
