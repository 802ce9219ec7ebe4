package io.github.badgeshelf.insights;

import io.github.badgeshelf.model.Award;

import java.time.YearMonth;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The few numbers shown above the charts.
 *
 * @param first           the earliest dated award, or null when none is dated
 * @param latest          the latest dated award, or null
 * @param bestMonth       the month with the most awards (the earlier one on a tie), or null
 * @param bestMonthAwards awards in that month
 * @param masteredGames   distinct games with a mastery among the awards
 * @param gamesWithAwards distinct games with any game award (mastered, completed or beaten)
 */
public record Headline(Award first, Award latest, YearMonth bestMonth, int bestMonthAwards,
                       int masteredGames, int gamesWithAwards) {

    public static final Headline EMPTY = new Headline(null, null, null, 0, 0, 0);

    public Optional<Award> firstAward() {
        return Optional.ofNullable(first);
    }

    public Optional<Award> latestAward() {
        return Optional.ofNullable(latest);
    }

    /** Mastered games over games with any game award, 0 to 1; empty when there are no game awards. */
    public OptionalDouble masteryShare() {
        return gamesWithAwards == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) masteredGames / gamesWithAwards);
    }
}
