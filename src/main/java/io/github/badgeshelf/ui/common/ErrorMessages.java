package io.github.badgeshelf.ui.common;

import io.github.badgeshelf.api.ApiException;
import io.github.badgeshelf.ui.i18n.Messages;

import java.time.Duration;

/**
 * Turns any failure into one plain sentence for the window, in the window's language. The client's
 * own messages are English for the command line; here the failure's reason and data (who was asked
 * for, which server, how long, which HTTP status, what the server said) are put into the chosen
 * language instead. The server's own words (why it refused a name) are quoted as sent.
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
            return describe(api, user == null ? "" : user.trim());
        }
        // Anything else is a bug of ours; say so plainly rather than show a class name alone.
        return Messages.format("error.internal", failure.getClass().getSimpleName());
    }

    private static String describe(ApiException e, String user) {
        String host = e.host().orElse(null);
        if (e.reason().isPresent()) {
            switch (e.reason().get()) {
                case UNEXPECTED_STATUS -> {
                    return Messages.format("error.unexpectedStatus", status(e));
                }
                case WEB_PAGE_INSTEAD -> {
                    return Messages.get("error.webPage");
                }
                case CUT_OFF -> {
                    return host == null ? Messages.get("error.unreadable") : Messages.format("error.cutOff", host);
                }
                case CONNECT_TIMEOUT, ANSWER_TIMEOUT, UNKNOWN_HOST, NO_ROUTE, CONNECTION_REFUSED -> {
                    if (host != null) {
                        String key = switch (e.reason().get()) {
                            case CONNECT_TIMEOUT -> "error.connectTimeout";
                            case ANSWER_TIMEOUT -> "error.answerTimeout";
                            case UNKNOWN_HOST -> "error.unknownHost";
                            case NO_ROUTE -> "error.noRoute";
                            default -> "error.refused";
                        };
                        return Messages.format(key, host, e.limit().map(ErrorMessages::duration).orElse(""));
                    }
                }
                case DEMO_FAILED -> {
                    return Messages.get("error.demo");
                }
                case BAD_SERVER_SETTING -> {
                    return setting(e.serverText().orElse(""));
                }
                default -> {
                    // The kind alone says it: below.
                }
            }
        }
        return switch (e.kind()) {
            case BAD_CREDENTIALS -> Messages.get("error.badCredentials");
            case NO_SUCH_USER -> user.isEmpty() ? Messages.get("error.noSuchUser.unnamed") : Messages.format("error.noSuchUser", user);
            case NO_SUCH_GAME -> Messages.get("game.noSuchGame.unnamed");
            case INVALID_USER -> refused(user, e.serverText().orElse(null));
            case RATE_LIMITED -> rateLimited(e.retryAfter().orElse(null));
            case SERVER_ERROR -> e.httpStatus().isPresent()
                    ? Messages.format("error.server.status", status(e)) : Messages.get("error.server");
            case NETWORK -> host == null ? Messages.get("error.network.unnamed") : Messages.format("error.network", host);
            case UNREADABLE -> Messages.get("error.unreadable");
            case CANCELLED -> Messages.get("error.cancelled");
        };
    }

    /** The server address setting cannot be used; {@code detail} is the setting's own wording (names and values). */
    public static String setting(String detail) {
        return Messages.format("error.config", detail);
    }

    private static String status(ApiException e) {
        // A status is a code, not a quantity: no grouping ("HTTP 500", never "HTTP 5,00").
        return Integer.toString(e.httpStatus().orElse(0));
    }

    private static String refused(String user, String serverText) {
        if (user.isEmpty()) {
            return serverText == null ? Messages.get("error.refusedEmpty") : Messages.format("error.refusedEmpty.because", serverText);
        }
        return serverText == null ? Messages.format("error.refusedName", user) : Messages.format("error.refusedName.because", user, serverText);
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

    /** A time limit in words: "500 ms", "1 second", "3 seconds". */
    static String duration(Duration d) {
        long ms = d.toMillis();
        return ms < 1000 ? Messages.format("error.limit.ms", ms) : Messages.format("error.limit.seconds", (ms + 999) / 1000);
    }
}
