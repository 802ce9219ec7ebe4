package io.github.badgeshelf.news;

import io.github.badgeshelf.model.Award;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The people's shelves merged into one list, newest first (ties: by user, then the user's display order). */
public final class NewsFeed {
    public static final Comparator<NewsEntry> NEWEST_FIRST = Comparator
            .comparing((NewsEntry e) -> e.award().awardedAt()).reversed()
            .thenComparing(e -> e.user().toLowerCase(Locale.ROOT))
            .thenComparing(NewsEntry::user)
            // An absent display order (docs/faults.md: not 0) sorts after every given one.
            .thenComparing(e -> e.award().displayOrder(), Comparator.nullsLast(Comparator.naturalOrder()));

    private NewsFeed() {
    }

    /**
     * Every dated award of the people with a shelf, awarded at or after {@code since} (null: all).
     * An award without a readable date cannot be placed in time, so the news leaves it out.
     */
    public static List<NewsEntry> entries(Collection<PersonNews> people, Instant since) {
        List<NewsEntry> entries = new ArrayList<>();
        for (PersonNews p : people) {
            if (p.shelf() == null || p.shelf().awards() == null) {
                continue;
            }
            String avatar = p.avatarUrl().orElse(null);
            for (Award a : p.shelf().awards().visibleAwards()) {
                if (a.awardedAt() != null && (since == null || !a.awardedAt().isBefore(since))) {
                    entries.add(new NewsEntry(p.user(), avatar, a));
                }
            }
        }
        entries.sort(NEWEST_FIRST);
        return entries;
    }
}
