package io.github.badgeshelf.ui.main;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.badgeshelf.testsupport.AppDriver;
import io.github.badgeshelf.testsupport.AwardsFixtures;
import io.github.badgeshelf.testsupport.FakeRaServer;
import io.github.badgeshelf.testsupport.FakeRaServer.Endpoint;
import io.github.badgeshelf.testsupport.Fault;
import io.github.badgeshelf.ui.i18n.Messages;
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
 * Every fault of issue 7 against one real window and one fake server: after the own shelf is
 * shown, each fault is answered in plain words in {@code #status}, the shelf on screen (name,
 * counters, tiles) stays exactly as it was, and the next normal search works. The window and the
 * server are shared across the cases (faults are cleared between them) to keep the class quick.
 */
@ExtendWith(ApplicationExtension.class)
class FaultMatrixUiTest {
    static final String SELF = FakeRaServer.USERNAME;
    private static final ObjectMapper JSON = new ObjectMapper();

    private Stage stage;
    private FakeRaServer server;
    private AppDriver app;
    private Path home;
    private int nextTarget;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        server = FakeRaServer.start();
        addUsers(server);
        home = Files.createTempDirectory("badgeshelf-faults");
        app = AppDriver.start(stage, home, AppDriver.environment(server, home));
    }

    static void addUsers(FakeRaServer server) {
        server.addUser(SELF, AwardsFixtures.generate(40, 7));
        server.addFollowing("Alice", null, 88213, 310, true);
    }

    @AfterEach
    void stop() throws Exception {
        app.stop();
        server.close();
    }

    /** A fault for the API: what to break, and words the status line must then contain. */
    record ApiFault(String name, Consumer<FakeRaServer> inject, String... expected) {
    }

    static List<ApiFault> apiFaults() {
        List<ApiFault> faults = new ArrayList<>();
        faults.add(new ApiFault("401 bad key", s -> s.failNext(Endpoint.AWARDS, 401, AwardsFixtures.UNAUTHENTICATED,
                Map.of("Content-Type", "application/json")), "key was not accepted"));
        for (String reason : List.of("The u field is required.", "The u must be a valid ULID.",
                "The u must be between 2 and 20 characters when providing a username.",
                "The u may only contain letters and numbers.")) {
            faults.add(new ApiFault("422 " + reason, s -> s.failNext(Endpoint.PROFILE, 422,
                    AwardsFixtures.validationError(reason), Map.of("Content-Type", "application/json")),
                    "refused", reason));
        }
        faults.add(new ApiFault("500 with HTML", s -> s.htmlNext(Endpoint.AWARDS, 500),
                "server had a problem", "HTTP 500", "Try again later"));
        faults.add(new ApiFault("HTML with 200", s -> s.htmlNext(Endpoint.AWARDS, 200),
                "sent a web page instead of"));
        faults.add(new ApiFault("server accepts and never answers", s -> s.stallNext(Endpoint.AWARDS),
                "did not answer within 3 seconds"));
        faults.add(new ApiFault("body cut off", s -> s.truncateNext(Endpoint.AWARDS), "cut off"));
        faults.add(new ApiFault("malformed JSON", s -> s.failNext(Endpoint.AWARDS, 200,
                "{\"TotalAwardsCount\": 3, \"VisibleUserAwards\": [{\"AwardType\": \"Ga",
                Map.of("Content-Type", "application/json")), "could not be read"));
        faults.add(new ApiFault("JSON of the wrong types", s -> s.failNext(Endpoint.AWARDS, 200,
                "{\"TotalAwardsCount\": {\"n\": 1}, \"VisibleUserAwards\": \"none\"}",
                Map.of("Content-Type", "application/json")), "could not be read"));
        // Always, not once: the JDK's client quietly repeats a GET whose connection closed unanswered.
        faults.add(new ApiFault("connection closed before any answer", s -> s.failAlways(Endpoint.AWARDS,
                (exchange, status, body, closing) -> {
                    throw new IOException("closed on purpose");
                }), "failed before an answer arrived"));
        return faults;
    }

    @TestFactory
    Stream<DynamicTest> everyFaultIsNamedAndTheShelfStays() {
        List<DynamicTest> tests = new ArrayList<>();
        tests.add(DynamicTest.dynamicTest("sign in", () -> app.signInAndWaitForOwnShelf()));
        for (ApiFault fault : apiFaults()) {
            tests.add(DynamicTest.dynamicTest(fault.name(), () -> faultLeavesTheShelf(fault)));
        }
        tests.add(DynamicTest.dynamicTest("profile 404", this::unknownUser));
        tests.add(DynamicTest.dynamicTest("429 with Retry-After, asked once", this::rateLimited));
        tests.add(DynamicTest.dynamicTest("Escape cancels a stalled search at once", this::escapeCancels));
        tests.add(DynamicTest.dynamicTest("50,000 awards load with the right counters", this::fiftyThousand));
        tests.add(DynamicTest.dynamicTest("icons that 404", () -> brokenIcons(11,
                Fault.respond(404, "Not Found".getBytes(), Map.of("Content-Type", "text/plain")))));
        tests.add(DynamicTest.dynamicTest("icons that are not images", () -> brokenIcons(12,
                Fault.respond(200, "<html>not a png</html>".getBytes(), Map.of("Content-Type", "image/png")))));
        tests.add(DynamicTest.dynamicTest("icons that stall", () -> brokenIcons(13, Fault.stall())));
        tests.add(DynamicTest.dynamicTest("connection refused, then the server is back", this::connectionRefused));
        tests.add(DynamicTest.dynamicTest("nothing escaped", () -> assertThat(app.escapedExceptions()).isZero()));
        return tests.stream();
    }

    // ---- the cases -------------------------------------------------------------------------

    private void faultLeavesTheShelf(ApiFault fault) {
        AppDriver.Snapshot before = showOwnShelf();
        String target = newTarget();
        fault.inject().accept(server);
        app.search(target);
        app.waitUntil(() -> containsAll(app.status(), fault.expected()));
        assertPlainWords(app.status());
        assertThat(app.snapshot()).as("the shelf on screen after: " + fault.name()).isEqualTo(before);
        normalSearchWorks(target);
    }

    private void unknownUser() {
        AppDriver.Snapshot before = showOwnShelf();
        app.search("NobodyByThatName");
        app.waitUntil(() -> app.status().contains("There is no RetroAchievements user called NobodyByThatName"));
        assertThat(app.snapshot()).isEqualTo(before);
        normalSearchWorks(newTarget());
    }

    private void rateLimited() {
        AppDriver.Snapshot before = showOwnShelf();
        String target = newTarget();
        server.reset();
        Map<String, String> headers = Map.of("Content-Type", "application/json", "Retry-After", "90");
        server.failNext(Endpoint.AWARDS, 429, "{\"message\":\"Too Many Attempts.\"}", headers);
        server.failNext(Endpoint.PROFILE, 429, "{\"message\":\"Too Many Attempts.\"}", headers);
        app.search(target);
        app.waitUntil(() -> app.status().contains("too many requests") && app.status().contains("90 seconds"));
        // No automatic retrying: after a pause, each endpoint was asked at most once. The two requests go
        // out together and the first 429 cancels the other, which on a loaded machine may not have left yet.
        AppDriver.sleep(1500);
        assertThat(server.requests(Endpoint.AWARDS)).hasSizeLessThanOrEqualTo(1);
        assertThat(server.requests(Endpoint.PROFILE)).hasSizeLessThanOrEqualTo(1);
        assertThat(server.requests(Endpoint.AWARDS).size() + server.requests(Endpoint.PROFILE).size()).isPositive();
        assertThat(app.snapshot()).isEqualTo(before);
        assertThat(app.visible("#retry")).as("a Retry link is offered instead").isTrue();
        normalSearchWorks(target);
    }

    private void escapeCancels() {
        AppDriver.Snapshot before = showOwnShelf();
        String target = newTarget();
        server.stallNext(Endpoint.AWARDS);
        app.search(target);
        app.waitUntil(() -> app.status().startsWith("Looking up"));
        long pressed = System.nanoTime();
        app.robot.type(KeyCode.ESCAPE);
        app.waitUntil(() -> app.status().equals("Search cancelled."));
        assertThat((System.nanoTime() - pressed) / 1_000_000).as("ms from Escape to cancelled").isLessThan(2000);
        assertThat(app.snapshot()).isEqualTo(before);
        normalSearchWorks(target);
    }

    private void fiftyThousand() throws IOException {
        String body = AwardsFixtures.generate(50_000, 50);
        server.addUser("HugeShelf", body);
        JsonNode expected = JSON.readTree(body);
        app.search("HugeShelf");
        app.waitUntil(60, () -> "HugeShelf".equals(app.text("#profileName")) && app.status().startsWith("Loaded"));
        assertThat(app.text("#totalCount")).isEqualTo(Messages.number(expected.get("TotalAwardsCount").asInt()));
        assertThat(app.text("#masteredCount")).isEqualTo(Messages.number(expected.get("MasteryAwardsCount").asInt()));
        assertThat(app.text("#completedCount")).isEqualTo(Messages.number(expected.get("CompletionAwardsCount").asInt()));
        assertThat(app.text("#beatenHardcoreCount")).isEqualTo(Messages.number(expected.get("BeatenHardcoreAwardsCount").asInt()));
        assertThat(app.text("#beatenSoftcoreCount")).isEqualTo(Messages.number(expected.get("BeatenSoftcoreAwardsCount").asInt()));
        assertThat(app.text("#eventCount")).isEqualTo(Messages.number(expected.get("EventAwardsCount").asInt()));
        assertThat(app.text("#siteCount")).isEqualTo(Messages.number(expected.get("SiteAwardsCount").asInt()));
        assertThat(app.text("#hiddenCount")).isEqualTo(Messages.number(expected.get("HiddenAwardsCount").asInt()));
        assertThat(app.gridItems()).hasSize(expected.get("VisibleUserAwards").size());
        assertThat(app.status()).contains("50,000").contains("HugeShelf");
    }

    private void brokenIcons(long seed, Fault iconFault) {
        showOwnShelf();
        String user = "IconTrouble" + seed;
        server.addUser(user, AwardsFixtures.generate(24, 1000 + seed));
        server.failAlways(Endpoint.IMAGES, iconFault);
        app.searchAndWaitFor(user);
        // Every tile on screen with an icon of its own ends broken (site awards draw their own badge).
        app.waitUntil(20, () -> {
            List<AppDriver.Tile> tiles = app.shownTiles();
            return tiles.stream().anyMatch(AppDriver.Tile::broken)
                    && tiles.stream().allMatch(t -> t.broken() == (t.award().iconUrl() != null));
        });
        assertThat(app.text("#profileName")).isEqualTo(user);
        assertThat(app.gridItems()).hasSize(24);
        assertThat(app.status()).startsWith("Loaded 24 awards for " + user);
        server.clearFaults();
        normalSearchWorks(newTarget());
    }

    private void connectionRefused() {
        AppDriver.Snapshot before = showOwnShelf();
        String target = newTarget();
        int port = server.port();
        server.close();
        app.search(target);
        app.waitUntil(() -> app.status().contains("connection was refused")
                || app.status().contains("failed before an answer arrived"));
        assertPlainWords(app.status());
        assertThat(app.snapshot()).isEqualTo(before);
        server = FakeRaServer.startOn(port);
        addUsers(server);
        normalSearchWorks(target);
    }

    // ---- helpers ---------------------------------------------------------------------------

    /** Puts the own shelf on screen (from memory: it was fetched at sign-in) and returns what is shown. */
    private AppDriver.Snapshot showOwnShelf() {
        server.reset();
        if (!SELF.equals(app.text("#profileName")) || !app.status().contains(" for " + SELF)) {
            app.searchAndWaitFor(SELF);
        }
        AppDriver.Snapshot shown = app.snapshot();
        assertThat(shown.name()).isEqualTo(SELF);
        assertThat(shown.awards()).hasSize(40);
        return shown;
    }

    private String newTarget() {
        String name = "Target" + (++nextTarget);
        server.addUser(name, AwardsFixtures.generate(5 + nextTarget, 100 + nextTarget));
        return name;
    }

    private void normalSearchWorks(String target) {
        server.clearFaults();
        server.addUser(target, AwardsFixtures.generate(5 + nextTarget, 100 + nextTarget));
        app.searchAndWaitFor(target);
        assertThat(app.gridItems()).hasSize(5 + nextTarget);
        assertThat(app.visible("#offlineBanner")).isFalse();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean containsAll(String text, String... parts) {
        for (String p : parts) {
            if (!text.contains(p)) {
                return false;
            }
        }
        return true;
    }

    /** Plain words: a sentence, no class names, stack frames or addresses with the key. */
    static void assertPlainWords(String status) {
        assertThat(status).isNotBlank().endsWith(".")
                .doesNotContain("Exception").doesNotContain("java.").doesNotContain("at io.")
                .doesNotContain(FakeRaServer.API_KEY).doesNotContain("y=");
    }
}
