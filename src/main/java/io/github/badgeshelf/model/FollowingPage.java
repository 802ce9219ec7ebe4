package io.github.badgeshelf.model;

import java.util.List;

/** One page of API_GetUsersIFollow: {@code count} entries here of {@code total} in all. */
public record FollowingPage(int count, int total, List<FollowedUser> results) {

    public FollowingPage {
        results = results == null ? List.of() : List.copyOf(results);
    }
}
