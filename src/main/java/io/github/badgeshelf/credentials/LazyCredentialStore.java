package io.github.badgeshelf.credentials;

import io.github.badgeshelf.api.Credentials;
import io.github.badgeshelf.settings.AppHome;

import java.io.IOException;
import java.util.Optional;

/**
 * Opens the real store on first use. Probing the OS keyring can take seconds, and the first use
 * always happens on a background thread, so the window never waits for it.
 */
public final class LazyCredentialStore implements CredentialStore {
    private final AppHome home;
    private CredentialStore delegate;

    public LazyCredentialStore(AppHome home) {
        this.home = home;
    }

    private synchronized CredentialStore store() {
        if (delegate == null) {
            delegate = CredentialStores.open(home);
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
    public String description() {
        return store().description();
    }
}
