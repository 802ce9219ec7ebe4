package io.github.badgeshelf.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one rule for the list of recent searches, kept in the settings and shown in the window:
 * most recent first, trimmed, no blanks, no two that differ only in case, at most {@link #MAX}.
 */
public final class RecentSearches {
    public static final int MAX = 10;

    private RecentSearches() {
    }

    /** The list with {@code search} put first; the list unchanged when the search is blank. */
    public static List<String> withFirst(List<String> recent, String search) {
        if (search == null || search.isBlank()) {
            return tidy(recent);
        }
        List<String> searches = new ArrayList<>(recent.size() + 1);
        searches.add(search);
        searches.addAll(recent);
        return tidy(searches);
    }

    /** The list as the rule wants it, keeping the first of any two that differ only in case. */
    public static List<String> tidy(List<String> searches) {
        if (searches == null) {
            return List.of();
        }
        List<String> kept = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (String s : searches) {
            if (s == null || s.isBlank()) {
                continue;
            }
            String trimmed = s.trim();
            String folded = trimmed.toLowerCase(Locale.ROOT);
            if (!seen.contains(folded)) {
                seen.add(folded);
                kept.add(trimmed);
                if (kept.size() == MAX) {
                    break;
                }
            }
        }
        return List.copyOf(kept);
    }
}
