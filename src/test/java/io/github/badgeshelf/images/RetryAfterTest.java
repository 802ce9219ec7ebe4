package io.github.badgeshelf.images;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryAfterTest {
    private static final Instant NOW = Instant.parse("2026-12-03T17:00:00Z");

    @Test
    void readsSecondsAndHttpDates() {
        assertThat(RetryAfter.parse("120", NOW)).isEqualTo(Duration.ofSeconds(120));
        assertThat(RetryAfter.parse(" 0 ", NOW)).isEqualTo(Duration.ZERO);
        assertThat(RetryAfter.parse("Thu, 03 Dec 2026 17:00:30 GMT", NOW)).isEqualTo(Duration.ofSeconds(30));
        assertThat(RetryAfter.parse("Thu, 03 Dec 2026 16:00:00 GMT", NOW)).as("a date past").isEqualTo(Duration.ZERO);
    }

    @Test
    void anythingElseLeavesTheDecisionToTheBackoff() {
        assertThat(RetryAfter.parse(null, NOW)).isNull();
        assertThat(RetryAfter.parse("", NOW)).isNull();
        assertThat(RetryAfter.parse("-5", NOW)).isNull();
        assertThat(RetryAfter.parse("soon", NOW)).isNull();
    }
}
