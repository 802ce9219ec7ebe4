package io.github.badgeshelf.testsupport;

import io.github.badgeshelf.testsupport.FakeRaServer.Endpoint;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The fixture itself behaves as documented, so other tests can lean on it. */
class FakeRaServerTest {
    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(FakeRaServer server, String pathAndQuery) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(server.apiBase() + pathAndQuery))
                .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void answersLikeTheDocumentedServer() throws Exception {
        try (FakeRaServer server = FakeRaServer.start()) {
            String ulid = server.addUser("Alice", AwardsFixtures.EMPTY_AWARDS);
            String key = "&y=" + FakeRaServer.API_KEY;

            assertThat(get(server, "/API/API_GetUserAwards.php?z=a&y=nope&u=Alice").statusCode()).isEqualTo(401);
            assertThat(get(server, "/API/API_GetUserAwards.php?z=a&y=nope&u=Alice").body())
                    .isEqualTo(AwardsFixtures.UNAUTHENTICATED);
            assertThat(get(server, "/API/API_GetUserProfile.php?z=a" + key + "&u=Bob").body()).isEqualTo("[]");
            assertThat(get(server, "/API/API_GetUserProfile.php?z=a" + key + "&u=Bob").statusCode()).isEqualTo(404);
            assertThat(get(server, "/API/API_GetUserProfile.php?z=a" + key + "&u=" + ulid).body()).contains("\"Alice\"");
            assertThat(get(server, "/API/API_GetUserAwards.php?z=a" + key + "&u=Bob").body())
                    .isEqualTo(AwardsFixtures.EMPTY_AWARDS);
            HttpResponse<String> missing = get(server, "/API/API_GetUserAwards.php?z=a" + key);
            assertThat(missing.statusCode()).isEqualTo(422);
            assertThat(missing.body()).contains("The u field is required.");
            assertThat(get(server, "/Images/..%2Fsecret.png").statusCode()).isEqualTo(404);
            assertThat(server.requests()).hasSize(8);
        }
    }

    @Test
    void faultsAreServedOnceInOrderAndLatencyDelays() throws Exception {
        try (FakeRaServer server = FakeRaServer.start()) {
            server.failNext(Endpoint.IMAGES, 503, "busy", Map.of("Retry-After", "3"))
                    .failNext(Endpoint.IMAGES, 404, "gone", Map.of());
            assertThat(get(server, "/Images/1.png").statusCode()).isEqualTo(503);
            assertThat(get(server, "/Images/1.png").statusCode()).isEqualTo(404);
            assertThat(get(server, "/Images/1.png").statusCode()).isEqualTo(200);
            assertThat(server.iconRequestCount()).isEqualTo(3);

            server.setLatencyMillis(300);
            long started = System.nanoTime();
            get(server, "/UserPic/Alice.png");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
            assertThat(server.iconRequestCount()).as("avatars are not icons").isEqualTo(3);
        }
    }

    @Test
    void aStallIsReleasedWhenTheServerCloses() throws Exception {
        FakeRaServer server = FakeRaServer.start();
        server.stallNext(Endpoint.PROFILE);
        CompletableFuture<HttpResponse<String>> pending = http.sendAsync(
                HttpRequest.newBuilder(URI.create(server.apiBase() + "/API/API_GetUserProfile.php?u=x")).build(),
                HttpResponse.BodyHandlers.ofString());
        Thread.sleep(300);
        assertThat(pending).isNotDone();
        long started = System.nanoTime();
        server.close();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        assertThatThrownBy(() -> pending.get(10, TimeUnit.SECONDS)).isNotNull();
    }
}
