package io.github.badgeshelf.ui.main;

import io.github.badgeshelf.credentials.FileCredentialStore;
import io.github.badgeshelf.lastlooked.LastLookedStore;
import io.github.badgeshelf.model.Award;
import io.github.badgeshelf.testsupport.AppDriver;
import io.github.badgeshelf.testsupport.AwardsFixtures;
import io.github.badgeshelf.testsupport.FakeRaServer;
import io.github.badgeshelf.testsupport.FxPixels;
import io.github.badgeshelf.testsupport.RealAppTest;
import javafx.scene.Node;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.controlsfx.control.GridCell;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "New since you last looked", end to end against the loopback server: the first look at a shelf
 * marks nothing; an award that appears on the server afterwards is the one tile marked when the
 * shelf is fetched again, counted in {@code #newSinceCount} and shown alone by the "New" chip;
 * and the last look survives a restart of the app.
 */
class NewSinceLastLookUiTest extends RealAppTest {
    private static final String FRIEND = "Alice";
    private final List<Map<String, Object>> friendAwards = new ArrayList<>(AwardsFixtures.generateAwards(30, 1));

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @BeforeEach
    void serverAndRememberedSignIn() throws Exception {
        server = FakeRaServer.start();
        server.addUser(FakeRaServer.USERNAME, AwardsFixtures.generate(12, 3));
        server.addUser(FRIEND, AwardsFixtures.bodyOf(friendAwards));
        // "Remember me" from an earlier run: each start signs in by itself.
        new FileCredentialStore(home.resolve("credentials.json")).save(server.credentials());
    }

    /** Alice earns an award now (as the server stamps it): it goes first in her shelf's order. */
    private String friendEarns(int gameId) {
        String title = "Fresh Game " + gameId;
        String now = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(Instant.now().atOffset(ZoneOffset.UTC));
        friendAwards.add(0, AwardsFixtures.gameAward("Mastery/Completion", gameId, true, 0, title, 7, "NES",
                now, String.format("/Images/%06d.png", gameId)));
        server.addUser(FRIEND, AwardsFixtures.bodyOf(friendAwards));
        return title;
    }

    /** A start in the test's home; patient, as a first start on a loaded machine can be slow. */
    private AppDriver launch() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> AppDriver.start(stage, home, AppDriver.environment(server.environment(), home)))
                .get(60, TimeUnit.SECONDS);
    }

    /**
     * Waits for the own shelf after a start. A start keeps the FX thread busy for a while, and on a
     * machine loaded many times over a single look at the window can wait longer than the driver's
     * 10 s: such a look is simply tried again, up to two minutes in all.
     */
    private void waitForOwnShelf() {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (true) {
            try {
                app.waitUntil(30, () -> FakeRaServer.USERNAME.equals(app.text("#profileName")) && !app.gridItems().isEmpty());
                return;
            } catch (RuntimeException | AssertionError slow) {
                if (System.nanoTime() > end) {
                    throw slow;
                }
            }
        }
    }

    @Test
    void aNewAwardIsMarkedAloneCountedFilteredAndRememberedAcrossARestart() throws Exception {
        // First looks (the own shelf, then Alice's) mark nothing and show no count.
        app = launch();
        waitForOwnShelf();
        assertNothingMarked();
        app.searchAndWaitFor(FRIEND);
        assertThat(app.gridItems()).hasSize(30);
        assertNothingMarked();

        // Alice earns an award; the shelf fetched again marks exactly that one.
        String fresh = friendEarns(424242);
        app.robot.clickOn("#refresh");
        app.waitUntil(() -> app.gridItems().size() == 31 && app.visible("#chip-new"));
        assertThat(markedTitles()).containsExactly(fresh);
        assertThat(app.text("#newSinceCount")).isEqualTo("1");
        String chipSays = AppDriver.onFx(() -> app.robot.lookup("#chip-new").query().getAccessibleText());
        assertThat(chipSays).startsWith("1 new award since ");
        assertThat(AppDriver.onFx(() -> app.robot.lookup(".new-award").query().getAccessibleText()))
                .as("a screen reader hears it too").startsWith("Mastered, " + fresh).endsWith(", new");
        saveScreenshot("shelf-new-since-dark.png");

        // The "New" chip shows it alone; Reset brings every award back.
        app.robot.clickOn("#chip-new");
        app.waitUntil(() -> app.gridItems().size() == 1);
        assertThat(app.gridItems()).extracting(Award::title).containsExactly(fresh);
        assertThat(app.text("#shownSummary")).isEqualTo("Showing 1 of 31");
        app.robot.clickOn("#resetFilters");
        app.waitUntil(() -> app.gridItems().size() == 31);
        assertThat(AppDriver.onFx(() -> ((ToggleButton) app.robot.lookup("#chip-new").query()).isSelected())).isFalse();
        app.stop();

        // While the app is closed Alice earns another; the next start compares with the last look
        // of the previous run: only the newer award is marked (the first was seen, and a forgotten
        // look would have been a first look, marking nothing).
        assertThat(home.resolve(LastLookedStore.FILE_NAME)).exists();
        String fresher = friendEarns(434343);
        app = launch();
        waitForOwnShelf();
        assertNothingMarked();
        app.searchAndWaitFor(FRIEND);
        app.waitUntil(() -> app.gridItems().size() == 32 && app.visible("#chip-new"));
        assertThat(markedTitles()).containsExactly(fresher);
        assertThat(app.text("#newSinceCount")).isEqualTo("1");
    }

    @Test
    void aDamagedRecordIsKeptAsideWithANoticeAndStartsAfresh() throws Exception {
        Files.writeString(home.resolve(LastLookedStore.FILE_NAME), "{\"version\":1,\"viewers\":{\"user:shelftester\":{");
        app = launch();
        waitForOwnShelf();
        // The notice must outlive the first shelf's "Loaded ..." line, or nobody can read it.
        app.waitUntil(() -> app.status().contains("was damaged, so it starts afresh"));
        assertThat(app.status()).contains("The old file was kept as last-looked.json.corrupt-");
        try (Stream<Path> files = Files.list(home)) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("last-looked.json.corrupt-"));
        }
        // Nothing is made up from the damaged file: Alice's shelf is a first look, and the record is sound again.
        app.searchAndWaitFor(FRIEND);
        assertNothingMarked();
        app.waitUntil(() -> Files.readString(home.resolve(LastLookedStore.FILE_NAME)).contains("\"alice\""));
        assertThat(LastLookedStore.open(home.resolve(LastLookedStore.FILE_NAME)).problem()).isEmpty();
    }

    private void assertNothingMarked() {
        assertThat(markedTitles()).isEmpty();
        assertThat(app.visible("#chip-new")).as("no count when nothing is new").isFalse();
        assertThat(AppDriver.onFx(() -> app.robot.lookup(".new-award-ribbon").queryAll().stream()
                .filter(Node::isVisible).count())).isZero();
    }

    /** The titles of the tiles on screen that carry {@code new-award}, each with its ribbon showing. */
    private List<String> markedTitles() {
        return AppDriver.onFx(() -> {
            List<String> titles = new ArrayList<>();
            for (Node n : app.robot.lookup(".new-award").queryAll()) {
                if (n instanceof GridCell<?> cell && cell.getItem() instanceof Award award && cell.isVisible()
                        && cell.getParent() != null && cell.getParent().isVisible()) {
                    Node ribbon = n.lookup(".new-award-ribbon");
                    assertThat(ribbon).isNotNull();
                    assertThat(ribbon.isVisible()).isTrue();
                    titles.add(award.title());
                }
            }
            return titles;
        });
    }

    /** The marked shelf as a person sees it, under target/ for a look (not an assertion). */
    private void saveScreenshot(String name) throws Exception {
        Path out = Path.of("target", "screenshots", name);
        Files.createDirectories(out.getParent());
        WritableImage image = AppDriver.onFx(() -> stage.getScene().snapshot(null));
        ImageIO.write(FxPixels.toBuffered(image), "png", out.toFile());
    }
}
