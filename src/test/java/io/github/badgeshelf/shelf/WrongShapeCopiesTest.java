package io.github.badgeshelf.shelf;

import io.github.badgeshelf.game.GameKey;
import io.github.badgeshelf.game.GamePageCache;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 21 item 7: offline copies that are valid JSON but of the wrong shape are damaged files
 * (removed, a line in the log), as cut-off ones are; they never reach the window as nulls.
 */
class WrongShapeCopiesTest {
    @TempDir
    Path dir;

    @Test
    void aShelfCopyWithNullProfileAndAwardsIsRemovedNotShown() throws IOException {
        ShelfCache cache = new ShelfCache(dir);
        Path file = cache.fileFor("Ada");
        for (String json : new String[] {
                "{\"format\":1,\"fetchedAt\":\"2026-01-01T10:00:00Z\",\"profile\":null,\"awards\":null}",
                "{\"format\":1,\"fetchedAt\":\"2026-01-01T10:00:00Z\",\"profile\":{\"user\":null,\"totalPoints\":0,"
                        + "\"totalSoftcorePoints\":0,\"totalTruePoints\":0},"
                        + "\"awards\":{\"counts\":{\"total\":0,\"hidden\":0,\"mastery\":0,\"completion\":0,"
                        + "\"beatenHardcore\":0,\"beatenSoftcore\":0,\"event\":0,\"site\":0},\"visible\":[]}}",
                "{\"format\":1,\"fetchedAt\":null,\"profile\":{\"user\":\"Ada\",\"totalPoints\":0,"
                        + "\"totalSoftcorePoints\":0,\"totalTruePoints\":0},"
                        + "\"awards\":{\"counts\":{\"total\":0,\"hidden\":0,\"mastery\":0,\"completion\":0,"
                        + "\"beatenHardcore\":0,\"beatenSoftcore\":0,\"event\":0,\"site\":0},\"visible\":[]}}"}) {
            Files.writeString(file, json);
            assertThat(cache.load("Ada")).as(json).isEmpty();
            assertThat(file).as(json).doesNotExist();
        }
    }

    @Test
    void aGameCopyWhoseAchievementsAreNotObjectsIsRemovedNotShownAsBlankTiles() throws IOException {
        GamePageCache cache = new GamePageCache(dir);
        GameKey key = new GameKey("Ada", 7);
        Path file = cache.fileFor(key);
        for (String achievements : new String[] {"[1, \"x\", null]", "[{\"title\":\"no id\"}]", "[{\"id\":1}]"}) {
            String json = "{\"version\":1,\"user\":\"Ada\",\"fetchedAt\":\"2026-01-01T10:00:00Z\",\"gameId\":7,"
                    + "\"title\":\"Sonic\",\"achievements\":" + achievements + "}";
            Files.writeString(file, json);
            assertThat(cache.load(key)).as(achievements).isEmpty();
            assertThat(file).as(achievements).doesNotExist();
        }
    }
}
