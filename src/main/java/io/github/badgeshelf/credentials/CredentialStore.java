package io.github.badgeshelf.credentials;

import io.github.badgeshelf.api.Credentials;

import java.io.IOException;
import java.util.Optional;

/** TEMPORARY placeholder until the core branch lands (same contract). */
public interface CredentialStore {
    Optional<Credentials> load();

    void save(Credentials c) throws IOException;

    void clear() throws IOException;

    boolean isOsStore();

    String description();
}
