package io.github.badgeshelf.model;

import java.util.List;

/** The answer of API_GetUserAwards: counters and the visible awards in the user's own order. */
public record UserAwards(AwardCounts counts, List<Award> visibleAwards) {

    public UserAwards {
        counts = counts == null ? AwardCounts.ZERO : counts;
        visibleAwards = visibleAwards == null ? List.of() : List.copyOf(visibleAwards);
    }
}
