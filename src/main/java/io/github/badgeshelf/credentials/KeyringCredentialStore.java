package io.github.badgeshelf.credentials;

import com.github.javakeyring.Keyring;
import com.github.javakeyring.PasswordAccessException;
import io.github.badgeshelf.api.Credentials;
import io.github.badgeshelf.api.Redactor;

import java.io.IOException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Logger;

/**
 * Keeps the key in the operating system's credential store (macOS Keychain, Windows Credential
 * Manager, Secret Service / KWallet on Linux) through java-keyring.
 *
 * <p>Two entries under the service "BadgeShelf": the key under the user's name, and a side entry
 * naming that user, so {@link #load()} knows which key to fetch.
 *
 * <p>Keyring calls go over D-Bus or native libraries and can hang (a Secret Service that never
 * answers, an unlock prompt nobody sees), so each runs on one daemon thread and is given up on
 * after a timeout; the app never waits on the keyring forever and can still exit.
 */
public final class KeyringCredentialStore implements CredentialStore {
    public static final String SERVICE = "BadgeShelf";
    /** The side entry's account name; it cannot clash with a username (letters and digits only). */
    static final String USER_ENTRY = "(signed-in user)";
    private static final String PROBE_ENTRY = "(availability check)";

    private static final Logger LOG = Logger.getLogger(KeyringCredentialStore.class.getName());

    private final Keyring keyring;
    private final ExecutorService thread;
    private final Duration timeout;

    private KeyringCredentialStore(Keyring keyring, ExecutorService thread, Duration timeout) {
        this.keyring = keyring;
        this.thread = thread;
        this.timeout = timeout;
    }

    /**
     * Opens the OS store and checks that it can really keep a secret (write, read back, delete a
     * probe entry). Empty, after at most about {@code timeout}, when there is no working store.
     */
    public static Optional<KeyringCredentialStore> probe(Duration timeout) {
        ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "badgeshelf-keyring");
            t.setDaemon(true);
            return t;
        });
        try {
            Keyring keyring = call(thread, timeout, () -> {
                Keyring k = Keyring.create();
                k.setPassword(SERVICE, PROBE_ENTRY, "ok");
                if (!"ok".equals(k.getPassword(SERVICE, PROBE_ENTRY))) {
                    throw new IOException("the credential store did not give back what was stored");
                }
                k.deletePassword(SERVICE, PROBE_ENTRY);
                return k;
            });
            return Optional.of(new KeyringCredentialStore(keyring, thread, timeout));
        } catch (IOException e) {
            LOG.info("No usable OS credential store: " + e.getMessage());
            thread.shutdownNow();
            return Optional.empty();
        }
    }

    @Override
    public Optional<Credentials> load() {
        try {
            return call(thread, timeout, () -> {
                String user = readOrNull(SERVICE, USER_ENTRY);
                if (user == null || user.isBlank()) {
                    return Optional.<Credentials>empty();
                }
                String key = readOrNull(SERVICE, user);
                return key == null || key.isBlank() ? Optional.<Credentials>empty() : Optional.of(new Credentials(user, key));
            });
        } catch (IOException e) {
            LOG.warning("Could not read the credentials from the OS credential store: " + e.getMessage());
            return Optional.empty();
        }
    }

    @Override
    public void save(Credentials c) throws IOException {
        Objects.requireNonNull(c, "credentials");
        try {
            call(thread, timeout, () -> {
                String previous = readOrNull(SERVICE, USER_ENTRY);
                keyring.setPassword(SERVICE, c.username(), c.apiKey());
                keyring.setPassword(SERVICE, USER_ENTRY, c.username());
                if (previous != null && !previous.equals(c.username())) {
                    deleteQuietly(previous);
                }
                return null;
            });
        } catch (IOException e) {
            // Belt and braces: a native library's message should not hold the key, but make sure.
            throw new IOException("Could not save the key in the OS credential store: "
                    + Redactor.redact(e.getMessage(), c.apiKey()));
        }
    }

    @Override
    public void clear() throws IOException {
        try {
            call(thread, timeout, () -> {
                String user = readOrNull(SERVICE, USER_ENTRY);
                if (user != null) {
                    deleteQuietly(user);
                }
                deleteQuietly(USER_ENTRY);
                return null;
            });
        } catch (IOException e) {
            throw new IOException("Could not remove the key from the OS credential store: " + e.getMessage());
        }
    }

    @Override
    public boolean isOsStore() {
        return true;
    }

    @Override
    public String description() {
        return "the system credential store (" + keyring.getKeyringStorageType() + ")";
    }

    private String readOrNull(String service, String account) {
        try {
            return keyring.getPassword(service, account);
        } catch (PasswordAccessException e) {
            // java-keyring reports "no such entry" and real failures alike; a missing entry is the usual case.
            return null;
        }
    }

    private void deleteQuietly(String account) {
        try {
            keyring.deletePassword(SERVICE, account);
        } catch (PasswordAccessException e) {
            // Already gone, which is what was wanted.
        }
    }

    /** Runs a keyring call on the keyring thread, turning every failure and a timeout into an IOException. */
    private static <T> T call(ExecutorService thread, Duration timeout, Callable<T> work) throws IOException {
        Future<T> future;
        try {
            future = thread.submit(work);
        } catch (RuntimeException e) {
            throw new IOException("the credential store is not available");
        }
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new IOException("the credential store did not answer within " + timeout.toMillis() + " ms");
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for the credential store");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            // Only the type and message: causes from D-Bus or native code are not for people, and are kept short.
            throw new IOException(cause.getClass().getSimpleName()
                    + (cause.getMessage() == null ? "" : ": " + cause.getMessage()));
        }
    }
}
