package io.github.badgeshelf.credentials;

import io.github.badgeshelf.api.Credentials;
import io.github.badgeshelf.settings.AppHome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class CredentialStoresTest {

    @Test
    void openAnswersWithinAFewSecondsWhateverTheKeyringDoes(@TempDir Path dir) {
        long start = System.nanoTime();
        CredentialStore store = CredentialStores.open(new AppHome(dir));
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(store).isNotNull();
        assertThat(took).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void withoutASecretServiceItFallsBackToThePrivateFile(@TempDir Path dir) throws IOException {
        // This machine and CI: Linux with no D-Bus session, so no Secret Service to talk to.
        assumeTrue(System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux"), "Linux");
        assumeTrue(isBlank(System.getenv("DBUS_SESSION_BUS_ADDRESS")), "no D-Bus session bus");

        AppHome home = new AppHome(dir);
        CredentialStore store = CredentialStores.open(home);

        assertThat(store).isInstanceOf(FileCredentialStore.class);
        assertThat(store.isOsStore()).isFalse();
        store.save(new Credentials("Ada", "AbCdEf0123456789AbCdEf0123456789"));
        assertThat(home.credentialsFile()).exists();
        assertThat(CredentialStores.open(home).load()).contains(new Credentials("Ada", "AbCdEf0123456789AbCdEf0123456789"));
    }

    @Test
    void theKeyringProbeGivesUpAtItsTimeout() {
        long start = System.nanoTime();
        KeyringCredentialStore.probe(Duration.ofMillis(1));
        // Whether or not a keyring exists, one millisecond is too short to wait for D-Bus or a
        // native library, and the probe must not block past its timeout by much.
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
