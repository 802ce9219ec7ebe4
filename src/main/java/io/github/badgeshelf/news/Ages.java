package io.github.badgeshelf.news;

import java.time.Duration;

/** A copy's age in plain English words, for the command line: "5 minutes", "3 hours", "2 days". */
public final class Ages {
    private Ages() {
    }

    public static String words(Duration age) {
        long minutes = Math.max(0, age.toMinutes());
        if (minutes < 1) {
            return "less than a minute";
        }
        if (minutes < 60) {
            return plural(minutes, "minute");
        }
        long hours = age.toHours();
        if (hours < 48) {
            return plural(hours, "hour");
        }
        return plural(age.toDays(), "day");
    }

    private static String plural(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }
}
