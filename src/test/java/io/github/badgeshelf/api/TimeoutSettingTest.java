package io.github.badgeshelf.api;

import io.github.badgeshelf.api.ApiConfig;
import io.github.badgeshelf.cli.CommandLine;
import io.github.badgeshelf.testsupport.FakeRaServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** BADGESHELF_TIMEOUT_SECONDS: how long an answer may take, and a plain word when it is nonsense. */
class TimeoutSettingTest {

    @Test
    void unsetMeansThirtySeconds() {
        assertThat(ApiConfig.fromEnvironment(Map.of()).requestTimeout()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void aNumberOfSecondsIsUsed() {
        assertThat(ApiConfig.fromEnvironment(Map.of(ApiConfig.ENV_TIMEOUT_SECONDS, " 5 ")).requestTimeout())
                .isEqualTo(Duration.ofSeconds(5));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-3", "601", "ten", "1.5"})
    void nonsenseIsNamed(String value) {
        assertThatThrownBy(() -> ApiConfig.fromEnvironment(Map.of(ApiConfig.ENV_TIMEOUT_SECONDS, value)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("BADGESHELF_TIMEOUT_SECONDS must be a whole number of seconds from 1 to 600, not " + value);
    }

    @Test
    void theCommandLineExitsWith2OnNonsense() {
        try (FakeRaServer server = FakeRaServer.start()) {
            Map<String, String> env = new LinkedHashMap<>(server.environment());
            env.put(ApiConfig.ENV_TIMEOUT_SECONDS, "soon");
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int status = CommandLine.run(new String[] {"export", "--user", "Alice"}, env,
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            assertThat(status).isEqualTo(2);
            assertThat(err.toString(StandardCharsets.UTF_8).strip())
                    .isEqualTo("badgeshelf: BADGESHELF_TIMEOUT_SECONDS must be a whole number of seconds from 1 to 600, not soon");
            assertThat(server.requests()).isEmpty();
        }
    }
}
