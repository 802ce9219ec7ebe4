package io.github.badgeshelf.ui.common;

import io.github.badgeshelf.api.ApiException;
import io.github.badgeshelf.ui.i18n.Messages;

import java.time.Duration;

/**
 * Turns any failure into one plain sentence for the window, in the window's language. The client's
 * own messages are English for the command line; here the failure's kind and data (who was asked
 * for, how long to wait, which server, which HTTP status) are put into the chosen language instead.
 */
public final class ErrorMessages {
    private ErrorMessages() {
    }

    public static String describe(Throwable failure) {
        return describe(failure, null);
    }

    /** @param user the name the request was about, when there was one (for "no such user") */
    public static String describe(Throwable failure, String user) {
        if (failure instanceof ApiException api) {
            return describe(api, user);
        }
        // Anything else is a bug of ours; say so plainly rather than show a class name alone.
        return Messages.format("error.internal", failure.getClass().getSimpleName());
    }

    private static String describe(ApiException e, String user) {
        boolean named = user != null && !user.isBlank();
        return switch (e.kind()) {
            case BAD_CREDENTIALS -> Messages.get("error.badCredentials");
            case NO_SUCH_USER -> named ? Messages.format("error.noSuchUser", user.trim()) : Messages.get("error.noSuchUser.unnamed");
            case INVALID_USER -> named ? Messages.format("error.invalidUser", user.trim()) : Messages.get("error.invalidUser.empty");
            case RATE_LIMITED -> rateLimited(e.retryAfter().orElse(null));
            case SERVER_ERROR -> e.httpStatus().isPresent()
                    ? Messages.format("error.server.status", Integer.toString(e.httpStatus().getAsInt()))
                    : Messages.get("error.server");
            case NETWORK -> e.host().isPresent() ? Messages.format("error.network", e.host().get())
                    : Messages.get("error.network.unnamed");
            case UNREADABLE -> Messages.get("error.unreadable");
            case CANCELLED -> Messages.get("error.cancelled");
        };
    }

    private static String rateLimited(Duration wait) {
        if (wait == null) {
            return Messages.get("error.rateLimited");
        }
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        return seconds < 120
                ? Messages.format("error.rateLimited.seconds", seconds)
                : Messages.format("error.rateLimited.minutes", (seconds + 59) / 60);
    }
}
