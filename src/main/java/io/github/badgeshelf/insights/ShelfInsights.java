package io.github.badgeshelf.insights;

import io.github.badgeshelf.model.Award;
import io.github.badgeshelf.model.AwardCategory;
import io.github.badgeshelf.model.AwardKind;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the charts show for a list of awards: awards per console split by category, awards over
 * time with the running total, and the headline numbers. Computed in one pass plus a pass over
 * the months, so 50,000 awards take a few milliseconds (bench: {@code insights_50000_ms}); run it
 * off the FX thread all the same.
 *
 * @param awards   how many awards were counted
 * @param consoles one entry per console, most awards first (then by name); awards without a
 *                 console (site awards) are in none, see {@link #withoutConsole}
 * @param withoutConsole awards that name no console
 */
public record ShelfInsights(int awards, List<ConsoleCount> consoles, int withoutConsole, Timeline timeline,
                            Headline headline) {

    /** Up to this many months the time line is drawn per month; beyond, per year. */
    public static final int MONTHLY_UP_TO_MONTHS = 36;

    public static final ShelfInsights EMPTY = new ShelfInsights(0, List.of(), 0, Timeline.EMPTY, Headline.EMPTY);

    public ShelfInsights {
        consoles = List.copyOf(consoles);
    }

    /**
     * Computes the insights of {@code awards}.
     *
     * @param zone the time zone months and years are counted in (the viewer's own)
     */
    public static ShelfInsights of(List<Award> awards, ZoneId zone) {
        if (awards.isEmpty()) {
            return EMPTY;
        }
        ZoneRules rules = zone.getRules();
        int categories = AwardCategory.values().length;
        Map<String, int[]> perConsole = new HashMap<>();
        Map<String, Integer> consoleIds = new HashMap<>();
        int withoutConsole = 0;
        // Months are counted as year * 12 + month - 1, so a month is an int and a range an array.
        int[] monthOf = new int[awards.size()];
        int dated = 0;
        int minMonth = Integer.MAX_VALUE;
        int maxMonth = Integer.MIN_VALUE;
        Award first = null;
        Award latest = null;
        Set<Integer> games = new HashSet<>();
        Set<Integer> mastered = new HashSet<>();

        for (Award award : awards) {
            AwardCategory category = AwardCategory.of(award);
            String console = award.consoleName();
            if (console == null || console.isBlank()) {
                withoutConsole++;
            } else {
                int[] counts = perConsole.computeIfAbsent(console, c -> new int[categories + 1]);
                counts[category.ordinal()]++;
                counts[categories]++;
                if (award.consoleId() != null) {
                    consoleIds.putIfAbsent(console, award.consoleId());
                }
            }
            if (award.gameId().isPresent()) {
                int game = award.gameId().getAsInt();
                games.add(game);
                if (award.kind() == AwardKind.MASTERED) {
                    mastered.add(game);
                }
            }
            Instant at = award.awardedAt();
            if (at != null) {
                int month = monthIndex(at, rules);
                monthOf[dated++] = month;
                minMonth = Math.min(minMonth, month);
                maxMonth = Math.max(maxMonth, month);
                if (first == null || at.isBefore(first.awardedAt())) {
                    first = award;
                }
                if (latest == null || at.isAfter(latest.awardedAt())) {
                    latest = award;
                }
            }
        }

        List<ConsoleCount> consoles = new ArrayList<>(perConsole.size());
        perConsole.forEach((name, counts) -> consoles.add(new ConsoleCount(name, consoleIds.get(name),
                counts[categories], java.util.Arrays.copyOf(counts, categories))));
        consoles.sort(Comparator.comparingInt(ConsoleCount::total).reversed().thenComparing(ConsoleCount::console));

        int undated = awards.size() - dated;
        if (dated == 0) {
            return new ShelfInsights(awards.size(), consoles, withoutConsole,
                    new Timeline(Timeline.Granularity.MONTH, List.of(), undated),
                    new Headline(null, null, null, 0, mastered.size(), games.size()));
        }
        int[] perMonth = new int[maxMonth - minMonth + 1];
        for (int i = 0; i < dated; i++) {
            perMonth[monthOf[i] - minMonth]++;
        }
        int best = 0;
        for (int i = 1; i < perMonth.length; i++) {
            if (perMonth[i] > perMonth[best]) {
                best = i;
            }
        }
        Headline headline = new Headline(first, latest, yearMonth(minMonth + best), perMonth[best],
                mastered.size(), games.size());
        return new ShelfInsights(awards.size(), consoles, withoutConsole,
                timeline(perMonth, minMonth, undated), headline);
    }

    private static Timeline timeline(int[] perMonth, int minMonth, int undated) {
        List<Timeline.Period> periods = new ArrayList<>();
        int running = 0;
        if (perMonth.length <= MONTHLY_UP_TO_MONTHS) {
            for (int i = 0; i < perMonth.length; i++) {
                running += perMonth[i];
                periods.add(new Timeline.Period(yearMonth(minMonth + i).atDay(1), perMonth[i], running));
            }
            return new Timeline(Timeline.Granularity.MONTH, periods, undated);
        }
        int firstYear = Math.floorDiv(minMonth, 12);
        int lastYear = Math.floorDiv(minMonth + perMonth.length - 1, 12);
        for (int year = firstYear; year <= lastYear; year++) {
            int inYear = 0;
            for (int month = Math.max(year * 12, minMonth); month < (year + 1) * 12 && month - minMonth < perMonth.length; month++) {
                inYear += perMonth[month - minMonth];
            }
            running += inYear;
            periods.add(new Timeline.Period(LocalDate.of(year, 1, 1), inYear, running));
        }
        return new Timeline(Timeline.Granularity.YEAR, periods, undated);
    }

    private static int monthIndex(Instant at, ZoneRules rules) {
        long localSeconds = at.getEpochSecond() + rules.getOffset(at).getTotalSeconds();
        LocalDate day = LocalDate.ofEpochDay(Math.floorDiv(localSeconds, 86_400L));
        return day.getYear() * 12 + day.getMonthValue() - 1;
    }

    private static YearMonth yearMonth(int index) {
        return YearMonth.of(Math.floorDiv(index, 12), Math.floorMod(index, 12) + 1);
    }

    /** The console entry with this name, if any. */
    public java.util.Optional<ConsoleCount> console(String name) {
        return consoles.stream().filter(c -> c.console().equals(name)).findFirst();
    }
}
