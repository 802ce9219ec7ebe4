package io.github.badgeshelf.ui.shelf;

import io.github.badgeshelf.ui.i18n.Messages;
import io.github.badgeshelf.model.Award;

import java.text.Collator;
import java.time.Instant;
import java.util.Comparator;

/** The sort choice; USER_ORDER keeps the API's order (the order the user chose for their profile). */
public enum SortOrder {
    USER_ORDER("filter.sort.userOrder", null),
    NEWEST("filter.sort.newest", Comparator.comparing(Award::awardedAt, Comparator.nullsLast(Comparator.<Instant>reverseOrder()))),
    OLDEST("filter.sort.oldest", Comparator.comparing(Award::awardedAt, Comparator.nullsLast(Comparator.<Instant>naturalOrder()))),
    TITLE("filter.sort.title", byTitle()),
    CONSOLE("filter.sort.console", Comparator.comparing((Award a) -> a.consoleName() == null ? "\uffff" : a.consoleName(),
            collator()).thenComparing(byTitle()));

    /** The bundle key of the choice's words. */
    private final String labelKey;
    private final Comparator<Award> comparator;

    SortOrder(String labelKey, Comparator<Award> comparator) {
        this.labelKey = labelKey;
        this.comparator = comparator;
    }

    /** Null for the user's own order: the list stays as the server sent it. */
    public Comparator<Award> comparator() {
        return comparator;
    }

    @Override
    public String toString() {
        return Messages.get(labelKey);
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
