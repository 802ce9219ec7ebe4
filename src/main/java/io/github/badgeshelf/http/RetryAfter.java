package io.github.badgeshelf.http;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The Retry-After header: delay-seconds or an HTTP-date (RFC 9110 section 10.2.3). The one reading
 * of it for the API client and the icon pipeline alike.
 */
public final class RetryAfter {
    private RetryAfter() {
    }

    /**
     * The wait it asks for (never negative), or null when absent or unreadable: the caller's own
     * backoff (or words) decide then. Delay-seconds are digits only ("+5" and "-5" are unreadable).
     */
    public static Duration parse(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String s = value.strip();
        if (s.chars().allMatch(c -> c >= '0' && c <= '9')) {
            try {
                return Duration.ofSeconds(Long.parseLong(s));
            } catch (NumberFormatException tooLong) {
                return null;
            }
        }
        try {
            ZonedDateTime when = ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME);
            Duration wait = Duration.between(now, when.toInstant());
            return wait.isNegative() ? Duration.ZERO : wait;
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** "30 seconds", "2 minutes", "about 1 hour": the wait in words. */
    public static String describe(Duration wait) {
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
