package io.github.badgeshelf.insights;

import java.time.LocalDate;
import java.util.List;

/**
 * Awards over time: one period per month, or per year when the awards span more than
 * {@link ShelfInsights#MONTHLY_UP_TO_MONTHS} months, from the first award's period to the latest's
 * with no gaps (a quiet period is a zero, so the running total reads as a line).
 *
 * @param undated awards the server sent no readable time for: counted nowhere on the time line
 */
public record Timeline(Granularity granularity, List<Period> periods, int undated) {

    public enum Granularity { MONTH, YEAR }

    /**
     * @param start        the period's first day (the 1st of the month, or January 1st)
     * @param awards       awards earned in that period
     * @param runningTotal awards earned up to the end of that period
     */
    public record Period(LocalDate start, int awards, int runningTotal) {
    }

    public Timeline {
        periods = List.copyOf(periods);
    }

    public static final Timeline EMPTY = new Timeline(Granularity.MONTH, List.of(), 0);

    public boolean isEmpty() {
        return periods.isEmpty();
    }
}
