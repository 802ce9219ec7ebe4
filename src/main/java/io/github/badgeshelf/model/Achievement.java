package io.github.badgeshelf.model;

import java.time.Instant;
import java.util.Comparator;

/**
 * One published achievement of a game, with the user's progress on it (API_GetGameInfoAndUserProgress).
 *
 * @param id                 the achievement ID
 * @param title              as sent; never null (empty if absent)
 * @param description        as sent; never null (empty if absent)
 * @param points             the points it is worth
 * @param trueRatio          RetroPoints ("true ratio"): points weighted by rarity, or null when not sent
 * @param type               {@code progression}, {@code win_condition}, {@code missable}, another label, or null
 * @param badgeName          the badge's name as sent, leading zeros kept (e.g. "00123"); never null
 * @param numAwarded         players who have it, in either mode
 * @param numAwardedHardcore players who have it in hardcore
 * @param displayOrder       the game's own order (often 0 for all)
 * @param earnedAt           when the user earned it (in either mode), or null if not earned
 * @param earnedHardcoreAt   when the user earned it in hardcore, or null
 * @param badgeUrl           media origin + /Badge/&lt;BadgeName&gt;.png, or null without a badge name
 * @param lockedBadgeUrl     media origin + /Badge/&lt;BadgeName&gt;_lock.png, or null without a badge name
 * @param earned             earned in either mode, even when the server's date could not be read
 * @param earnedHardcore     earned in hardcore, even when the server's date could not be read
 */
public record Achievement(
        int id,
        String title,
        String description,
        int points,
        Integer trueRatio,
        String type,
        String badgeName,
        int numAwarded,
        int numAwardedHardcore,
        int displayOrder,
        Instant earnedAt,
        Instant earnedHardcoreAt,
        String badgeUrl,
        String lockedBadgeUrl,
        boolean earned,
        boolean earnedHardcore) {

    public static final String TYPE_PROGRESSION = "progression";
    public static final String TYPE_WIN_CONDITION = "win_condition";
    public static final String TYPE_MISSABLE = "missable";

    /** The game's order: DisplayOrder, then ID (DisplayOrder is often 0 everywhere, ra-api-game.md). */
    public static final Comparator<Achievement> GAME_ORDER =
            Comparator.comparingInt(Achievement::displayOrder).thenComparingInt(Achievement::id);

    public Achievement {
        title = title == null ? "" : title;
        description = description == null ? "" : description;
        badgeName = badgeName == null ? "" : badgeName;
        type = type == null || type.isBlank() ? null : type;
        // The hardcore unlock also sets DateEarned on the server; an answer without it still counts as earned.
        if (earnedAt == null) {
            earnedAt = earnedHardcoreAt;
        }
        earnedHardcore = earnedHardcore || earnedHardcoreAt != null;
        earned = earned || earnedHardcore || earnedAt != null;
    }

    /** An achievement whose earned state is given by its dates alone (both read). */
    public Achievement(int id, String title, String description, int points, Integer trueRatio, String type,
                       String badgeName, int numAwarded, int numAwardedHardcore, int displayOrder, Instant earnedAt,
                       Instant earnedHardcoreAt, String badgeUrl, String lockedBadgeUrl) {
        this(id, title, description, points, trueRatio, type, badgeName, numAwarded, numAwardedHardcore, displayOrder,
                earnedAt, earnedHardcoreAt, badgeUrl, lockedBadgeUrl, false, false);
    }

    public boolean isEarned() {
        return earned;
    }

    public boolean isEarnedHardcore() {
        return earnedHardcore;
    }

    public boolean isMissable() {
        return TYPE_MISSABLE.equalsIgnoreCase(type);
    }

    /** The mode it was earned in: hardcore if earned in hardcore, softcore if earned only that way, else NONE. */
    public AwardMode mode() {
        if (isEarnedHardcore()) {
            return AwardMode.HARDCORE;
        }
        return isEarned() ? AwardMode.SOFTCORE : AwardMode.NONE;
    }
}
