package io.github.badgeshelf.ui.shelf;

import io.github.badgeshelf.model.Award;
import io.github.badgeshelf.model.AwardCounts;
import io.github.badgeshelf.ui.i18n.Messages;
import io.github.badgeshelf.model.AwardKind;

/** The award-kind toggles above the grid. */
public enum KindFilter {
    MASTERED("counters.mastered"),
    COMPLETED("counters.completed"),
    BEATEN_HARDCORE("counters.beatenHardcore"),
    BEATEN_SOFTCORE("counters.beatenSoftcore"),
    EVENTS("counters.events"),
    SITE("counters.site");

    /** The bundle key of the chip's name: the same words as the counter card it goes with. */
    private final String labelKey;

    KindFilter(String labelKey) {
        this.labelKey = labelKey;
    }

    /** The chip's name in the window's language. */
    public String label() {
        return Messages.get(labelKey);
    }

    public boolean matches(Award award) {
        return this == of(award.kind());
    }

    /**
     * The chip an award belongs to: the counter the server counts it in, so a chip and its counter
     * agree. The server counts a "Site Event" among the site awards (SiteAwardsCount), although
     * its tile looks like an event's.
     */
    public static KindFilter of(AwardKind kind) {
        return switch (kind) {
            case MASTERED -> MASTERED;
            case COMPLETED -> COMPLETED;
            case BEATEN_HARDCORE -> BEATEN_HARDCORE;
            case BEATEN_SOFTCORE -> BEATEN_SOFTCORE;
            case EVENT -> EVENTS;
            default -> SITE;
        };
    }

    /** The server's counter for this chip's awards (hidden ones included where the server includes them). */
    public int counted(AwardCounts counts) {
        return switch (this) {
            case MASTERED -> counts.mastery();
            case COMPLETED -> counts.completion();
            case BEATEN_HARDCORE -> counts.beatenHardcore();
            case BEATEN_SOFTCORE -> counts.beatenSoftcore();
            case EVENTS -> counts.event();
            case SITE -> counts.site();
        };
    }
}
