package io.github.badgeshelf.demo;

import io.github.badgeshelf.api.ApiException;
import io.github.badgeshelf.api.RaClient;
import io.github.badgeshelf.model.Achievement;
import io.github.badgeshelf.model.Award;
import io.github.badgeshelf.model.AwardKind;
import io.github.badgeshelf.model.GameProgress;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The demo's games through the real client: every game award of every demo shelf opens, consistently. */
class DemoGamesTest {
    private static DemoServer demo;
    private static RaClient client;

    @BeforeAll
    static void start() throws Exception {
        demo = DemoServer.start();
        client = new RaClient(demo.config(), demo.credentials());
    }

    @AfterAll
    static void stop() {
        demo.close();
    }

    @Test
    void everyGameAwardOfEveryDemoShelfHasItsGameWithMatchingProgress() throws ApiException {
        for (String user : List.of(DemoServer.DEMO_USER, "PixelPenny", "Hoarder")) {
            List<Award> awards = client.getUserAwards(user).visibleAwards();
            for (Award award : awards) {
                if (award.gameId().isEmpty()) {
                    continue;
                }
                GameProgress game = client.getGameProgress(user, award.gameId().getAsInt());
                assertThat(game.title()).isEqualTo(award.title());
                assertThat(game.total()).as(award.title()).isGreaterThan(10);
                assertThat(game.highestAward()).as(award.title()).isNotNull();
                switch (award.kind()) {
                    case MASTERED -> assertThat(game.earnedHardcore()).isEqualTo(game.total());
                    case COMPLETED -> assertThat(game.earned()).isEqualTo(game.total());
                    default -> assertThat(game.achievements()).filteredOn(a -> "win_condition".equals(a.type()))
                            .allMatch(Achievement::isEarned);
                }
                if (award.kind() == AwardKind.MASTERED) {
                    assertThat(game.highestAward()).isEqualTo(AwardKind.MASTERED);
                }
            }
        }
    }

    @Test
    void oneDemoGameIsBigAndSomeAchievementsAreMissable() throws ApiException {
        GameProgress big = client.getGameProgress(DemoServer.DEMO_USER, 1029);
        assertThat(big.total()).isGreaterThanOrEqualTo(200);
        assertThat(big.achievements()).anyMatch(Achievement::isMissable);
    }

    @Test
    void unknownGameOrUserIsTheServersEmptyArray() {
        assertThat(assertThrows(ApiException.class, () -> client.getGameProgress(DemoServer.DEMO_USER, 5)).kind())
                .isEqualTo(ApiException.Kind.NO_SUCH_GAME);
        assertThat(assertThrows(ApiException.class, () -> client.getGameProgress("Stranger", 1029)).kind())
                .isEqualTo(ApiException.Kind.NO_SUCH_GAME);
    }

    @Test
    void badgesAndLockedBadgesAreDrawnAndAFewLockedOnesAreMissing() throws Exception {
        GameProgress game = client.getGameProgress(DemoServer.DEMO_USER, 1029);
        HttpClient http = HttpClient.newHttpClient();
        Achievement first = game.achievements().get(0);
        byte[] colour = get(http, first.badgeUrl()).body();
        HttpResponse<byte[]> locked = get(http, first.lockedBadgeUrl());
        assertThat(ImageIO.read(new ByteArrayInputStream(colour))).isNotNull();
        if (DemoGames.hasLockedBadge(first.badgeName())) {
            var grey = ImageIO.read(new ByteArrayInputStream(locked.body()));
            int rgb = grey.getRGB(64, 64);
            assertThat(rgb >> 16 & 0xFF).isEqualTo(rgb & 0xFF);
        }
        Achievement noLock = game.achievements().stream().filter(a -> !DemoGames.hasLockedBadge(a.badgeName()))
                .findFirst().orElseThrow();
        assertThat(get(http, noLock.lockedBadgeUrl()).statusCode()).isEqualTo(404);
        assertThat(get(http, noLock.badgeUrl()).statusCode()).isEqualTo(200);
    }

    private static HttpResponse<byte[]> get(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
