package io.github.badgeshelf.ui.shelf;

import io.github.badgeshelf.ui.i18n.Messages;
import io.github.badgeshelf.model.Award;
import io.github.badgeshelf.model.AwardMode;

/** The mode choice: game awards earned in hardcore or softcore. */
public enum ModeFilter {
    ANY("filter.mode.any"),
    HARDCORE("filter.mode.hardcore"),
    SOFTCORE("filter.mode.softcore");

    /** The bundle key of the choice's words. */
    private final String labelKey;

    ModeFilter(String labelKey) {
        this.labelKey = labelKey;
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
        return Messages.get(labelKey);
    }
}
