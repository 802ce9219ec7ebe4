package io.github.badgeshelf.model;

import java.time.Instant;
import java.util.List;

/**
 * A game with its published achievements and one user's progress on it
 * (API_GetGameInfoAndUserProgress with {@code a=1}).
 *
 * @param gameId           the game ID
 * @param title            as sent; never null
 * @param consoleId        the system ID (0 when absent)
 * @param consoleName      as sent, or null
 * @param imageIcon        the icon path as sent, or null
 * @param iconUrl          media origin + imageIcon, or null
 * @param numDistinctPlayers players of the game
 * @param achievements     the published achievements in the game's order (DisplayOrder, then ID)
 * @param highestAward     the user's highest award for the game (mastered, completed, beaten, beaten
 *                         softcore), or null for none or an unknown label
 * @param highestAwardAt   when that award was earned, or null
 * @param unreadable       single values that could not be read and were left empty; never null
 */
public record GameProgress(
        int gameId,
        String title,
        int consoleId,
        String consoleName,
        String imageIcon,
        String iconUrl,
        int numDistinctPlayers,
        List<Achievement> achievements,
        AwardKind highestAward,
        Instant highestAwardAt,
        List<UnreadValue> unreadable) {

    public GameProgress {
        unreadable = unreadable == null ? List.of() : List.copyOf(unreadable);
        title = title == null ? "" : title;
        achievements = achievements == null ? List.of()
                : achievements.stream().sorted(Achievement.GAME_ORDER).toList();
    }

    /** A game of which every value was read. */
    public GameProgress(int gameId, String title, int consoleId, String consoleName, String imageIcon, String iconUrl,
                        int numDistinctPlayers, List<Achievement> achievements, AwardKind highestAward,
                        Instant highestAwardAt) {
        this(gameId, title, consoleId, consoleName, imageIcon, iconUrl, numDistinctPlayers, achievements, highestAward,
                highestAwardAt, List.of());
    }

    /** The number of published achievements. */
    public int total() {
        return achievements.size();
    }

    /** Achievements earned in either mode (the server's NumAwardedToUser). */
    public int earned() {
        return (int) achievements.stream().filter(Achievement::isEarned).count();
    }

    /** Achievements earned in hardcore (the server's NumAwardedToUserHardcore). */
    public int earnedHardcore() {
        return (int) achievements.stream().filter(Achievement::isEarnedHardcore).count();
    }

    public int totalPoints() {
        return achievements.stream().mapToInt(Achievement::points).sum();
    }

    public int earnedPoints() {
        return achievements.stream().filter(Achievement::isEarned).mapToInt(Achievement::points).sum();
    }

    public int earnedHardcorePoints() {
        return achievements.stream().filter(Achievement::isEarnedHardcore).mapToInt(Achievement::points).sum();
    }
}
