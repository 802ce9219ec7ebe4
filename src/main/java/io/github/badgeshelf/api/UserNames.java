package io.github.badgeshelf.api;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The server's rules for the {@code u} parameter (docs/ra-api.md), checked before any request so a
 * name it would refuse is flagged at once.
 */
public final class UserNames {
    private static final Pattern ULID = Pattern.compile("[0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{26}");
    private static final Pattern LETTERS_AND_DIGITS = Pattern.compile("[A-Za-z0-9]+");

    private UserNames() {
    }

    /** Empty when the server would accept {@code u}; otherwise the reason, in plain words. */
    public static Optional<String> problemWith(String u) {
        if (u == null || u.isBlank()) {
            return Optional.of("Enter a username or a user ULID.");
        }
        String s = u.trim();
        if (ULID.matcher(s).matches()) {
            return Optional.empty();
        }
        if (!LETTERS_AND_DIGITS.matcher(s).matches()) {
            return Optional.of("A username may only contain letters and digits.");
        }
        if (s.length() < 2 || s.length() > 20) {
            return Optional.of("A username is 2 to 20 letters or digits long (or a 26-character ULID).");
        }
        return Optional.empty();
    }

    public static boolean isValid(String u) {
        return problemWith(u).isEmpty();
    }
}
