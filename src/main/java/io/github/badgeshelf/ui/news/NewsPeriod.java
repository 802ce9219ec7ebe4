package io.github.badgeshelf.ui.news;

import java.time.Duration;
import java.time.Instant;

/** The news page's period filter. */
public enum NewsPeriod {
    DAYS_7(7), DAYS_30(30), DAYS_90(90), ALL(0);

    private final int days;

    NewsPeriod(int days) {
        this.days = days;
    }

    /** The earliest moment shown at {@code now}, or null for all. */
    public Instant since(Instant now) {
        return days == 0 ? null : now.minus(Duration.ofDays(days));
    }

    public int days() {
        return days;
    }
}
