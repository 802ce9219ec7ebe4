package io.github.badgeshelf.ui.shelf;

import io.github.badgeshelf.model.Award;
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

    public static KindFilter of(AwardKind kind) {
        return switch (kind) {
            case MASTERED -> MASTERED;
            case COMPLETED -> COMPLETED;
            case BEATEN_HARDCORE -> BEATEN_HARDCORE;
            case BEATEN_SOFTCORE -> BEATEN_SOFTCORE;
            case EVENT, SITE_EVENT -> EVENTS;
            default -> SITE;
        };
    }
}
