package io.github.badgeshelf.api;

import io.github.badgeshelf.http.RetryAfter;

import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Duration;

/** Turns an HTTP status other than 200 into a typed failure with a message fit to show a person. */
final class HttpFailures {
    static final String BAD_KEY = "The web API key was not accepted. "
            + "Check it on your RetroAchievements settings page.";

    private HttpFailures() {
    }

    static ApiException of(Endpoint endpoint, String user, int status, HttpHeaders headers, byte[] body, Clock clock) {
        if (status == 401) {
            return new ApiException(ApiException.Kind.BAD_CREDENTIALS, BAD_KEY).because(ApiException.Reason.BAD_KEY);
        }
        if (status == 404 && endpoint == Endpoint.PROFILE) {
            return new ApiException(ApiException.Kind.NO_SUCH_USER,
                    "There is no RetroAchievements user called " + user + ".").because(ApiException.Reason.NO_SUCH_USER);
        }
        if (status == 422) {
            String reason = JsonBodies.messageOf(body);
            String who = user == null || user.isEmpty() ? "an empty name" : "the name \"" + user + "\"";
            return new ApiException(ApiException.Kind.INVALID_USER, reason == null
                    ? "RetroAchievements refused " + who + "."
                    : "RetroAchievements refused " + who + ": " + reason)
                    .because(ApiException.Reason.REFUSED_NAME).withServerText(reason);
        }
        if (status == 429) {
            Duration wait = RetryAfter.parse(headers.firstValue("Retry-After").orElse(null), clock.instant());
            String when = wait == null ? "Try again in a little while." : "Try again in " + RetryAfter.describe(wait) + ".";
            return new ApiException(ApiException.Kind.RATE_LIMITED,
                    "RetroAchievements is receiving too many requests from you. " + when, wait)
                    .because(ApiException.Reason.RATE_LIMITED);
        }
        if (status >= 500) {
            return new ApiException(ApiException.Kind.SERVER_ERROR,
                    "The RetroAchievements server had a problem (HTTP " + status + "). Try again later.")
                    .because(ApiException.Reason.SERVER_PROBLEM);
        }
        return new ApiException(ApiException.Kind.SERVER_ERROR,
                "The RetroAchievements server gave an unexpected answer for " + endpoint.what
                        + " (HTTP " + status + "). Try again later.").because(ApiException.Reason.UNEXPECTED_STATUS);
    }
}
