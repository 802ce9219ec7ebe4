package io.github.badgeshelf.ui.main;

import io.github.badgeshelf.testsupport.AppDriver;
import io.github.badgeshelf.testsupport.AwardsFixtures;
import io.github.badgeshelf.testsupport.FakeRaServer;
import io.github.badgeshelf.testsupport.GameFixtures;
import io.github.badgeshelf.testsupport.ReadOnlyMount;
import io.github.badgeshelf.testsupport.RealAppTest;
import io.github.badgeshelf.testsupport.SmallDisk;
import io.github.badgeshelf.ui.i18n.Messages;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 21's follow-up: BADGESHELF_HOME made read-only (a real read-only mount) or full (a real
 * 200 KB tmpfs) while the window runs. The window keeps answering through everything a person
 * does next (another shelf, a game page, theme, language, tiles a row, export, news, sign-out,
 * closing), and the writes it makes on its own that cannot happen are said once, in words, with
 * the folder and the reason; the writes the person asked for say their own reason each time.
 */
class ReadOnlyHomeUiTest extends RealAppTest {
    private static final String UNKEPT = "cannot save in its folder";
    private final AtomicInteger unkeptSaid = new AtomicInteger();
    private Locale windowLanguageBefore;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @BeforeEach
    void startServer() {
        windowLanguageBefore = Messages.locale();
        server = FakeRaServer.start();
        List<Map<String, Object>> awards = AwardsFixtures.generateAwards(40, 7);
        server.addUser(FakeRaServer.USERNAME, AwardsFixtures.bodyOf(awards));
        for (Map<String, Object> award : awards) {
            if (award.get("ConsoleID") != null) {
                int game = ((Number) award.get("AwardData")).intValue();
                server.addGameProgress(FakeRaServer.USERNAME, game,
                        GameFixtures.generated(game, (String) award.get("Title"), 20, 50, game));
            }
        }
        server.follow("Alice", 1200, AwardsFixtures.generate(30, 1));
        server.addUser("Carol", AwardsFixtures.generate(25, 2));
    }

    @AfterEach
    void windowLanguageBack() {
        Messages.setLocale(windowLanguageBefore);
    }

    private void launch() {
        try {
            app = WaitForAsyncUtils.asyncFx(() -> AppDriver.start(stage, home, AppDriver.environment(server, home)))
                    .get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Counts each time the notice comes onto the status line (a rewording of the line is not a new time). */
    private void countUnkeptNotices() {
        AppDriver.onFx(() -> {
            Label status = (Label) app.robot.lookup("#status").query();
            status.textProperty().addListener((obs, old, now) -> {
                boolean before = old != null && old.contains(UNKEPT);
                if (!before && now != null && now.contains(UNKEPT)) {
                    unkeptSaid.incrementAndGet();
                }
            });
            return null;
        });
    }

    @Test
    void aHomeMadeReadOnlyWhileTheWindowRunsIsSaidOnceAndTheWindowKeepsAnswering() throws Exception {
        launch();
        signInPatiently();
        Path credentials = home.resolve("credentials.json");
        app.waitUntil(() -> Files.exists(credentials) && Files.exists(home.resolve("settings.json")));
        countUnkeptNotices();
        String settingsBefore = Files.readString(home.resolve("settings.json"));

        try (ReadOnlyMount readOnly = ReadOnlyMount.on(home)) {
            // Another shelf: its offline copy, the look and the recent search cannot be written.
            app.searchAndWaitFor("Carol");
            app.waitUntil(() -> app.status().contains(UNKEPT));
            assertThat(app.status()).contains(home.toAbsolutePath().toString()).contains("the disk is read-only")
                    .contains("Everything else works");

            // A game page (its copy cannot be kept either).
            app.searchAndWaitFor(FakeRaServer.USERNAME);
            AppDriver.runFx(() -> app.robot.lookup("#badgeGrid").query().requestFocus());
            String title = app.gridItems().stream().filter(a -> a.consoleId() != null).findFirst().orElseThrow().title();
            AppDriver.onFx(() -> {
                ((TextInputControl) app.robot.lookup("#filterText").query()).setText(title);
                return null;
            });
            // Only game awards carry such a title ("Game 1234" may also find "Game 12345"): the first opens.
            app.waitUntil(() -> !app.gridItems().isEmpty()
                    && app.gridItems().stream().allMatch(a -> a.title() != null && a.title().contains(title)));
            String opened = app.gridItems().get(0).title();
            AppDriver.runFx(() -> app.robot.lookup("#badgeGrid").query().requestFocus());
            app.robot.type(KeyCode.HOME);
            app.robot.type(KeyCode.ENTER);
            app.waitUntil(() -> app.visible("#gamePage") && opened.equals(app.text("#gameTitle")));
            app.robot.clickOn("#closeGame");
            app.waitUntil(() -> !app.visible("#gamePage"));

            // Theme, language and tiles a row change on screen though they cannot be remembered.
            app.robot.clickOn("#themeToggle");
            app.waitUntil(() -> stage.getScene().getRoot().getStyleClass().contains("light"));
            chooseLanguage(Locale.forLanguageTag("pt-BR"));
            app.waitUntil(() -> "Novidades".equals(labelText("#showNews")));
            chooseLanguage(Locale.ENGLISH);
            app.waitUntil(() -> "News".equals(labelText("#showNews")));
            app.robot.clickOn("#saveImage");
            app.waitUntil(() -> app.robot.lookup("#imageColumns").tryQuery().isPresent());
            String tenARow = app.text("#imageSize");
            AppDriver.runFx(() -> app.robot.lookup("#imageColumns").<Spinner<Integer>>query().getValueFactory().setValue(4));
            app.waitUntil(() -> !app.text("#imageSize").equals(tenARow));
            app.robot.clickOn("#imageCancel");
            app.waitUntil(() -> app.robot.lookup("#imageColumns").tryQuery().isEmpty());

            // An export into the read-only folder says why, every time it is asked for.
            app.exportTarget.set(home.resolve("awards.csv"));
            app.robot.clickOn("#exportCsv");
            app.waitUntil(() -> app.status().startsWith("Could not save awards.csv"));
            assertThat(app.status()).contains("the disk is read-only").doesNotContain("permission denied");

            // The news page still gathers and shows.
            app.robot.clickOn("#showNews");
            app.waitUntil(() -> app.visible("#newsPage") && app.text("#newsCount").length() > 0);
            app.robot.clickOn("#closeNews");
            app.waitUntil(() -> !app.visible("#newsPage"));

            assertThat(unkeptSaid.get()).as("the unkept writes are said once").isEqualTo(1);

            // Sign-out cannot forget the key: said on the card, with the reason.
            app.robot.clickOn("#signOut");
            app.waitUntil(() -> app.text("#loginError").contains("could not forget your key"));
            assertThat(app.text("#loginError")).contains("the disk is read-only");

            // Closing the window ends the app promptly; nothing escaped; the old settings are intact.
            assertThat(app.escapedExceptions()).isZero();
            app.stop();
            app = null;
            assertThat(Files.readString(home.resolve("settings.json"))).isEqualTo(settingsBefore);
            assertThat(credentials).exists();
        }
    }

    @Test
    void aHomeWhoseDiskFillsUpIsSaidOnceAndTheWindowKeepsAnswering() throws Exception {
        try (SmallDisk disk = SmallDisk.mountOn(home)) {
            launch();
            signInPatiently();
            app.waitUntil(() -> Files.exists(home.resolve("settings.json")));
            countUnkeptNotices();
            disk.fill();

            app.searchAndWaitFor("Carol");
            app.waitUntil(() -> app.status().contains(UNKEPT));
            assertThat(app.status()).contains(home.toAbsolutePath().toString()).contains("the disk is full");
            app.searchAndWaitFor("Alice");
            app.robot.clickOn("#themeToggle");
            app.waitUntil(() -> stage.getScene().getRoot().getStyleClass().contains("light"));

            app.exportTarget.set(home.resolve("awards.csv"));
            app.robot.clickOn("#exportCsv");
            app.waitUntil(() -> app.status().startsWith("Could not save awards.csv"));
            assertThat(app.status()).contains("the disk is full");
            assertThat(unkeptSaid.get()).as("the unkept writes are said once").isEqualTo(1);

            assertThat(app.escapedExceptions()).isZero();
            app.stop();
            app = null;
        }
    }

    /**
     * Signs in and waits for the own shelf, allowing the first main view of a fresh JVM on a loaded
     * machine (load 20 on 2 cores) more than AppDriver's 10 s for one look at the window: that first
     * build is before anything this test is about.
     */
    private void signInPatiently() throws Exception {
        app.signIn(FakeRaServer.USERNAME, FakeRaServer.API_KEY);
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        // Read on the FX thread directly: AppDriver's own reads would wait on the FX thread from it.
        while (!WaitForAsyncUtils.asyncFx(() -> FakeRaServer.USERNAME.equals(labelText("#profileName"))
                && app.robot.lookup("#badgeGrid").tryQuery().map(n -> !app.grid().getItems().isEmpty()).orElse(false))
                .get(60, TimeUnit.SECONDS)) {
            assertThat(System.nanoTime()).as("the own shelf within 2 minutes").isLessThan(until);
            Thread.sleep(200);
        }
    }

    @SuppressWarnings("unchecked")
    private void chooseLanguage(Locale language) {
        AppDriver.runFx(() -> ((ComboBox<Locale>) app.robot.lookup("#language").query()).setValue(language));
    }

    private String labelText(String query) {
        return app.robot.lookup(query).tryQuery().map(n -> ((Labeled) n).getText()).orElse("");
    }
}
