package io.github.badgeshelf.compare;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Two shelves side by side: every game either user has a game award for, by title then game ID,
 * and, apart from them, events and site awards.
 */
public record ShelfComparison(List<ComparedGame> games, List<ComparedAward> events, List<ComparedAward> siteAwards) {

    public static final ShelfComparison EMPTY = new ShelfComparison(List.of(), List.of(), List.of());

    public ShelfComparison {
        games = List.copyOf(games);
        events = List.copyOf(events);
        siteAwards = List.copyOf(siteAwards);
    }

    /** The games of one group, in the comparison's order. */
    public List<ComparedGame> games(Presence presence) {
        return games.stream().filter(g -> g.presence() == presence).toList();
    }

    /** How many games fall in each group (every group present, zero where empty). */
    public Map<Presence, Integer> gameCounts() {
        Map<Presence, Integer> counts = new EnumMap<>(Presence.class);
        for (Presence p : Presence.values()) {
            counts.put(p, 0);
        }
        for (ComparedGame g : games) {
            counts.merge(g.presence(), 1, Integer::sum);
        }
        return counts;
    }
}
