package io.github.badgeshelf.ui.common;

import io.github.badgeshelf.api.ApiException;

/** Turns any failure into one plain sentence for the status line. */
public final class ErrorMessages {
    private ErrorMessages() {
    }

    public static String describe(Throwable failure) {
        if (failure instanceof ApiException api) {
            // The client's messages are already plain words, a rate limit's wait included.
            return api.getMessage();
        }
        // Anything else is a bug of ours; say so plainly rather than show a class name.
        return "Something went wrong inside BadgeShelf (" + failure.getClass().getSimpleName()
                + "). The details are in the log file.";
    }
}
