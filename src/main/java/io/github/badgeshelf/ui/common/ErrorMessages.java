package io.github.badgeshelf.ui.common;

import io.github.badgeshelf.api.ApiException;

import java.time.Duration;

/** Turns any failure into one plain sentence for the status line. */
public final class ErrorMessages {
    private ErrorMessages() {
    }

    public static String describe(Throwable failure) {
        if (failure instanceof ApiException api) {
            String text = api.getMessage();
            if (api.kind() == ApiException.Kind.RATE_LIMITED && api.retryAfter().isPresent()
                    && !text.toLowerCase().contains("wait")) {
                text += " Wait " + humanDuration(api.retryAfter().get()) + " before trying again.";
            }
            return text;
        }
        // Anything else is a bug of ours; say so plainly rather than show a class name.
        return "Something went wrong inside BadgeShelf (" + failure.getClass().getSimpleName()
                + "). The details are in the log file.";
    }

    public static String humanDuration(Duration d) {
        long seconds = Math.max(1, d.toSeconds());
        if (seconds < 90) {
            return seconds + (seconds == 1 ? " second" : " seconds");
        }
        long minutes = (seconds + 59) / 60;
        return minutes + " minutes";
    }
}
