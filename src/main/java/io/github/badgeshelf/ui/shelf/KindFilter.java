package io.github.badgeshelf.ui.shelf;

import io.github.badgeshelf.model.Award;
import io.github.badgeshelf.model.AwardCounts;
import io.github.badgeshelf.model.AwardKind;

/** The award-kind toggles above the grid. */
public enum KindFilter {
    MASTERED("Mastered"),
    COMPLETED("Completed"),
    BEATEN_HARDCORE("Beaten"),
    BEATEN_SOFTCORE("Beaten (softcore)"),
    EVENTS("Events"),
    SITE("Site");

    private final String label;

    KindFilter(String label) {
        this.label = label;
    }

    public String label() {
        return label;
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
