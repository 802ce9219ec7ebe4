package io.github.badgeshelf.ui.main;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.badgeshelf.model.Award;
import io.github.badgeshelf.testsupport.AppDriver;
import io.github.badgeshelf.testsupport.AwardsFixtures;
import io.github.badgeshelf.testsupport.FakeRaServer;
import io.github.badgeshelf.testsupport.RealAppTest;
import io.github.badgeshelf.ui.i18n.Messages;
import javafx.event.ActionEvent;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many searches fired quickly, as a person pressing Enter again and again, against a server whose
 * answers take a random time and so overtake each other: the window ends on the last one asked
 * for, with that user's counters and tiles and nothing of anyone else's.
 */
class RapidSearchRaceUiTest extends RealAppTest {
    private static final int USERS = 8;
    private static final int ROUNDS = 3;
    private static final int SEARCHES_PER_ROUND = 25;


    @Start
    void start(Stage stage) {
        this.stage = stage;
    }


    @Test
    void theLastSearchRequestedWins() throws Exception {
        server = FakeRaServer.start();
        server.addUser(FakeRaServer.USERNAME, AwardsFixtures.generate(40, 7));
        Map<String, String> bodies = new HashMap<>();
        for (int i = 0; i < USERS; i++) {
            // Different sizes, so a stale grid or counter cannot pass for the right one.
            String body = AwardsFixtures.generate(10 + 7 * i, 500 + i);
            server.addUser("Racer" + i, body);
            bodies.put("Racer" + i, body);
        }
        app = AppDriver.onFx(() -> AppDriver.start(stage, home, AppDriver.environment(server, home)));
        app.signInAndWaitForOwnShelf();
        server.setRandomLatencyMillis(0, 400);

        Random random = new Random(42);
        for (int round = 0; round < ROUNDS; round++) {
            List<String> asked = new ArrayList<>();
            for (int i = 0; i < SEARCHES_PER_ROUND; i++) {
                asked.add("Racer" + random.nextInt(USERS));
            }
            String last = asked.get(asked.size() - 1);
            for (String user : asked) {
                pressEnterOn(user);
                AppDriver.sleep(random.nextInt(40));
            }
            app.waitUntil(() -> last.equals(app.text("#profileName")) && app.status().contains(" for " + last)
                    && !app.status().startsWith("Looking up"));
            // Let every answer still on its way arrive; none may replace the last one.
            AppDriver.sleep(600);
            assertShows(last, bodies.get(last));
            // The next round must fetch, not be served from memory.
            server.addUser(last, bodies.get(last));
        }
    }

    /** Sets the search text and fires the field's action on the FX thread: what Enter does. */
    private void pressEnterOn(String user) {
        AppDriver.onFx(() -> {
            TextField field = (TextField) app.robot.lookup("#search").query();
            field.setText(user);
            field.fireEvent(new ActionEvent());
            return null;
        });
    }

    private void assertShows(String user, String body) throws Exception {
        JsonNode expected = new ObjectMapper().readTree(body);
        assertThat(app.text("#profileName")).isEqualTo(user);
        assertThat(app.text("#totalCount")).isEqualTo(Messages.number(expected.get("TotalAwardsCount").asInt()));
        assertThat(app.text("#masteredCount")).isEqualTo(Messages.number(expected.get("MasteryAwardsCount").asInt()));
        assertThat(app.text("#beatenHardcoreCount")).isEqualTo(Messages.number(expected.get("BeatenHardcoreAwardsCount").asInt()));
        assertThat(app.text("#eventCount")).isEqualTo(Messages.number(expected.get("EventAwardsCount").asInt()));
        assertThat(app.text("#siteCount")).isEqualTo(Messages.number(expected.get("SiteAwardsCount").asInt()));
        List<Award> grid = app.gridItems();
        assertThat(grid).hasSize(expected.get("VisibleUserAwards").size());
        for (int i = 0; i < grid.size(); i++) {
            assertThat(grid.get(i).awardData()).isEqualTo(expected.get("VisibleUserAwards").get(i).get("AwardData").asInt());
        }
        // An earlier search for the same user that was answered before the next Enter leaves the
        // shelf in memory, and the last search is then shown from there: right user either way.
        assertThat(app.status()).as("status")
                .isIn("Loaded " + grid.size() + " awards for " + user + ".",
                        "Showing " + grid.size() + " awards for " + user + " (fetched less than 5 minutes ago).");
    }
}
