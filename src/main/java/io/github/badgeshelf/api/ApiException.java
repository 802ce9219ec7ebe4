package io.github.badgeshelf.api;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A typed failure of a web API call, with a message fit to show a person. The message never
 * contains the API key: every text that reaches it goes through {@link Redactor} first.
 *
 * <p>The message is English (the command line prints it). The kind and its data (the wait, the
 * HTTP status, the host) let the window say the same in the person's language.
 */
public final class ApiException extends Exception {

    /** What went wrong, so a caller can act on it (and the command line can pick its exit status). */
    public enum Kind {
        /** 401: the key was not accepted. */
        BAD_CREDENTIALS(3),
        /** The profile endpoint answered 404: there is no such user. */
        NO_SUCH_USER(4),
        /** The game endpoint answered {@code []}: no such game, or no such user (the server does not say which). */
        NO_SUCH_GAME(4),
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

    /**
     * Which failure exactly, finer than {@link Kind}: what the window words its own message by (with
     * {@link #host()}, {@link #httpStatus()}, {@link #limit()}, {@link #serverText()}).
     */
    public enum Reason {
        BAD_KEY, NO_SUCH_USER, REFUSED_NAME, RATE_LIMITED, SERVER_PROBLEM, UNEXPECTED_STATUS, WEB_PAGE_INSTEAD,
        UNREADABLE_ANSWER, CUT_OFF, CONNECT_TIMEOUT, ANSWER_TIMEOUT, UNKNOWN_HOST, NO_ROUTE, CONNECTION_REFUSED,
        CONNECTION_FAILED, CANCELLED, DEMO_FAILED,
        /** No call was made: the server address setting is unusable ({@link #serverText()} says why). */
        BAD_SERVER_SETTING
    }

    private final Kind kind;
    private final Duration retryAfter;
    private final int httpStatus;
    private final String host;
    private final Reason reason;
    private final Duration limit;
    private final String serverText;

    public ApiException(Kind kind, String message) {
        this(kind, message, null);
    }

    public ApiException(Kind kind, String message, Duration retryAfter) {
        this(kind, message, retryAfter, 0, null);
    }

    /**
     * @param httpStatus the server's HTTP status, or 0 when no answer arrived
     * @param host       the server's host name (never a URL: that would hold the key), or null
     */
    public ApiException(Kind kind, String message, Duration retryAfter, int httpStatus, String host) {
        this(kind, message, retryAfter, httpStatus, host, null, null, null);
    }

    private ApiException(Kind kind, String message, Duration retryAfter, int httpStatus, String host,
                         Reason reason, Duration limit, String serverText) {
        // No cause is kept: causes from the HTTP stack may quote the URL, and the URL holds the key.
        super(message, null, false, true);
        this.kind = kind;
        this.retryAfter = retryAfter;
        this.httpStatus = httpStatus;
        this.host = host;
        this.reason = reason;
        this.limit = limit;
        this.serverText = serverText;
    }

    /** The same failure with another message (e.g. redacted), the kind and data kept. */
    public ApiException withMessage(String message) {
        return new ApiException(kind, message, retryAfter, httpStatus, host, reason, limit, serverText);
    }

    /** The same failure, saying which server and HTTP status it came from (kept where already known). */
    public ApiException from(String serverHost, int status) {
        return new ApiException(kind, getMessage(), retryAfter, httpStatus != 0 ? httpStatus : status,
                host != null ? host : serverHost, reason, limit, serverText);
    }

    /** The same failure with its exact reason. */
    public ApiException because(Reason why) {
        return new ApiException(kind, getMessage(), retryAfter, httpStatus, host, why, limit, serverText);
    }

    /** The same failure with the time limit that ran out (timeouts). */
    public ApiException withLimit(Duration timeLimit) {
        return new ApiException(kind, getMessage(), retryAfter, httpStatus, host, reason, timeLimit, serverText);
    }

    /** The same failure with the server's own words about it (e.g. why it refused a name). */
    public ApiException withServerText(String text) {
        return new ApiException(kind, getMessage(), retryAfter, httpStatus, host, reason, limit, text);
    }

    public Optional<Reason> reason() {
        return Optional.ofNullable(reason);
    }

    /** For timeouts: the limit that ran out. */
    public Optional<Duration> limit() {
        return Optional.ofNullable(limit);
    }

    /** What the server said about the failure, as it said it (its language), or why the server setting is unusable. */
    public Optional<String> serverText() {
        return Optional.ofNullable(serverText);
    }

    /** The HTTP status the server answered with, when one arrived. */
    public OptionalInt httpStatus() {
        return httpStatus == 0 ? OptionalInt.empty() : OptionalInt.of(httpStatus);
    }

    /** The host of the server that failed, when known. */
    public Optional<String> host() {
        return Optional.ofNullable(host);
    }

    public Kind kind() {
        return kind;
    }

    /** For {@link Kind#RATE_LIMITED}: how long the server asked us to wait, when it said. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
