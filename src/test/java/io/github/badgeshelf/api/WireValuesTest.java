package io.github.badgeshelf.api;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The small readers of server values: award times and JSON-or-not (Retry-After: http.RetryAfterTest). */
class WireValuesTest {

    @Test
    void awardTimesInEveryFormTheServerUses() {
        assertThat(Timestamps.parse("2015-07-02T16:44:46+00:00")).isEqualTo(Instant.parse("2015-07-02T16:44:46Z"));
        assertThat(Timestamps.parse("2015-07-02T18:44:46+02:00")).isEqualTo(Instant.parse("2015-07-02T16:44:46Z"));
        assertThat(Timestamps.parse("2015-07-02T16:44:46.123Z")).isEqualTo(Instant.parse("2015-07-02T16:44:46.123Z"));
        assertThat(Timestamps.parse("2015-07-02 16:44:46")).isEqualTo(Instant.parse("2015-07-02T16:44:46Z"));
        assertThat(Timestamps.parse(" 2015-07-02T16:44:46 ")).isEqualTo(Instant.parse("2015-07-02T16:44:46Z"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "yesterday", "2015-13-45T99:99:99+00:00", "1436000000", "2015-07-02"})
    void unreadableTimesAreNull(String text) {
        assertThat(Timestamps.parse(text)).isNull();
        assertThat(Timestamps.parse(null)).isNull();
    }

    @Test
    void htmlIsToldApartFromJson() {
        assertThat(JsonBodies.looksLikeJson("  {\"a\":1}".getBytes())).isTrue();
        assertThat(JsonBodies.looksLikeJson("\uFEFF[]".getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(JsonBodies.looksLikeJson("<!DOCTYPE html>".getBytes())).isFalse();
        assertThat(JsonBodies.looksLikeJson(new byte[0])).isFalse();
    }
}
