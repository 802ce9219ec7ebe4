package io.github.badgeshelf.ui.game;

import io.github.badgeshelf.model.Achievement;
import io.github.badgeshelf.ui.i18n.Messages;

import java.time.Instant;
import java.util.Comparator;

/** How the game page orders its achievements; ties keep the game's order. */
public enum AchievementSort {
    GAME_ORDER("game.sort.gameOrder", Achievement.GAME_ORDER),
    /** Newest first; what is not earned comes after, in the game's order. */
    DATE_EARNED("game.sort.dateEarned", Comparator.comparing(Achievement::earnedAt,
            Comparator.nullsLast(Comparator.<Instant>reverseOrder())).thenComparing(Achievement.GAME_ORDER)),
    /** Most points first. */
    POINTS("game.sort.points", Comparator.comparingInt(Achievement::points).reversed()
            .thenComparing(Achievement.GAME_ORDER)),
    /** Rarest first: fewest players have it (NumAwarded). */
    RARITY("game.sort.rarity", Comparator.comparingInt(Achievement::numAwarded).thenComparing(Achievement.GAME_ORDER));

    private final String key;
    private final Comparator<Achievement> order;

    AchievementSort(String key, Comparator<Achievement> order) {
        this.key = key;
        this.order = order;
    }

    public Comparator<Achievement> order() {
        return order;
    }

    @Override
    public String toString() {
        return Messages.get(key);
    }
}
