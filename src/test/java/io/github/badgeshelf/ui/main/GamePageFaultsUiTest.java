package io.github.badgeshelf.ui.main;

import io.github.badgeshelf.model.Award;
import io.github.badgeshelf.testsupport.AppDriver;
import io.github.badgeshelf.testsupport.AwardsFixtures;
import io.github.badgeshelf.testsupport.FakeRaServer;
import io.github.badgeshelf.testsupport.FakeRaServer.Endpoint;
import io.github.badgeshelf.testsupport.GameFixtures;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shelf's fault matrix for the game page, in one real window: each fault while opening a game
 * page is said in plain words in {@code #status}, no page opens, the shelf behind stays exactly as
 * it was, and opening the same page afterwards works. Offline, the last copy is shown with its age.
 */
@ExtendWith(ApplicationExtension.class)
class GamePageFaultsUiTest {
    static final String SELF = FakeRaServer.USERNAME;
    static final int GAMES = 14;
    static final int FIRST_GAME = 3000;

    private FakeRaServer server;
    private AppDriver app;
    private Path home;
    private int nextGame;

    @Start
    void start(Stage stage) throws IOException {
        server = FakeRaServer.start();
        addShelfAndGames(server);
        home = Files.createTempDirectory("badgeshelf-game-faults");
        app = AppDriver.start(stage, home, AppDriver.environment(server, home));
    }

    /** A shelf of game awards, one per case, each with its game served. */
    static void addShelfAndGames(FakeRaServer server) {
        List<Map<String, Object>> awards = new ArrayList<>();
        for (int i = 0; i < GAMES; i++) {
            int id = FIRST_GAME + i;
            awards.add(AwardsFixtures.gameAward("Mastery/Completion", id, true, i, "Quest " + i, 7, "NES/Famicom",
                    "2020-01-02T05:53:52+00:00", String.format("/Images/%06d.png", id)));
            server.addGame(id, GameFixtures.generated(id, "Quest " + i, 20 + i, 50, id));
        }
        server.addUser(SELF, AwardsFixtures.bodyOf(awards));
        for (int i = 0; i < GAMES; i++) {
            int id = FIRST_GAME + i;
            server.addGameProgress(SELF, id, GameFixtures.generated(id, "Quest " + i, 20 + i, 50, id));
        }
    }

    @AfterEach
    void stop() throws Exception {
        app.stop();
        server.close();
    }

    record GameFault(String name, Consumer<FakeRaServer> inject, String... expected) {
    }

    static List<GameFault> faults() {
        Map<String, String> json = Map.of("Content-Type", "application/json");
        return List.of(
                new GameFault("401 bad key", s -> s.failNext(Endpoint.GAME, 401, AwardsFixtures.UNAUTHENTICATED, json),
                        "key was not accepted"),
                new GameFault("422 refused", s -> s.failNext(Endpoint.GAME, 422,
                        AwardsFixtures.validationError("The u must be a valid ULID."), json), "refused", "valid ULID"),
                new GameFault("429 with Retry-After", s -> s.failNext(Endpoint.GAME, 429,
                        "{\"message\":\"Too Many Attempts.\"}", Map.of("Retry-After", "90")), "too many requests",
                        "90 seconds"),
                new GameFault("500", s -> s.failNext(Endpoint.GAME, 500, "", Map.of()), "HTTP 500", "Try again later"),
                new GameFault("HTML with 200", s -> s.htmlNext(Endpoint.GAME, 200), "sent a web page instead of"),
                new GameFault("body cut off", s -> s.truncateNext(Endpoint.GAME), "cut off"),
                new GameFault("stalled", s -> s.stallNext(Endpoint.GAME), "did not answer within 3 seconds"),
                new GameFault("no such game", s -> s.failNext(Endpoint.GAME, 200, "[]", json), "no game with ID"));
    }

    @TestFactory
    Stream<DynamicTest> everyFaultIsSaidAndTheShelfStays() {
        List<DynamicTest> tests = new ArrayList<>();
        tests.add(DynamicTest.dynamicTest("sign in", () -> app.signInAndWaitForOwnShelf()));
        for (GameFault fault : faults()) {
            tests.add(DynamicTest.dynamicTest(fault.name(), () -> faultLeavesTheShelf(fault)));
        }
        tests.add(DynamicTest.dynamicTest("Escape stops a stalled load", this::escapeCancels));
        tests.add(DynamicTest.dynamicTest("offline: the last copy with its age", this::offlineCopy));
        tests.add(DynamicTest.dynamicTest("connection refused", this::connectionRefused));
        tests.add(DynamicTest.dynamicTest("nothing escaped", () -> assertThat(app.escapedExceptions()).isZero()));
        return tests.stream();
    }

    private void faultLeavesTheShelf(GameFault fault) {
        server.reset();
        AppDriver.Snapshot before = app.snapshot();
        int game = nextGame++;
        fault.inject().accept(server);
        open(game);
        app.waitUntil(() -> containsAll(app.status(), fault.expected()));
        assertPlainWords(app.status());
        assertThat(app.visible("#gamePage")).isFalse();
        assertThat(app.snapshot()).as("the shelf after " + fault.name()).isEqualTo(before);
        // Retry only where trying again can help: not for a rejected key, a refused name or no such game.
        boolean canHelp = !java.util.Set.of("401 bad key", "422 refused", "no such game").contains(fault.name());
        assertThat(app.visible("#retry")).as(canHelp ? "Retry is offered" : "no Retry, which cannot help")
                .isEqualTo(canHelp);
        server.clearFaults();
        openAndWait(game);
        app.robot.type(KeyCode.ESCAPE);
        app.waitUntil(() -> !app.visible("#gamePage"));
        assertThat(app.snapshot()).isEqualTo(before);
    }

    private void escapeCancels() {
        server.reset();
        AppDriver.Snapshot before = app.snapshot();
        int game = nextGame++;
        server.stallNext(Endpoint.GAME);
        open(game);
        app.waitUntil(() -> app.status().startsWith("Opening Quest " + game));
        app.robot.type(KeyCode.ESCAPE);
        app.waitUntil(() -> app.status().contains("cancelled"));
        assertThat(app.visible("#gamePage")).isFalse();
        assertThat(app.snapshot()).isEqualTo(before);
    }

    private void offlineCopy() {
        server.reset();
        int game = nextGame++;
        openAndWait(game);
        Path copy = home.resolve("games").resolve(SELF.toLowerCase() + "-" + (FIRST_GAME + game) + ".json");
        app.waitUntil(() -> Files.exists(copy));
        assertThat(readFile(copy)).doesNotContain(FakeRaServer.API_KEY);
        server.failAlways(Endpoint.GAME, io.github.badgeshelf.testsupport.Fault.respond(503, new byte[0], Map.of()));
        app.robot.type(KeyCode.F5);
        app.waitUntil(() -> app.visible("#gameOfflineBanner") && app.status().startsWith("Offline"));
        assertThat(app.text("#gameOfflineBanner")).startsWith("Offline, as of");
        assertThat(app.text("#gameTitle")).isEqualTo("Quest " + game);
        server.clearFaults();
        app.robot.type(KeyCode.F5);
        app.waitUntil(() -> !app.visible("#gameOfflineBanner") && app.status().startsWith("Quest " + game));
        app.robot.type(KeyCode.ESCAPE);
        app.waitUntil(() -> !app.visible("#gamePage"));
    }

    private void connectionRefused() {
        server.reset();
        AppDriver.Snapshot before = app.snapshot();
        int game = nextGame++;
        int port = server.port();
        server.close();
        open(game);
        app.waitUntil(() -> app.status().contains("refused") || app.status().contains("failed before an answer"));
        assertPlainWords(app.status());
        assertThat(app.visible("#gamePage")).isFalse();
        assertThat(app.snapshot()).isEqualTo(before);
        server = FakeRaServer.startOn(port);
        addShelfAndGames(server);
        openAndWait(game);
    }

    // ---- helpers ---------------------------------------------------------------------------

    /** Selects the game's tile and presses Enter on it, as a person does. */
    private void open(int game) {
        AppDriver.onFx(() -> {
            Award award = app.gridItems().get(game);
            app.shell().mainView().shelfView().selectionProperty().set(award);
            app.robot.lookup("#badgeGrid").query().requestFocus();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        app.robot.type(KeyCode.ENTER);
    }

    private void openAndWait(int game) {
        open(game);
        app.waitUntil(() -> app.visible("#gamePage") && ("Quest " + game).equals(app.text("#gameTitle")));
        assertThat(app.text("#gameTotalCount")).isEqualTo(Integer.toString(20 + game));
    }

    private static boolean containsAll(String text, String... parts) {
        for (String p : parts) {
            if (!text.contains(p)) {
                return false;
            }
        }
        return true;
    }

    private static String readFile(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Plain words: a sentence, no class names, stack frames or addresses with the key. */
    static void assertPlainWords(String status) {
        assertThat(status).isNotBlank().endsWith(".")
                .doesNotContain("Exception").doesNotContain("java.").doesNotContain("at io.")
                .doesNotContain(FakeRaServer.API_KEY).doesNotContain("y=");
    }
}
