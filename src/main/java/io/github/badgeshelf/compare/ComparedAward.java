package io.github.badgeshelf.compare;

import io.github.badgeshelf.model.Award;

/**
 * An event, or a type of site award, that either user has, with each side's award (or null).
 * Events are matched by award type and event ID; site awards by type alone, each side keeping
 * its highest tier (AwardData), the earliest of equal tiers.
 *
 * @param awardType the AwardType label exactly as the server sent it
 * @param title     the event's title; for site awards, the award type's label
 */
public record ComparedAward(String awardType, String title, Award left, Award right) {

    public ComparedAward {
        Presence.of(left, right);
    }

    static ComparedAward of(Award left, Award right) {
        Award named = left != null ? left : right;
        return new ComparedAward(named.awardType(), named.displayTitle(), left, right);
    }

    public Presence presence() {
        return Presence.of(left, right);
    }
}
