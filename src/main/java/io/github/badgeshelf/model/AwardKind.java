package io.github.badgeshelf.model;

/**
 * What an award is, derived from the server's AwardType label and AwardDataExtra.
 * Site awards keep their own named type so each can be drawn with a badge of its own.
 */
public enum AwardKind {
    MASTERED("Mastered", Group.GAME),
    COMPLETED("Completed", Group.GAME),
    BEATEN_HARDCORE("Beaten", Group.GAME),
    BEATEN_SOFTCORE("Beaten (softcore)", Group.GAME),
    EVENT("Event", Group.EVENT),
    SITE_EVENT("Site event", Group.EVENT),
    UNLOCKS_YIELD("Achievement unlocks yield", Group.SITE),
    POINTS_YIELD("Achievement points yield", Group.SITE),
    PATREON("Patreon supporter", Group.SITE),
    LEGEND("Certified legend", Group.SITE),
    PLAYTEST("Playtest", Group.SITE),
    MEDIA_CONTRIBUTION("Media contribution", Group.SITE),
    UNKNOWN("Other award", Group.SITE);

    /** The three groups the website heads its awards with. */
    public enum Group { GAME, EVENT, SITE }

    private final String label;
    private final Group group;

    AwardKind(String label, Group group) {
        this.label = label;
        this.group = group;
    }

    /** A short human label, e.g. "Mastered". */
    public String label() {
        return label;
    }

    public Group group() {
        return group;
    }

    /** True for the named site awards (yield, Patreon, Legend, ...) and unknown labels. */
    public boolean isSiteAward() {
        return group == Group.SITE;
    }

    /**
     * Derives the kind from the server's fields. Unknown labels map to {@link #UNKNOWN}; the
     * label itself is kept on the award, so nothing the server said is lost.
     */
    public static AwardKind of(String awardType, int awardDataExtra) {
        if (awardType == null) {
            return UNKNOWN;
        }
        return switch (awardType) {
            case AwardTypes.MASTERY_COMPLETION -> awardDataExtra == 1 ? MASTERED : COMPLETED;
            case AwardTypes.GAME_BEATEN -> awardDataExtra == 1 ? BEATEN_HARDCORE : BEATEN_SOFTCORE;
            case AwardTypes.EVENT -> EVENT;
            case AwardTypes.SITE_EVENT -> SITE_EVENT;
            case AwardTypes.UNLOCKS_YIELD -> UNLOCKS_YIELD;
            case AwardTypes.POINTS_YIELD -> POINTS_YIELD;
            case AwardTypes.PATREON -> PATREON;
            case AwardTypes.LEGEND -> LEGEND;
            case AwardTypes.PLAYTEST -> PLAYTEST;
            case AwardTypes.MEDIA_CONTRIBUTION -> MEDIA_CONTRIBUTION;
            default -> UNKNOWN;
        };
    }
}
