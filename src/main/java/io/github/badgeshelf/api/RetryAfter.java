package io.github.badgeshelf.api;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** The Retry-After header: delay-seconds or an HTTP-date (RFC 9110 section 10.2.3). */
final class RetryAfter {
    private RetryAfter() {
    }

    /** The wait it asks for (never negative), or null when absent or unreadable. */
    static Duration parse(String value, Clock clock) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String s = value.strip();
        if (s.chars().allMatch(Character::isDigit)) {
            try {
                return Duration.ofSeconds(Long.parseLong(s));
            } catch (NumberFormatException tooLong) {
                return null;
            }
        }
        try {
            ZonedDateTime when = ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME);
            Duration wait = Duration.between(clock.instant(), when.toInstant());
            return wait.isNegative() ? Duration.ZERO : wait;
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** "30 seconds", "2 minutes", "about 1 hour": the wait in words. */
    static String describe(Duration wait) {
        long seconds = Math.max(0, wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0));
        if (seconds < 120) {
            return seconds == 1 ? "1 second" : seconds + " seconds";
        }
        long minutes = (seconds + 59) / 60;
        if (minutes < 120) {
            return minutes + " minutes";
        }
        long hours = (minutes + 59) / 60;
        return "about " + hours + " hours";
    }
}
