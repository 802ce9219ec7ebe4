package io.github.badgeshelf.compare;

/** Who of the two has an award for a game (or an event, or a site award type). */
public enum Presence {
    /** Both users have one. */
    BOTH,
    /** Only the left user (the shelf on screen, or {@code --user}) has one. */
    ONLY_LEFT,
    /** Only the right user (the one compared with, or {@code --with}) has one. */
    ONLY_RIGHT;

    static Presence of(Object left, Object right) {
        if (left != null && right != null) {
            return BOTH;
        }
        if (left != null) {
            return ONLY_LEFT;
        }
        if (right == null) {
            throw new IllegalArgumentException("a compared row needs an award on at least one side");
        }
        return ONLY_RIGHT;
    }
}
