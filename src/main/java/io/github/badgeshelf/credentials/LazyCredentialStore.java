package io.github.badgeshelf.credentials;

import io.github.badgeshelf.api.Credentials;
import io.github.badgeshelf.settings.AppHome;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/**
 * Opens the real store on first use. Probing the OS keyring can take seconds, and the first use
 * always happens on a background thread, so the window never waits for it.
 */
public final class LazyCredentialStore implements CredentialStore {
    /** Set to "file" to skip the OS store (tests, or people who prefer a file). */
    public static final String ENV_STORE = "BADGESHELF_CREDENTIAL_STORE";

    private final AppHome home;
    private final boolean fileOnly;
    private CredentialStore delegate;

    public LazyCredentialStore(AppHome home, Map<String, String> env) {
        this.home = home;
        this.fileOnly = "file".equalsIgnoreCase(env.getOrDefault(ENV_STORE, ""));
    }

    private synchronized CredentialStore store() {
        if (delegate == null) {
            delegate = fileOnly ? new FileCredentialStore(home.credentialsFile()) : CredentialStores.open(home);
        }
        return delegate;
    }

    @Override
    public Optional<Credentials> load() {
        return store().load();
    }

    @Override
    public void save(Credentials c) throws IOException {
        store().save(c);
    }

    @Override
    public void clear() throws IOException {
        store().clear();
    }

    @Override
    public boolean isOsStore() {
        return store().isOsStore();
    }

    @Override
    public Optional<java.nio.file.Path> ownFile() {
        return store().ownFile();
    }

    @Override
    public String description() {
        return store().description();
    }
}
