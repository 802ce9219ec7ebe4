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

    /** Why the server would refuse a name (the window words each in the person's language). */
    public enum Problem {
        EMPTY("Enter a username or a user ULID."),
        NOT_LETTERS_AND_DIGITS("A username may only contain letters and digits."),
        LENGTH("A username is 2 to 20 letters or digits long (or a 26-character ULID).");

        private final String english;

        Problem(String english) {
            this.english = english;
        }

        /** The reason in plain English words, as the command line says it. */
        public String english() {
            return english;
        }
    }

    /** Empty when the server would accept {@code u}; otherwise the reason, in plain words. */
    public static Optional<String> problemWith(String u) {
        return problem(u).map(Problem::english);
    }

    /** Empty when the server would accept {@code u}; otherwise why not. */
    public static Optional<Problem> problem(String u) {
        if (u == null || u.isBlank()) {
            return Optional.of(Problem.EMPTY);
        }
        String s = u.trim();
        if (ULID.matcher(s).matches()) {
            return Optional.empty();
        }
        if (!LETTERS_AND_DIGITS.matcher(s).matches()) {
            return Optional.of(Problem.NOT_LETTERS_AND_DIGITS);
        }
        if (s.length() < 2 || s.length() > 20) {
            return Optional.of(Problem.LENGTH);
        }
        return Optional.empty();
    }

    public static boolean isValid(String u) {
        return problemWith(u).isEmpty();
    }
}
