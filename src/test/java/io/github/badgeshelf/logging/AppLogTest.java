package io.github.badgeshelf.logging;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class AppLogTest {
    private static final String KEY = "Zx9Qw8Er7Ty6Ui5Op4As3Df2Gh1Jk0Lm";
    private static final Logger LOG = Logger.getLogger("io.github.badgeshelf.test.AppLogTest");

    @AfterEach
    void tearDown() {
        AppLog.forgetSecret(KEY);
        AppLog.shutdown();
    }

    @Test
    void aRegisteredSecretNeverReachesTheFile(@TempDir Path dir) throws IOException {
        AppLog.install(dir);
        AppLog.registerSecret(KEY);

        LOG.info("Signing in with key " + KEY);
        LOG.log(Level.WARNING, "Request {0} failed for {1}", new Object[] {"GetUserProfile", "key=" + KEY});
        IOException cause = new IOException("connect to https://retroachievements.org/API/API_GetUserProfile.php?u=Ada&y=" + KEY + "&z=1 failed");
        RuntimeException thrown = new RuntimeException("outer mentions " + KEY, cause);
        thrown.addSuppressed(new IllegalStateException("suppressed " + KEY));
        LOG.log(Level.SEVERE, "Sign-in failed", thrown);
        AppLog.flush();

        String log = Files.readString(dir.resolve("badgeshelf-0.log"), StandardCharsets.UTF_8);
        assertThat(log)
                .doesNotContain(KEY)
                .contains("Signing in with key <redacted>")
                .contains("Request GetUserProfile failed for key=<redacted>")
                .contains("outer mentions <redacted>")
                .contains("y=<redacted>&z=1")
                .contains("suppressed <redacted>")
                .contains("Sign-in failed")
                .contains("java.lang.RuntimeException");
    }

    @Test
    void aKeyParameterIsRedactedEvenWhenTheKeyWasNeverRegistered(@TempDir Path dir) throws IOException {
        AppLog.install(dir);
        LOG.warning("GET https://example.test/API/API_GetUserAwards.php?y=unregistered-secret&u=Ada");
        AppLog.flush();
        String log = Files.readString(dir.resolve("badgeshelf-0.log"), StandardCharsets.UTF_8);
        assertThat(log).doesNotContain("unregistered-secret").contains("?y=<redacted>&u=Ada");
    }

    @Test
    void aForgottenSecretIsNoLongerRedacted() {
        AppLog.registerSecret(KEY);
        assertThat(AppLog.redact("k=" + KEY)).isEqualTo("k=<redacted>");
        AppLog.forgetSecret(KEY);
        assertThat(AppLog.redact("k=" + KEY)).isEqualTo("k=" + KEY);
    }

    @Test
    void aLongerSecretContainingAShorterOneIsRemovedWhole() {
        AppLog.registerSecret("abcd");
        AppLog.registerSecret("abcdefgh");
        try {
            assertThat(AppLog.redact("x abcdefgh y")).isEqualTo("x <redacted> y");
        } finally {
            AppLog.forgetSecret("abcd");
            AppLog.forgetSecret("abcdefgh");
        }
    }

    @Test
    void anUnwritableFolderMeansNoLogNotACrash(@TempDir Path dir) throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("plain-file"), "x");
        assertThatCode(() -> {
            AppLog.install(notAFolder.resolve("logs"));
            LOG.severe("goes nowhere");
            AppLog.flush();
        }).doesNotThrowAnyException();
        assertThat(Logger.getLogger("").getHandlers()).isEmpty();
    }

    @Test
    void aFolderWithAPercentSignWorks(@TempDir Path dir) throws IOException {
        Path logs = dir.resolve("100%t logs");
        AppLog.install(logs);
        LOG.info("hello");
        AppLog.flush();
        assertThat(Files.readString(logs.resolve("badgeshelf-0.log"))).contains("hello");
    }

    @Test
    void installingAgainMovesTheLog(@TempDir Path dir) throws IOException {
        AppLog.install(dir.resolve("first"));
        AppLog.install(dir.resolve("second"));
        LOG.info("after the move");
        AppLog.flush();
        assertThat(Files.readString(dir.resolve("second/badgeshelf-0.log"))).contains("after the move");
        assertThat(Files.readString(dir.resolve("first/badgeshelf-0.log"))).doesNotContain("after the move");
        assertThat(Logger.getLogger("").getHandlers()).hasSize(1);
    }
}
