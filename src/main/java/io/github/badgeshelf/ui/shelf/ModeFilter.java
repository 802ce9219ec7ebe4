package io.github.badgeshelf.ui.shelf;

import io.github.badgeshelf.model.Award;
import io.github.badgeshelf.model.AwardMode;

/** The mode choice: game awards earned in hardcore or softcore. */
public enum ModeFilter {
    ANY("Any mode"),
    HARDCORE("Hardcore"),
    SOFTCORE("Softcore");

    private final String label;

    ModeFilter(String label) {
        this.label = label;
    }

    public boolean matches(Award award) {
        return switch (this) {
            case ANY -> true;
            case HARDCORE -> award.mode() == AwardMode.HARDCORE;
            case SOFTCORE -> award.mode() == AwardMode.SOFTCORE;
        };
    }

    @Override
    public String toString() {
        return label;
    }
}
