package io.github.badgeshelf.credentials;

import io.github.badgeshelf.settings.AppHome;

import java.time.Duration;

/** Picks where credentials are remembered on this machine. */
public final class CredentialStores {
    /** How long to wait for the OS store to show it works before falling back to the file. */
    public static final Duration PROBE_TIMEOUT = Duration.ofSeconds(2);

    private CredentialStores() {
    }

    /**
     * The OS credential store when it works here, else a private file under the home folder.
     * Blocks for at most about {@link #PROBE_TIMEOUT}; call it off the UI thread.
     */
    public static CredentialStore open(AppHome home) {
        return open(home, PROBE_TIMEOUT);
    }

    public static CredentialStore open(AppHome home, Duration probeTimeout) {
        return KeyringCredentialStore.probe(probeTimeout)
                .<CredentialStore>map(store -> store)
                .orElseGet(() -> new FileCredentialStore(home.credentialsFile()));
    }
}
