package io.github.badgeshelf.api;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** The small readers of server values: award times and Retry-After. */
class WireValuesTest {
    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

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
    void retryAfterInSecondsOrAsAnHttpDate() {
        assertThat(RetryAfter.parse("120", CLOCK)).isEqualTo(Duration.ofSeconds(120));
        assertThat(RetryAfter.parse(" 0 ", CLOCK)).isEqualTo(Duration.ZERO);
        assertThat(RetryAfter.parse("Sun, 01 Mar 2026 10:01:30 GMT", CLOCK)).isEqualTo(Duration.ofSeconds(90));
        assertThat(RetryAfter.parse("Sun, 01 Mar 2026 09:00:00 GMT", CLOCK)).as("a date in the past").isEqualTo(Duration.ZERO);
        assertThat(RetryAfter.parse("soon", CLOCK)).isNull();
        assertThat(RetryAfter.parse("-5", CLOCK)).isNull();
        assertThat(RetryAfter.parse("99999999999999999999999", CLOCK)).isNull();
        assertThat(RetryAfter.parse(null, CLOCK)).isNull();
    }

    @Test
    void waitsAreStatedInWords() {
        assertThat(RetryAfter.describe(Duration.ofSeconds(1))).isEqualTo("1 second");
        assertThat(RetryAfter.describe(Duration.ofSeconds(45))).isEqualTo("45 seconds");
        assertThat(RetryAfter.describe(Duration.ofMinutes(5))).isEqualTo("5 minutes");
        assertThat(RetryAfter.describe(Duration.ofHours(3))).isEqualTo("about 3 hours");
    }

    @Test
    void htmlIsToldApartFromJson() {
        assertThat(JsonBodies.looksLikeJson("  {\"a\":1}".getBytes())).isTrue();
        assertThat(JsonBodies.looksLikeJson("\uFEFF[]".getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(JsonBodies.looksLikeJson("<!DOCTYPE html>".getBytes())).isFalse();
        assertThat(JsonBodies.looksLikeJson(new byte[0])).isFalse();
    }
}
