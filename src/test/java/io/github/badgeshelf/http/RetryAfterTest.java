package io.github.badgeshelf.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The one reading of Retry-After, for the API client and the icon pipeline (they used to have one each). */
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
    void anythingElseLeavesTheDecisionToTheCaller() {
        assertThat(RetryAfter.parse(null, NOW)).isNull();
        assertThat(RetryAfter.parse("", NOW)).isNull();
        assertThat(RetryAfter.parse("-5", NOW)).isNull();
        assertThat(RetryAfter.parse("+5", NOW)).as("delay-seconds are digits only").isNull();
        assertThat(RetryAfter.parse("99999999999999999999", NOW)).as("too long to be a wait").isNull();
        assertThat(RetryAfter.parse("soon", NOW)).isNull();
        assertThat(RetryAfter.parse("٣", NOW)).as("digits of another script").isNull();
    }

    @Test
    void saysTheWaitInWords() {
        assertThat(RetryAfter.describe(Duration.ofSeconds(1))).isEqualTo("1 second");
        assertThat(RetryAfter.describe(Duration.ofSeconds(45))).isEqualTo("45 seconds");
        assertThat(RetryAfter.describe(Duration.ofMillis(29_500))).as("rounded up").isEqualTo("30 seconds");
        assertThat(RetryAfter.describe(Duration.ofMinutes(2))).isEqualTo("2 minutes");
        assertThat(RetryAfter.describe(Duration.ofHours(3))).isEqualTo("about 3 hours");
    }
}
