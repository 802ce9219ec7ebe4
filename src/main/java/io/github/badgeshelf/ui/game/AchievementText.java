package io.github.badgeshelf.ui.game;

import io.github.badgeshelf.model.Achievement;
import io.github.badgeshelf.ui.i18n.Messages;
import io.github.badgeshelf.ui.shelf.AwardText;

/** How an achievement is put into words on the game page, in the window's language. */
final class AchievementText {
    private AchievementText() {
    }

    /** "Earned in hardcore on ...", "Earned in softcore on ..." or "Not earned yet". */
    static String earned(Achievement a) {
        if (a.isEarnedHardcore()) {
            return Messages.format("game.earnedHardcore", AwardText.dateTime(a.earnedHardcoreAt()));
        }
        if (a.isEarned()) {
            return Messages.format("game.earnedSoftcore", AwardText.dateTime(a.earnedAt()));
        }
        return Messages.get("game.notEarned");
    }

    /**
     * The type in words; unknown labels are data and stay as sent. Null for an achievement without
     * a type (most of them): the website shows nothing then, and neither does the window.
     */
    static String type(Achievement a) {
        if (a.type() == null || a.type().isBlank()) {
            return null;
        }
        return switch (a.type()) {
            case Achievement.TYPE_PROGRESSION -> Messages.get("game.type.progression");
            case Achievement.TYPE_WIN_CONDITION -> Messages.get("game.type.win_condition");
            case Achievement.TYPE_MISSABLE -> Messages.get("game.type.missable");
            default -> a.type();
        };
    }

    /** "Mastered on ...", "Beaten in softcore on ...", or that there is no award yet. */
    static String highestAward(io.github.badgeshelf.model.AwardKind kind, java.time.Instant when) {
        if (kind == null) {
            return Messages.get("game.highest.none");
        }
        String date = when == null ? "?" : AwardText.dateTime(when);
        return switch (kind) {
            case MASTERED -> Messages.format("game.highest.MASTERED", date);
            case COMPLETED -> Messages.format("game.highest.COMPLETED", date);
            case BEATEN_HARDCORE -> Messages.format("game.highest.BEATEN_HARDCORE", date);
            case BEATEN_SOFTCORE -> Messages.format("game.highest.BEATEN_SOFTCORE", date);
            default -> Messages.get("game.highest.none");
        };
    }

    /** What a screen reader says for a tile: title, points, earned or not. */
    static String accessible(Achievement a) {
        return Messages.format("game.tile", a.title(), a.points(), earned(a));
    }

    static String tooltip(Achievement a) {
        return a.title() + "  ·  " + a.points() + "\n" + a.description() + "\n" + earned(a);
    }
}
