package io.github.badgeshelf.api;

import io.github.badgeshelf.model.FollowingPage;
import io.github.badgeshelf.model.GameProgress;
import io.github.badgeshelf.model.UserAwards;
import io.github.badgeshelf.model.UserProfile;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The RetroAchievements web API client (java.net.http, Jackson). Thread-safe; calls block the
 * calling thread (never call from the FX thread) and respond to interruption with
 * {@link ApiException.Kind#CANCELLED}.
 *
 * <p>Every failure is an {@link ApiException} whose message names at most the host, never the
 * URL: the key travels in the query string.
 */
public final class RaClient {
    private static final Logger LOG = Logger.getLogger(RaClient.class.getName());

    private final ApiConfig config;
    private final Credentials credentials;
    private final HttpClient http;
    private final Clock clock;

    public RaClient(ApiConfig config, Credentials credentials) {
        this(config, credentials, Clock.systemUTC());
    }

    /** With a clock, so a Retry-After given as a date can be turned into a wait in tests. */
    public RaClient(ApiConfig config, Credentials credentials, Clock clock) {
        this.config = Objects.requireNonNull(config, "config");
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_2)
                .connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    public ApiConfig config() {
        return config;
    }

    /** The username the key belongs to, as given at sign-in. */
    public String username() {
        return credentials.username();
    }

    /** API_GetUserAwards for a username or ULID. An unknown user yields zero counts (see profile). */
    public UserAwards getUserAwards(String user) throws ApiException {
        byte[] body = get(Endpoint.AWARDS, user, Map.of("u", nullToEmpty(user)));
        return AwardsJson.parse(body, config);
    }

    /** API_GetUserProfile; {@link ApiException.Kind#NO_SUCH_USER} on 404. */
    public UserProfile getUserProfile(String user) throws ApiException {
        byte[] body = get(Endpoint.PROFILE, user, Map.of("u", nullToEmpty(user)));
        if (new String(body, StandardCharsets.UTF_8).strip().equals("[]")) {
            // The server's "no such user" body; accept it even if a proxy turned the 404 into a 200.
            throw HttpFailures.of(Endpoint.PROFILE, redact(user), 404, null, body, clock);
        }
        return ProfileJson.parse(body, config);
    }

    /**
     * API_GetGameInfoAndUserProgress with {@code a=1}: the game's achievements and the user's progress
     * on them; {@link ApiException.Kind#NO_SUCH_GAME} when the server knows no such user or game.
     */
    public GameProgress getGameProgress(String user, int gameId) throws ApiException {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("u", nullToEmpty(user));
        params.put("g", Integer.toString(gameId));
        params.put("a", "1");
        byte[] body = get(Endpoint.GAME_PROGRESS, user, params);
        try {
            return GameJson.parse(body, config, user, gameId);
        } catch (ApiException e) {
            // The message may quote the name asked for, which could be the key pasted in the wrong field.
            throw redacted(e);
        }
    }

    /** API_GetUsersIFollow: one page of the key owner's followed users (count 1..500). */
    public FollowingPage getUsersIFollow(int count, int offset) throws ApiException {
        if (count < 1 || count > 500) {
            throw new IllegalArgumentException("count must be 1 to 500, not " + count);
        }
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative, not " + offset);
        }
        Map<String, String> params = new LinkedHashMap<>();
        params.put("c", Integer.toString(count));
        params.put("o", Integer.toString(offset));
        return FollowingJson.parse(get(Endpoint.FOLLOWING, null, params));
    }

    /** Sends one GET and returns the body of a 200 answer; everything else becomes an ApiException. */
    private byte[] get(Endpoint endpoint, String user, Map<String, String> params) throws ApiException {
        HttpRequest request = HttpRequest.newBuilder(uri(endpoint, params))
                .timeout(config.requestTimeout())
                .header("User-Agent", Version.userAgent())
                .header("Accept", "application/json")
                .GET()
                .build();
        String host = config.apiBase().getHost();
        AtomicBoolean headersArrived = new AtomicBoolean();
        long started = System.nanoTime();
        HttpResponse<byte[]> response;
        CompletableFuture<HttpResponse<byte[]>> pending = http.sendAsync(request, info -> {
            headersArrived.set(true);
            return HttpResponse.BodySubscribers.ofByteArray();
        });
        try {
            // The request timeout only covers the wait for the headers; this deadline also
            // covers a body that stops halfway, so no call can hang for ever.
            response = pending.get(deadline().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            pending.cancel(true);
            Thread.currentThread().interrupt();
            log(Level.FINE, "Request for " + endpoint.what + " was cancelled");
            throw new ApiException(ApiException.Kind.CANCELLED, "The request for " + endpoint.what + " was cancelled.")
                    .because(ApiException.Reason.CANCELLED);
        } catch (TimeoutException e) {
            pending.cancel(true);
            log(Level.FINE, "Request for " + endpoint.what + " ran past its deadline");
            throw redacted(new ApiException(ApiException.Kind.NETWORK, host + " did not finish its answer within "
                    + NetworkFailures.seconds(deadline()) + ". Try again later.").from(host, 0)
                    .because(ApiException.Reason.ANSWER_TIMEOUT).withLimit(deadline()));
        } catch (ExecutionException e) {
            IOException io = e.getCause() instanceof IOException cause ? cause : new IOException(e.getCause());
            ApiException failure = NetworkFailures.of(io, host, config.connectTimeout(), config.requestTimeout(),
                    headersArrived.get(), endpoint.what);
            // The exception's class is safe to log; its text may quote the URL, so the line is redacted.
            log(Level.FINE, "Request for " + endpoint.what + " failed: " + failure.getMessage()
                    + " (" + io.getClass().getSimpleName() + ": " + io.getMessage() + ")");
            throw redacted(failure.from(host, 0));
        }
        int status = response.statusCode();
        log(Level.FINE, "GET " + host + endpoint.path + " -> HTTP " + status + ", " + response.body().length
                + " bytes in " + (System.nanoTime() - started) / 1_000_000 + " ms");
        if (status != 200) {
            ApiException failure = HttpFailures.of(endpoint, user, status, response.headers(), response.body(), clock);
            log(Level.FINE, "Request for " + endpoint.what + " failed: " + failure.getMessage());
            throw redacted(failure.from(host, status));
        }
        return response.body();
    }

    /** How long one call may take in all: connecting, waiting for the answer and reading it. */
    private Duration deadline() {
        return config.connectTimeout().plus(config.requestTimeout()).plus(config.requestTimeout());
    }

    private URI uri(Endpoint endpoint, Map<String, String> params) {
        StringBuilder url = new StringBuilder(stripSlash(config.apiBase().toString())).append(endpoint.path);
        url.append("?z=").append(encode(credentials.username()));
        url.append("&y=").append(encode(credentials.apiKey()));
        params.forEach((name, value) -> url.append('&').append(name).append('=').append(encode(value)));
        return URI.create(url.toString());
    }

    private ApiException redacted(ApiException e) {
        // The server's own words may echo the request (and so the key) back: they are redacted too.
        ApiException safe = e.withMessage(redact(e.getMessage()));
        return e.serverText().isPresent() ? safe.withServerText(redact(e.serverText().get())) : safe;
    }

    private String redact(String text) {
        return Redactor.redact(text, credentials.apiKey());
    }

    private void log(Level level, String message) {
        if (LOG.isLoggable(level)) {
            LOG.log(level, redact(message));
        }
    }

    private static String stripSlash(String s) {
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
