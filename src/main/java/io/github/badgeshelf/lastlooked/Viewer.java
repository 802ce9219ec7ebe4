package io.github.badgeshelf.lastlooked;

import java.util.Locale;
import java.util.Objects;

/**
 * Who is looking: a signed-in user, or the demo, which is a viewer of its own so that trying the
 * demo never moves a real account's "last looked" times (nor the other way round).
 *
 * @param key how the viewer is named in the store's file
 */
public record Viewer(String key) {
    private static final String DEMO = "demo";
    private static final String SIGNED_IN = "user:";

    public Viewer {
        Objects.requireNonNull(key, "key");
    }

    /** A signed-in user; RetroAchievements treats user names without regard to case, and so does this. */
    public static Viewer signedIn(String username) {
        return new Viewer(SIGNED_IN + userKey(username));
    }

    public static Viewer demo() {
        return new Viewer(DEMO);
    }

    /**
     * A user name as the store keys it: trimmed and lower-cased. Names are ASCII letters and digits
     * (and ULIDs, case-insensitive too), so the root locale's lower case is the right one.
     */
    public static String userKey(String user) {
        return user == null ? "" : user.trim().toLowerCase(Locale.ROOT);
    }
}
