package io.github.badgeshelf.api;

import io.github.badgeshelf.model.GameProgress;
import io.github.badgeshelf.testsupport.AwardsFixtures;
import io.github.badgeshelf.testsupport.ClientAgainstFakeServer;
import io.github.badgeshelf.testsupport.FakeRaServer;
import io.github.badgeshelf.testsupport.FakeRaServer.Endpoint;
import io.github.badgeshelf.testsupport.FakeRaServer.RecordedRequest;
import io.github.badgeshelf.testsupport.GameFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** RaClient.getGameProgress against the loopback fake: the request, the answers, and every fault. */
class RaClientGameTest extends ClientAgainstFakeServer {

    @BeforeAll
    static void addGames() {
        server.addGameProgress(AwardsFixtures.DOCUMENTED_USER, GameFixtures.DOCUMENTED_GAME, GameFixtures.DOCUMENTED);
        server.addGame(77, GameFixtures.body(77, "Nobody Played", 7, "NES", "/Images/000077.png",
                GameFixtures.generate(5, 0, 1), null, null));
    }

    @Test
    void requestNamesUserGameAndAsksForTheHighestAward() throws ApiException {
        GameProgress g = client.getGameProgress("maxmilyin", 1);

        assertThat(g.title()).isEqualTo("Sonic the Hedgehog");
        assertThat(g.earned()).isEqualTo(2);
        assertThat(g.achievements().get(1).badgeUrl()).isEqualTo(server.mediaBase() + "/Badge/00123.png");
        RecordedRequest r = server.lastRequest();
        assertThat(r.path()).isEqualTo("/API/API_GetGameInfoAndUserProgress.php");
        assertThat(r.query()).containsEntry("u", "maxmilyin").containsEntry("g", "1").containsEntry("a", "1")
                .containsEntry("y", FakeRaServer.API_KEY);
    }

    @Test
    void knownUserWhoNeverPlayedGetsTheGameWithNothingEarned() throws ApiException {
        GameProgress g = client.getGameProgress(AwardsFixtures.DOCUMENTED_ULID, 77);
        assertThat(g.total()).isEqualTo(5);
        assertThat(g.earned()).isZero();
    }

    @Test
    void unknownGameOrUserIsNoSuchGame() {
        ApiException game = assertThrows(ApiException.class, () -> client.getGameProgress("MaxMilyin", 999));
        ApiException user = assertThrows(ApiException.class, () -> client.getGameProgress("NobodyHere", 1));
        assertThat(game.kind()).isEqualTo(ApiException.Kind.NO_SUCH_GAME);
        assertThat(user.kind()).isEqualTo(ApiException.Kind.NO_SUCH_GAME);
        assertThat(game.getMessage()).contains("999");
    }

    @Test
    void keyTypedAsTheNameNeverComesBackInTheMessage() {
        // A name the server accepts but does not know, equal to the key: the message must not echo it.
        RaClient keyAsName = new RaClient(server.config(), new Credentials("Me", "Abc123Key"));
        server.acceptKey("Abc123Key");
        try {
            ApiException e = assertThrows(ApiException.class, () -> keyAsName.getGameProgress("Abc123Key", 1));
            assertThat(e.getMessage()).doesNotContain("Abc123Key");
        } finally {
            server.acceptKey(FakeRaServer.API_KEY);
        }
    }

    @Test
    void wrongKeyIs401() {
        RaClient wrong = new RaClient(server.config(), new Credentials("x", "wrongkey"));
        ApiException e = assertThrows(ApiException.class, () -> wrong.getGameProgress("MaxMilyin", 1));
        assertThat(e.kind()).isEqualTo(ApiException.Kind.BAD_CREDENTIALS);
        assertThat(e.getMessage()).doesNotContain("wrongkey");
    }

    @Test
    void refusedNameIs422WithTheServersReason() {
        ApiException e = assertThrows(ApiException.class, () -> client.getGameProgress("a", 1));
        assertThat(e.kind()).isEqualTo(ApiException.Kind.INVALID_USER);
        assertThat(e.getMessage()).contains("between 2 and 20");
    }

    @Test
    void faultsAreTyped() {
        server.failNext(Endpoint.GAME, 429, "{\"message\":\"Too Many Attempts.\"}", Map.of("Retry-After", "30"));
        ApiException limited = assertThrows(ApiException.class, () -> client.getGameProgress("MaxMilyin", 1));
        assertThat(limited.kind()).isEqualTo(ApiException.Kind.RATE_LIMITED);
        assertThat(limited.getMessage()).contains("30 seconds");

        server.failNext(Endpoint.GAME, 503, "oops", Map.of());
        assertThat(assertThrows(ApiException.class, () -> client.getGameProgress("MaxMilyin", 1)).kind())
                .isEqualTo(ApiException.Kind.SERVER_ERROR);

        server.htmlNext(Endpoint.GAME, 200);
        assertThat(assertThrows(ApiException.class, () -> client.getGameProgress("MaxMilyin", 1)).kind())
                .isEqualTo(ApiException.Kind.SERVER_ERROR);

        server.truncateNext(Endpoint.GAME);
        ApiException cut = assertThrows(ApiException.class, () -> client.getGameProgress("MaxMilyin", 1));
        assertThat(cut.kind().isTransient()).isTrue();
        assertThat(cut.getMessage()).doesNotContain(FakeRaServer.API_KEY);
    }

    @Test
    void stalledAnswerEndsAsANetworkFailure() {
        RaClient quick = new RaClient(server.config().withTimeouts(java.time.Duration.ofMillis(500),
                java.time.Duration.ofMillis(500)), server.credentials());
        server.stallNext(Endpoint.GAME);
        ApiException e = assertThrows(ApiException.class, () -> quick.getGameProgress("MaxMilyin", 1));
        assertThat(e.kind()).isEqualTo(ApiException.Kind.NETWORK);
        assertThat(e.getMessage()).doesNotContain(FakeRaServer.API_KEY);
    }

    @Test
    void fakeAnswersAMissingGameParameterWith422AndAWordWithNotFound() throws Exception {
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        String base = server.apiBase() + "/API/API_GetGameInfoAndUserProgress.php?y=" + FakeRaServer.API_KEY + "&u=MaxMilyin";
        var noG = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        var wordG = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "&g=abc")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(noG.statusCode()).isEqualTo(422);
        assertThat(noG.body()).contains("The g field is required.");
        assertThat(wordG.statusCode()).isEqualTo(200);
        assertThat(wordG.body()).isEqualTo("[]");
    }
}
