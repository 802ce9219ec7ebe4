package io.github.badgeshelf.model;

import java.util.List;

/**
 * The answer of API_GetUserAwards: counters and the visible awards in the user's own order.
 *
 * @param unreadable single values of the answer that could not be read and were left empty
 *                   (docs/faults.md, "Values that cannot be read"); never null
 */
public record UserAwards(AwardCounts counts, List<Award> visibleAwards, List<UnreadValue> unreadable) {

    public UserAwards {
        counts = counts == null ? AwardCounts.ZERO : counts;
        visibleAwards = visibleAwards == null ? List.of() : List.copyOf(visibleAwards);
        unreadable = unreadable == null ? List.of() : List.copyOf(unreadable);
    }

    /** Awards of which every value was read. */
    public UserAwards(AwardCounts counts, List<Award> visibleAwards) {
        this(counts, visibleAwards, List.of());
    }
}
