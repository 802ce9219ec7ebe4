package io.github.badgeshelf.compare;

import io.github.badgeshelf.model.Award;
import io.github.badgeshelf.model.AwardKind;

import java.time.Instant;

/**
 * Which of two game awards for the same game counts: RetroAchievements' own order of a player's
 * highest award (HighestAwardKind): Mastered, then Completed, then Beaten, then Beaten (softcore).
 *
 * <p>Ties (the same kind twice for one game, which the server can send after a reset and a second
 * unlock): the EARLIEST counts, because that is when the player first reached that level; an award
 * with a readable time beats one without; the same kind at the same instant keeps the first one in
 * the user's own order.
 */
public final class GameAwardRank {
    private GameAwardRank() {
    }

    /** True for the four kinds a game award can be; events and site awards are not ranked here. */
    public static boolean isGameKind(AwardKind kind) {
        return kind.group() == AwardKind.Group.GAME;
    }

    /** 0 for Mastered up to 3 for Beaten (softcore): lower is higher. */
    public static int rank(AwardKind kind) {
        return switch (kind) {
            case MASTERED -> 0;
            case COMPLETED -> 1;
            case BEATEN_HARDCORE -> 2;
            case BEATEN_SOFTCORE -> 3;
            default -> throw new IllegalArgumentException(kind + " is not a game award");
        };
    }

    /** True when {@code candidate} should replace {@code current} as the highest award for its game. */
    public static boolean beats(Award candidate, Award current) {
        int byKind = Integer.compare(rank(candidate.kind()), rank(current.kind()));
        if (byKind != 0) {
            return byKind < 0;
        }
        return earlier(candidate.awardedAt(), current.awardedAt());
    }

    /** Strictly earlier; a known time is earlier than an unknown one; equal times are not. */
    static boolean earlier(Instant candidate, Instant current) {
        if (candidate == null) {
            return false;
        }
        return current == null || candidate.isBefore(current);
    }
}
