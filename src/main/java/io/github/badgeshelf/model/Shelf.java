package io.github.badgeshelf.model;

import java.time.Instant;

/** A user's profile and awards, fetched together, and when they were fetched. */
public record Shelf(UserProfile profile, UserAwards awards, Instant fetchedAt) {
}
