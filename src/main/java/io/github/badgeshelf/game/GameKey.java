package io.github.badgeshelf.game;

import java.util.Locale;
import java.util.Objects;

/**
 * Which game page: a user (name or ULID, as typed) and a game. Two keys are equal when they differ
 * only in the case of the user, as the server matches names.
 */
public record GameKey(String user, int gameId) {

    public GameKey {
        Objects.requireNonNull(user, "user");
        user = user.trim();
    }

    /** The user folded for comparing and for file names. */
    public String foldedUser() {
        return user.toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GameKey k && k.gameId == gameId && k.foldedUser().equals(foldedUser());
    }

    @Override
    public int hashCode() {
        return Objects.hash(foldedUser(), gameId);
    }
}
