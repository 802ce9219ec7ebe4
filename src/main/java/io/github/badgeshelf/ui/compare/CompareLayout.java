package io.github.badgeshelf.ui.compare;

import io.github.badgeshelf.compare.Presence;

/** What the comparison page shows: one of the three groups, or all three side by side. */
public enum CompareLayout {
    BOTH(Presence.BOTH),
    ONLY_LEFT(Presence.ONLY_LEFT),
    ONLY_RIGHT(Presence.ONLY_RIGHT),
    SIDE_BY_SIDE(null);

    private final Presence group;

    CompareLayout(Presence group) {
        this.group = group;
    }

    /** The one group shown, or null when all three are. */
    public Presence group() {
        return group;
    }

    public boolean shows(Presence presence) {
        return group == null || group == presence;
    }
}
