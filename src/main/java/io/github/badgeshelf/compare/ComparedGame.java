package io.github.badgeshelf.compare;

import io.github.badgeshelf.model.Award;
import io.github.badgeshelf.model.AwardKind;

/**
 * One game either user has a game award for, with each side's highest award (or null).
 *
 * @param gameId      the game ID (AwardData of the game awards)
 * @param title       the game's title as the server sent it (the left side's award first)
 * @param consoleName the console's name, or null
 * @param left        the left user's highest award for the game, or null
 * @param right       the right user's highest award for the game, or null
 */
public record ComparedGame(int gameId, String title, String consoleName, Award left, Award right) {

    public ComparedGame {
        Presence.of(left, right); // rejects a row with neither side
        title = title == null ? "" : title;
    }

    static ComparedGame of(int gameId, Award left, Award right) {
        Award named = left != null ? left : right;
        return new ComparedGame(gameId, named.displayTitle(), named.consoleName(), left, right);
    }

    public Presence presence() {
        return Presence.of(left, right);
    }

    /** The left user's highest kind (Mastered ... Beaten (softcore)), or null. */
    public AwardKind leftKind() {
        return left == null ? null : left.kind();
    }

    /** The right user's highest kind, or null. */
    public AwardKind rightKind() {
        return right == null ? null : right.kind();
    }

    /** The award whose icon stands for the game: the left one where there is one. */
    public Award either() {
        return left != null ? left : right;
    }
}
