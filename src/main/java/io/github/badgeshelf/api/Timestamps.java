package io.github.badgeshelf.api;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The server's award times: ISO-8601 with an offset, or (older answers) "yyyy-MM-dd HH:mm:ss" in UTC. */
final class Timestamps {
    private static final DateTimeFormatter SPACED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private Timestamps() {
    }

    /** The instant, or null when the text is absent or cannot be read as a time. */
    static Instant parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = text.strip();
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeException ignored) {
            // fall through to the forms without an offset
        }
        try {
            return Instant.parse(s);
        } catch (DateTimeException ignored) {
            // fall through
        }
        try {
            return LocalDateTime.parse(s, SPACED).toInstant(ZoneOffset.UTC);
        } catch (DateTimeException ignored) {
            // fall through
        }
        try {
            return LocalDateTime.parse(s).toInstant(ZoneOffset.UTC);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
