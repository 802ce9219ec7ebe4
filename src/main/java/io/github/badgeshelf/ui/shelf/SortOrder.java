package io.github.badgeshelf.ui.shelf;

import io.github.badgeshelf.model.Award;

import java.text.Collator;
import java.time.Instant;
import java.util.Comparator;

/** The sort choice; USER_ORDER keeps the API's order (the order the user chose for their profile). */
public enum SortOrder {
    USER_ORDER("Their order", null),
    NEWEST("Newest first", Comparator.comparing(Award::awardedAt, Comparator.nullsLast(Comparator.<Instant>reverseOrder()))),
    OLDEST("Oldest first", Comparator.comparing(Award::awardedAt, Comparator.nullsLast(Comparator.<Instant>naturalOrder()))),
    TITLE("Title", byTitle()),
    CONSOLE("Console, then title", Comparator.comparing((Award a) -> a.consoleName() == null ? "\uffff" : a.consoleName(),
            collator()).thenComparing(byTitle()));

    private final String label;
    private final Comparator<Award> comparator;

    SortOrder(String label, Comparator<Award> comparator) {
        this.label = label;
        this.comparator = comparator;
    }

    /** Null for the user's own order: the list stays as the server sent it. */
    public Comparator<Award> comparator() {
        return comparator;
    }

    @Override
    public String toString() {
        return label;
    }

    private static Comparator<Award> byTitle() {
        return Comparator.comparing(Award::displayTitle, collator());
    }

    private static Comparator<Object> collator() {
        // Locale-aware, case- and accent-insensitive at the first level, as a person expects.
        Collator c = Collator.getInstance();
        c.setStrength(Collator.SECONDARY);
        return c;
    }
}
