package io.github.badgeshelf.api;

import io.github.badgeshelf.model.FollowingPage;
import io.github.badgeshelf.model.UserAwards;
import io.github.badgeshelf.model.UserProfile;

/**
 * The RetroAchievements web API client (java.net.http, Jackson). Thread-safe; calls block the
 * calling thread (never call from the FX thread) and respond to interruption with
 * {@link ApiException.Kind#CANCELLED}.
 */
public final class RaClient {

    public RaClient(ApiConfig config, Credentials credentials) {
        throw new UnsupportedOperationException("TODO");
    }

    public ApiConfig config() {
        throw new UnsupportedOperationException("TODO");
    }

    /** The username the key belongs to, as given at sign-in. */
    public String username() {
        throw new UnsupportedOperationException("TODO");
    }

    /** API_GetUserAwards for a username or ULID. An unknown user yields zero counts (see profile). */
    public UserAwards getUserAwards(String user) throws ApiException {
        throw new UnsupportedOperationException("TODO");
    }

    /** API_GetUserProfile; {@link ApiException.Kind#NO_SUCH_USER} on 404. */
    public UserProfile getUserProfile(String user) throws ApiException {
        throw new UnsupportedOperationException("TODO");
    }

    /** API_GetUsersIFollow: one page of the key owner's followed users (count 1..500). */
    public FollowingPage getUsersIFollow(int count, int offset) throws ApiException {
        throw new UnsupportedOperationException("TODO");
    }
}
