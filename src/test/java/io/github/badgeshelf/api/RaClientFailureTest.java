package io.github.badgeshelf.api;

import io.github.badgeshelf.testsupport.AwardsFixtures;
import io.github.badgeshelf.testsupport.ClientAgainstFakeServer;
import io.github.badgeshelf.testsupport.FakeRaServer.Endpoint;
import io.github.badgeshelf.testsupport.FakeRaServer;
import io.github.badgeshelf.testsupport.Fault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Every error row of docs/ra-api.md and the faults seen in the field, against the loopback fake. */
class RaClientFailureTest extends ClientAgainstFakeServer {
    private final StringBuilder logged = new StringBuilder();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            synchronized (logged) {
                logged.append(record.getMessage()).append('\n');
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private final Logger clientLog = Logger.getLogger(RaClient.class.getName());

    @BeforeEach
    void captureTheClientLog() {
        clientLog.setLevel(Level.ALL);
        clientLog.addHandler(capture);
    }

    @AfterEach
    void keyNeverLogged() {
        clientLog.removeHandler(capture);
        assertThat(logged.toString()).doesNotContain(FakeRaServer.API_KEY);
    }

    /** Runs the call, asserts the kind, and that the key is nowhere in the failure. */
    private ApiException failure(ApiException.Kind kind, Executable call) {
        ApiException e = assertThrows(ApiException.class, call);
        assertThat(e.kind()).as(e.getMessage()).isEqualTo(kind);
        assertThat(e.getMessage()).isNotBlank().doesNotContain(FakeRaServer.API_KEY).doesNotContain("y=");
        assertThat(e.toString()).doesNotContain(FakeRaServer.API_KEY);
        assertThat(e.getCause()).isNull();
        assertThat(e.getSuppressed()).isEmpty();
        return e;
    }

    @Test
    void wrongKeyIsBadCredentialsOnEveryEndpoint() {
        RaClient wrong = new RaClient(server.config(), new Credentials("Someone", "not-the-key"));
        ApiException e = failure(ApiException.Kind.BAD_CREDENTIALS, () -> wrong.getUserAwards("MaxMilyin"));
        assertThat(e.getMessage()).isEqualTo("The web API key was not accepted. "
                + "Check it on your RetroAchievements settings page.");
        failure(ApiException.Kind.BAD_CREDENTIALS, () -> wrong.getUserProfile("MaxMilyin"));
        failure(ApiException.Kind.BAD_CREDENTIALS, () -> wrong.getUsersIFollow(10, 0));
        assertThat(e.getMessage()).doesNotContain("not-the-key");
    }

    @Test
    void unknownUserProfileIsNoSuchUser() {
        ApiException e = failure(ApiException.Kind.NO_SUCH_USER, () -> client.getUserProfile("Nobody42"));
        assertThat(e.getMessage()).isEqualTo("There is no RetroAchievements user called Nobody42.");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''                          | The u field is required.",
            "ABCDEFGHIJKLMNOPQRSTUVWXYZ  | The u must be a valid ULID.",
            "x                           | The u must be between 2 and 20 characters when providing a username.",
            "waytoolongusername123456    | The u must be between 2 and 20 characters when providing a username.",
            "bad name!                   | The u may only contain letters and numbers."})
    void malformedNameIsInvalidUserWithTheServersReason(String u, String reason) {
        ApiException awards = failure(ApiException.Kind.INVALID_USER, () -> client.getUserAwards(u));
        ApiException profile = failure(ApiException.Kind.INVALID_USER, () -> client.getUserProfile(u));
        assertThat(awards.getMessage()).endsWith(reason);
        assertThat(profile.getMessage()).endsWith(reason);
        assertThat(server.lastRequest().query()).containsEntry("u", u);
    }

    @Test
    void rateLimitWithSecondsIsStated() {
        server.failNext(Endpoint.AWARDS, 429, "{\"message\":\"Too Many Attempts.\"}", Map.of("Retry-After", "30"));
        ApiException e = failure(ApiException.Kind.RATE_LIMITED, () -> client.getUserAwards("MaxMilyin"));
        assertThat(e.retryAfter()).hasValue(Duration.ofSeconds(30));
        assertThat(e.getMessage()).contains("30 seconds");
    }

    @Test
    void rateLimitWithHttpDateIsStated() {
        Instant now = Instant.parse("2026-01-10T12:00:00Z");
        RaClient fixedClock = new RaClient(server.config(), server.credentials(), Clock.fixed(now, ZoneOffset.UTC));
        String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(now.plusSeconds(300).atOffset(ZoneOffset.UTC));
        server.failNext(Endpoint.AWARDS, 429, "", Map.of("Retry-After", date));
        ApiException e = failure(ApiException.Kind.RATE_LIMITED, () -> fixedClock.getUserAwards("MaxMilyin"));
        assertThat(e.retryAfter()).hasValue(Duration.ofMinutes(5));
        assertThat(e.getMessage()).contains("5 minutes");
    }

    @Test
    void rateLimitWithoutRetryAfter() {
        server.failNext(Endpoint.PROFILE, 429, "", Map.of());
        ApiException e = failure(ApiException.Kind.RATE_LIMITED, () -> client.getUserProfile("MaxMilyin"));
        assertThat(e.retryAfter()).isEmpty();
        assertThat(e.getMessage()).contains("Try again");
    }

    @ParameterizedTest
    @CsvSource({"500", "502", "503"})
    void serverErrorsWithHtmlAreServerError(int status) {
        server.htmlNext(Endpoint.AWARDS, status);
        ApiException e = failure(ApiException.Kind.SERVER_ERROR, () -> client.getUserAwards("MaxMilyin"));
        assertThat(e.getMessage()).isEqualTo("The RetroAchievements server had a problem (HTTP " + status
                + "). Try again later.");
    }

    @Test
    void htmlPageWithStatus200IsServerError() {
        server.htmlNext(Endpoint.AWARDS, 200);
        ApiException e = failure(ApiException.Kind.SERVER_ERROR, () -> client.getUserAwards("MaxMilyin"));
        assertThat(e.getMessage()).contains("web page");
        server.htmlNext(Endpoint.PROFILE, 200);
        failure(ApiException.Kind.SERVER_ERROR, () -> client.getUserProfile("MaxMilyin"));
    }

    @Test
    void unexpectedStatusIsServerError() {
        server.failNext(Endpoint.AWARDS, 403, "{}", Map.of());
        ApiException e = failure(ApiException.Kind.SERVER_ERROR, () -> client.getUserAwards("MaxMilyin"));
        assertThat(e.getMessage()).contains("HTTP 403");
    }

    @Test
    void truncatedBodyIsUnreadable() {
        server.addUser("Many", AwardsFixtures.generate(200, 3));
        server.truncateNext(Endpoint.AWARDS);
        ApiException e = failure(ApiException.Kind.UNREADABLE, () -> client.getUserAwards("Many"));
        assertThat(e.getMessage()).contains("127.0.0.1");
    }

    @Test
    void cutOffJsonWithHonestLengthIsUnreadable() {
        String half = AwardsFixtures.DOCUMENTED_AWARDS.substring(0, AwardsFixtures.DOCUMENTED_AWARDS.length() / 2);
        server.failNext(Endpoint.AWARDS, 200, half, Map.of());
        ApiException e = failure(ApiException.Kind.UNREADABLE, () -> client.getUserAwards("MaxMilyin"));
        assertThat(e.getMessage()).contains("could not be read");
    }

    @Test
    void wrongTypesAreUnreadable() {
        server.failNext(Endpoint.AWARDS, 200, "{\"TotalAwardsCount\":{\"a\":1},\"VisibleUserAwards\":[]}", Map.of());
        failure(ApiException.Kind.UNREADABLE, () -> client.getUserAwards("MaxMilyin"));
        server.failNext(Endpoint.AWARDS, 200, "{\"VisibleUserAwards\":{\"Title\":\"x\"}}", Map.of());
        failure(ApiException.Kind.UNREADABLE, () -> client.getUserAwards("MaxMilyin"));
        server.failNext(Endpoint.AWARDS, 200, "{\"VisibleUserAwards\":[{\"AwardData\":\"twelve\"}]}", Map.of());
        failure(ApiException.Kind.UNREADABLE, () -> client.getUserAwards("MaxMilyin"));
        server.failNext(Endpoint.AWARDS, 200, "[1,2,3]", Map.of());
        failure(ApiException.Kind.UNREADABLE, () -> client.getUserAwards("MaxMilyin"));
        server.failNext(Endpoint.PROFILE, 200, "{\"User\":[\"a\"]}", Map.of());
        failure(ApiException.Kind.UNREADABLE, () -> client.getUserProfile("MaxMilyin"));
    }

    @Test
    void emptyBodyWith200IsServerError() {
        server.failNext(Endpoint.AWARDS, 200, "", Map.of());
        failure(ApiException.Kind.SERVER_ERROR, () -> client.getUserAwards("MaxMilyin"));
    }

    @Test
    void stalledServerTimesOut() {
        RaClient impatient = new RaClient(server.config().withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(400)),
                server.credentials());
        server.stallNext(Endpoint.AWARDS);
        long started = System.nanoTime();
        ApiException e = failure(ApiException.Kind.NETWORK, () -> impatient.getUserAwards("MaxMilyin"));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        assertThat(e.getMessage()).contains("127.0.0.1").contains("did not answer within 400 ms");
    }

    @Test
    void bodyThatStopsHalfwayRunsIntoTheDeadline() {
        RaClient impatient = new RaClient(server.config().withTimeouts(Duration.ofMillis(300), Duration.ofMillis(300)),
                server.credentials());
        server.addUser("Slow", AwardsFixtures.generate(100, 1));
        server.failNext(Endpoint.AWARDS, Fault.stallBody());
        long started = System.nanoTime();
        ApiException e = failure(ApiException.Kind.NETWORK, () -> impatient.getUserAwards("Slow"));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        assertThat(e.getMessage()).contains("127.0.0.1").contains("did not finish its answer");
    }

    @Test
    void refusedConnectionIsNetwork() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        URI base = URI.create("http://127.0.0.1:" + closedPort);
        RaClient refused = new RaClient(new ApiConfig(base, base, Duration.ofSeconds(1), Duration.ofSeconds(2)),
                server.credentials());
        ApiException e = failure(ApiException.Kind.NETWORK, () -> refused.getUserAwards("MaxMilyin"));
        assertThat(e.getMessage()).contains("127.0.0.1").contains("refused");
    }

    @Test
    void unknownHostIsNetwork() {
        URI base = URI.create("https://no-such-host.invalid");
        RaClient lost = new RaClient(new ApiConfig(base, base, Duration.ofSeconds(2), Duration.ofSeconds(3)),
                server.credentials());
        ApiException e = failure(ApiException.Kind.NETWORK, () -> lost.getUserProfile("MaxMilyin"));
        assertThat(e.getMessage()).contains("no-such-host.invalid").contains("could not be found");
    }

    @Test
    void interruptedCallIsCancelledAndKeepsTheFlag() throws Exception {
        server.setLatencyMillis(Endpoint.AWARDS, 2000);
        AtomicReference<Thread> worker = new AtomicReference<>();
        CompletableFuture<Object[]> outcome = CompletableFuture.supplyAsync(() -> {
            worker.set(Thread.currentThread());
            try {
                client.getUserAwards("MaxMilyin");
                return new Object[]{null, false};
            } catch (ApiException e) {
                return new Object[]{e, Thread.currentThread().isInterrupted()};
            }
        });
        while (server.requests(Endpoint.AWARDS).isEmpty()) {
            Thread.sleep(10);
        }
        worker.get().interrupt();
        Object[] result = outcome.get(5, TimeUnit.SECONDS);
        ApiException e = (ApiException) result[0];
        assertThat(e).isNotNull();
        assertThat(e.kind()).isEqualTo(ApiException.Kind.CANCELLED);
        assertThat((Boolean) result[1]).as("interrupt flag restored").isTrue();
        assertThat(e.getMessage()).doesNotContain(FakeRaServer.API_KEY);
    }

    @Test
    void keyInsideAServerReasonIsRedacted() {
        String echo = AwardsFixtures.validationError("Bad value " + FakeRaServer.API_KEY + " for u.");
        server.failNext(Endpoint.AWARDS, 422, echo, Map.of());
        ApiException e = failure(ApiException.Kind.INVALID_USER, () -> client.getUserAwards("MaxMilyin"));
        assertThat(e.getMessage()).contains("<redacted>");
    }
}
