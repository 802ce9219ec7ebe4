package io.github.badgeshelf.model;

/**
 * The parts of API_GetUserProfile the app shows.
 *
 * @param user        the display name with its real capitalisation
 * @param ulid        the user's ULID, or null
 * @param avatarUrl   absolute URL (media origin + UserPic), or null
 * @param memberSince as the server sent it ("2016-01-02 00:43:04"), or null
 * @param motto       may be null
 * @param richPresence may be null
 */
public record UserProfile(
        String user,
        String ulid,
        String avatarUrl,
        String memberSince,
        long totalPoints,
        long totalSoftcorePoints,
        long totalTruePoints,
        String motto,
        String richPresence) {
}
