package io.github.badgeshelf.model;

/** The AwardType labels the server is known to send (docs/ra-api.md). Others may come. */
public final class AwardTypes {
    public static final String MASTERY_COMPLETION = "Mastery/Completion";
    public static final String GAME_BEATEN = "Game Beaten";
    public static final String EVENT = "Event";
    public static final String SITE_EVENT = "Site Event";
    public static final String UNLOCKS_YIELD = "Achievement Unlocks Yield";
    public static final String POINTS_YIELD = "Achievement Points Yield";
    public static final String PATREON = "Patreon Supporter";
    public static final String LEGEND = "Certified Legend";
    public static final String PLAYTEST = "Playtest";
    public static final String MEDIA_CONTRIBUTION = "Media Contribution";

    private AwardTypes() {
    }

    /** Game awards carry a game ID in AwardData and a hardcore flag in AwardDataExtra. */
    public static boolean isGameAward(String awardType) {
        return MASTERY_COMPLETION.equals(awardType) || GAME_BEATEN.equals(awardType);
    }
}
