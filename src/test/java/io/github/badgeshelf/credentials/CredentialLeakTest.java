package io.github.badgeshelf.credentials;

import io.github.badgeshelf.api.Credentials;
import io.github.badgeshelf.logging.AppLog;
import io.github.badgeshelf.settings.AppHome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stores themselves keep the key out of the log, even when no one registered it as a secret
 * (the log's redaction is a second line of defence, not the only one).
 */
class CredentialLeakTest {
    private static final String KEY = "LeakCanary0123456789LeakCanary01";

    @AfterEach
    void closeLog() {
        AppLog.shutdown();
    }

    @Test
    void aDamagedCredentialsFileIsReportedWithoutQuotingIt(@TempDir Path dir) throws IOException {
        Path logs = dir.resolve("logs");
        AppLog.install(logs);
        AppHome home = new AppHome(dir.resolve("home"));
        Files.createDirectories(home.root());
        // Broken JSON right after the key, so a parser's message would quote it if passed on.
        Files.writeString(home.credentialsFile(), "{\"username\":\"Ada\",\"apiKey\":\"" + KEY + "\" oops }");

        FileCredentialStore store = new FileCredentialStore(home.credentialsFile());
        assertThat(store.load()).isEmpty();
        AppLog.flush();

        String log = Files.readString(logs.resolve("badgeshelf-0.log"));
        assertThat(log).contains("could not be read").doesNotContain(KEY).doesNotContain("LeakCanary");
    }

    @Test
    void theFallbackStoreLogsNothingOfTheKeyWhenUsed(@TempDir Path dir) throws IOException {
        Path logs = dir.resolve("logs");
        AppLog.install(logs);
        CredentialStore store = CredentialStores.open(new AppHome(dir.resolve("home")));
        store.save(new Credentials("Ada", KEY));
        store.load();
        store.clear();
        AppLog.flush();

        Path logFile = logs.resolve("badgeshelf-0.log");
        String log = Files.exists(logFile) ? Files.readString(logFile) : "";
        assertThat(log).doesNotContain(KEY);
    }
}
