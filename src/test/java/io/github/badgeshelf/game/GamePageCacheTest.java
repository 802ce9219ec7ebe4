package io.github.badgeshelf.game;

import io.github.badgeshelf.api.ApiConfig;
import io.github.badgeshelf.api.ApiException;
import io.github.badgeshelf.api.GameJson;
import io.github.badgeshelf.testsupport.GameFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The offline copy of a game page: a real file, read back whole; damage means no copy, never a crash. */
class GamePageCacheTest {
    private static final ApiConfig CONFIG = new ApiConfig(URI.create("https://api.example.org"),
            URI.create("https://media.example.org"));

    @TempDir
    Path dir;

    private static GamePage page(String user) throws ApiException {
        String body = GameFixtures.body(7, "Pokémon \"Red\"", 4, "Game Boy", "/Images/000007.png",
                GameFixtures.generate(40, 50, 3), "completed", "2024-04-23T21:28:49+00:00");
        return new GamePage(user, GameJson.parse(body.getBytes(StandardCharsets.UTF_8), CONFIG, user, 7),
                Instant.parse("2026-01-01T10:00:00Z"));
    }

    @Test
    void aSavedPageComesBackEqualUnderAnyCaseOfTheName() throws Exception {
        GamePageCache cache = new GamePageCache(dir.resolve("games"));
        GamePage page = page("Player");
        cache.save(page.key(), page);

        assertThat(cache.load(new GameKey("PLAYER", 7))).contains(page);
        assertThat(cache.load(new GameKey("Player", 8))).isEmpty();
        assertThat(cache.fileFor(page.key())).hasFileName("player-7.json");
    }

    @Test
    void aDamagedCopyIsDroppedAndReadAsNone() throws Exception {
        GamePageCache cache = new GamePageCache(dir);
        GamePage page = page("Player");
        cache.save(page.key(), page);
        Path file = cache.fileFor(page.key());
        Files.writeString(file, "{\"version\":1,\"user\":\"Player\",\"achievements\":[{\"earnedAt\":\"yesterday\"}]");

        assertThat(cache.load(page.key())).isEmpty();
        assertThat(file).doesNotExist();
    }

    @Test
    void namesThatAreNotPlainLettersCannotLeaveTheFolder() {
        GamePageCache cache = new GamePageCache(dir);
        Path file = cache.fileFor(new GameKey("../../etc/passwd", 1));
        assertThat(file.getParent()).isEqualTo(dir);
    }
}
