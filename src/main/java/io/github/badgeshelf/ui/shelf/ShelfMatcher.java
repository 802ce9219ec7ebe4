package io.github.badgeshelf.ui.shelf;

import io.github.badgeshelf.lastlooked.NewAwards;
import io.github.badgeshelf.model.Award;

import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Finds which awards of one shelf a filter shows, and in which order, with as little work per
 * keystroke as it can (issue 24: 50,000 awards, a letter at a time). The folded text of every
 * award is made once per shelf; each sort order is applied once per shelf to all awards, so that
 * filtering walks them in that order and never sorts (a stable sort of everything, then a filter,
 * gives what a filter then a stable sort gave); and a query that only adds letters to the text of
 * the one before, with the other filters as they were, examines only the awards that one showed.
 * No JavaFX: the model reads its properties and hands them over.
 */
final class ShelfMatcher {
    /** The filters besides the text; {@code onlyThese} (the "new only" marks) is compared by identity. */
    record Others(Set<KindFilter> kinds, String console, ModeFilter mode, NewAwards onlyThese) {
        static final Others NONE = new Others(Set.of(), null, ModeFilter.ANY, null);

        Others {
            kinds = Set.copyOf(kinds);
            mode = mode == null ? ModeFilter.ANY : mode;
        }

        boolean test(Award award) {
            return (onlyThese == null || onlyThese.contains(award))
                    && (kinds.isEmpty() || kinds.contains(KindFilter.of(award.kind())))
                    && (console == null || console.equals(award.consoleName()))
                    && mode.matches(award);
        }

        /** True when these filters let every award through. */
        boolean none() {
            return onlyThese == null && kinds.isEmpty() && console == null && mode == ModeFilter.ANY;
        }

        boolean sameAs(Others other) {
            return kinds.equals(other.kinds) && Objects.equals(console, other.console) && mode == other.mode
                    && onlyThese == other.onlyThese;
        }
    }

    /** An array, not a list: the loops below run a few times per shelf, mostly before the JIT compiles them. */
    private final Award[] awards;
    /**
     * The folded title and console of each award, at the same index as in {@link #awards}. Made
     * with the shelf, not at the first letter typed: tried (round 3, session 4), the first letter
     * on 50,000 awards then took 220 ms instead of 42, for some 6 ms less on a 1,613-award shelf's
     * first screen.
     */
    private final String[] folded;
    private final Map<SortOrder, int[]> orders = new EnumMap<>(SortOrder.class);

    /** The last query and what it showed (indexes into {@link #awards}, in its order). */
    private String lastNeedle;
    private Others lastOthers;
    private SortOrder lastOrder;
    private int[] lastShown;
    private int examined;

    ShelfMatcher(List<Award> awards) {
        this.awards = awards.toArray(new Award[0]);
        this.folded = new String[this.awards.length];
        for (int i = 0; i < folded.length; i++) {
            Award a = this.awards[i];
            folded[i] = SearchKey.fold(a.displayTitle()) + "\n" + SearchKey.fold(a.consoleName());
        }
    }

    /** What a query shows. */
    record Result(List<Award> shown, boolean sameAsLast) {
    }

    /**
     * The awards shown for a folded {@code needle} (empty: any), the other filters and the order.
     * {@code sameAsLast} is true when they are exactly the awards the previous query showed, in the
     * same order, so the caller can leave its list alone.
     */
    Result match(String needle, Others others, SortOrder order) {
        SortOrder sort = order == null ? SortOrder.USER_ORDER : order;
        boolean narrowing = lastShown != null && sort == lastOrder && others.sameAs(lastOthers)
                && needle.contains(lastNeedle);
        int[] candidates = narrowing ? lastShown : orderOf(sort);
        int[] shown = new int[candidates.length];
        Award[] picked = new Award[candidates.length];
        boolean anyText = !needle.isEmpty();
        boolean anyOther = !others.none();
        int count = 0;
        for (int i : candidates) {
            Award award = awards[i];
            if ((!anyText || folded[i].contains(needle)) && (!anyOther || others.test(award))) {
                shown[count] = i;
                picked[count++] = award;
            }
        }
        examined = candidates.length;
        boolean same;
        if (lastShown == null) {
            same = false;
        } else if (narrowing) {
            same = count == lastShown.length; // a subset as large as the set: the same awards, in the same order
        } else {
            same = Arrays.equals(lastShown, 0, lastShown.length, shown, 0, count);
        }
        lastNeedle = needle;
        lastOthers = others;
        lastOrder = sort;
        if (!same) {
            lastShown = Arrays.copyOf(shown, count);
        }
        return new Result(same ? List.of() : Arrays.asList(Arrays.copyOf(picked, count)), same);
    }

    /** How many awards the last query examined (a narrowing one: only those shown before). */
    int examined() {
        return examined;
    }

    /** Every award's index in this order, sorted once per shelf and order (stable: ties keep the user's order). */
    private int[] orderOf(SortOrder sort) {
        return orders.computeIfAbsent(sort, s -> {
            Comparator<Award> comparator = s.comparator();
            if (comparator == null) {
                return IntStream.range(0, awards.length).toArray(); // the user's own order
            }
            Integer[] boxed = new Integer[awards.length];
            Arrays.setAll(boxed, i -> i);
            Arrays.sort(boxed, (a, b) -> comparator.compare(awards[a], awards[b]));
            return Arrays.stream(boxed).mapToInt(Integer::intValue).toArray();
        });
    }
}
