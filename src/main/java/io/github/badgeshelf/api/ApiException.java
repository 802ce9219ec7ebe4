package io.github.badgeshelf.api;

import java.time.Duration;
import java.util.Optional;

/**
 * A typed failure of a web API call, with a message fit to show a person. The message never
 * contains the API key: every text that reaches it goes through {@link Redactor} first.
 */
public final class ApiException extends Exception {

    /** What went wrong, so a caller can act on it (and the command line can pick its exit status). */
    public enum Kind {
        /** 401: the key was not accepted. */
        BAD_CREDENTIALS(3),
        /** The profile endpoint answered 404: there is no such user. */
        NO_SUCH_USER(4),
        /** 422: the server refuses the name (too short, bad characters, ...). */
        INVALID_USER(4),
        /** 429, perhaps with Retry-After. */
        RATE_LIMITED(5),
        /** 5xx, or HTML where JSON was expected. */
        SERVER_ERROR(5),
        /** Refused, unreachable, unknown host, timed out. */
        NETWORK(5),
        /** A body that cannot be read as the expected JSON (cut off, malformed, wrong types). */
        UNREADABLE(5),
        /** The caller cancelled the request (interrupted). */
        CANCELLED(5);

        private final int exitCode;

        Kind(int exitCode) {
            this.exitCode = exitCode;
        }

        /**
         * True for troubles of the network or the server, which say nothing about the request
         * itself: an older copy may stand in (offline) and trying again later may help. False for
         * answers about the request (bad key, unknown or refused name) and for cancellation.
         */
        public boolean isTransient() {
            return this == RATE_LIMITED || this == SERVER_ERROR || this == NETWORK || this == UNREADABLE;
        }

        /** The command line's exit status for this failure (docs/contracts.md). */
        public int exitCode() {
            return exitCode;
        }
    }

    private final Kind kind;
    private final Duration retryAfter;

    public ApiException(Kind kind, String message) {
        this(kind, message, null);
    }

    public ApiException(Kind kind, String message, Duration retryAfter) {
        // No cause is kept: causes from the HTTP stack may quote the URL, and the URL holds the key.
        super(message, null, false, true);
        this.kind = kind;
        this.retryAfter = retryAfter;
    }

    public Kind kind() {
        return kind;
    }

    /** For {@link Kind#RATE_LIMITED}: how long the server asked us to wait, when it said. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
