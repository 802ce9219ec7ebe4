package io.github.badgeshelf.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.badgeshelf.model.UnreadValue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the single values of one answer that may be damaged without the whole answer being so
 * (today: times), and notes each that cannot be read instead of turning it into another value.
 * docs/faults.md, "Values that cannot be read".
 */
final class UnreadNotes {
    private final List<UnreadValue> notes = new ArrayList<>();

    /**
     * The time in {@code node}; null when absent (a Java null: the key was not sent), and null with a
     * note when sent but unreadable (JSON null, a number, "", a date without a time, text).
     *
     * @param required whether a missing key is itself a value that cannot be read (an award's time)
     */
    Instant time(JsonNode node, boolean required, String record, String field) {
        if (node == null || node.isMissingNode()) {
            if (required) {
                notes.add(new UnreadValue(record, field, "(absent)"));
            }
            return null;
        }
        Instant read = node.isTextual() ? Timestamps.parse(node.asText()) : null;
        if (read == null) {
            notes.add(new UnreadValue(record, field, node.toString()));
        }
        return read;
    }

    List<UnreadValue> list() {
        return List.copyOf(notes);
    }
}
