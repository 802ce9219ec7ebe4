package io.github.badgeshelf.ui.common;

import io.github.badgeshelf.api.ApiException;

/**
 * Whether trying the same request again could end differently, so that Retry is offered only
 * where it can help: not for an unknown user, a refused name, a key the server rejects, no such
 * game, or an unusable server address, which only a change by the person fixes.
 */
public final class Retries {
    private Retries() {
    }

    public static boolean canHelp(Throwable failure) {
        if (!(failure instanceof ApiException api)) {
            // A fault of ours or of the machine (a full disk): a second try costs nothing.
            return true;
        }
        if (api.reason().filter(r -> r == ApiException.Reason.BAD_SERVER_SETTING
                || r == ApiException.Reason.DEMO_FAILED).isPresent()) {
            return false;
        }
        return switch (api.kind()) {
            case BAD_CREDENTIALS, NO_SUCH_USER, NO_SUCH_GAME, INVALID_USER -> false;
            case RATE_LIMITED, SERVER_ERROR, NETWORK, UNREADABLE, CANCELLED -> true;
        };
    }
}
