package io.github.badgeshelf.model;

import java.util.List;
import java.util.Objects;

/**
 * A single value of an answer that could not be read (a date in an unknown form, a number where
 * text was expected...). Its cell stays empty rather than being turned into another value, and
 * this names it so the person is told: which record, which field, and what was sent.
 *
 * @param record the record in words, e.g. {@code award "Sonic" (Mastery/Completion, 1)}
 * @param field  the server's key, e.g. {@code AwardedAt}
 * @param value  the value as sent, in JSON form ({@code "garbage"}, {@code 12}, {@code null})
 */
public record UnreadValue(String record, String field, String value) {
    /** How many values a one-line summary names before "and N more". */
    static final int NAMED_IN_SUMMARY = 3;

    public UnreadValue {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(field, "field");
        value = value == null ? "null" : value;
    }

    /** E.g. {@code award "Sonic" (Game Beaten, 1): AwardedAt "garbage"}. */
    public String describe() {
        return record + ": " + field + " " + value;
    }

    /**
     * One sentence for a whole answer (English: the command line's standard error and the log),
     * e.g. "2 values could not be read and were left empty: ...; ...".
     */
    public static String summary(List<UnreadValue> values) {
        StringBuilder s = new StringBuilder();
        s.append(values.size() == 1 ? "1 value could not be read and was left empty: "
                : values.size() + " values could not be read and were left empty: ");
        for (int i = 0; i < Math.min(values.size(), NAMED_IN_SUMMARY); i++) {
            if (i > 0) {
                s.append("; ");
            }
            s.append(values.get(i).describe());
        }
        if (values.size() > NAMED_IN_SUMMARY) {
            s.append("; and ").append(values.size() - NAMED_IN_SUMMARY).append(" more");
        }
        return s.append('.').toString();
    }
}
