package io.github.badgeshelf.model;

/** One entry of API_GetUsersIFollow. */
public record FollowedUser(String user, String ulid, long points, long pointsSoftcore, boolean followsMe) {
}
