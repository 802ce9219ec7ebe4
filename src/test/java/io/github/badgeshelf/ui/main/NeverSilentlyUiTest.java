package io.github.badgeshelf.ui.main;

import io.github.badgeshelf.testsupport.AppDriver;
import io.github.badgeshelf.testsupport.AwardsFixtures;
import io.github.badgeshelf.testsupport.FakeRaServer;
import io.github.badgeshelf.testsupport.RealAppTest;
import io.github.badgeshelf.testsupport.SmallDisk;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 21 in the real window: a sign-out that cannot forget the key (item 4), a "remember me"
 * that failed after the one-time notice was shown (item 5), the wall image on a full disk (item 6)
 * and a remembered export folder that is not a path (item 8). Each is said in words; none is lost.
 */
class NeverSilentlyUiTest extends RealAppTest {

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @BeforeEach
    void startServer() {
        server = FakeRaServer.start();
        server.addUser(FakeRaServer.USERNAME, AwardsFixtures.generate(40, 7));
    }

    private void launch(Path appHome) {
        Map<String, String> env = AppDriver.environment(server, appHome);
        try {
            // A longer wait than AppDriver.onFx's: the first window of a loaded machine may take a while.
            app = org.testfx.util.WaitForAsyncUtils.asyncFx(() -> AppDriver.start(stage, appHome, env))
                    .get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void mount(String... args) throws IOException, InterruptedException {
        String[] command = new String[args.length + 1];
        command[0] = "mount";
        System.arraycopy(args, 0, command, 1, args.length);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        Assumptions.assumeTrue(p.exitValue() == 0, "mount " + String.join(" ", args) + " failed: "
                + new String(p.getInputStream().readAllBytes()));
    }

    @Test
    void aSignOutThatCannotForgetTheKeySaysSoNamingTheFileAndOffersToTryAgain() throws Exception {
        Assumptions.assumeTrue("root".equals(System.getProperty("user.name")), "a bind mount needs root (CI runs as root)");
        launch(home);
        app.signInAndWaitForOwnShelf();
        Path credentials = home.resolve("credentials.json");
        app.waitUntil(() -> Files.exists(credentials));
        // A mount point cannot be deleted, as a file on a read-only or locked-down disk cannot.
        Path other = Files.writeString(home.resolve("pinned.json"), "{}");
        mount("--bind", other.toString(), credentials.toString());
        try {
            app.robot.clickOn("#signOut");
            app.waitUntil(() -> app.text("#loginError").contains("could not forget your key"));
            assertThat(app.text("#loginError")).contains(credentials.toString()).contains("Try again")
                    .doesNotContain(FakeRaServer.API_KEY);
            assertThat(AppDriver.onFx(() -> app.robot.lookup("#forgetAgain").query().isVisible())).isTrue();
            assertThat(credentials).exists();
        } finally {
            new ProcessBuilder("umount", credentials.toString()).start().waitFor(30, TimeUnit.SECONDS);
        }
        app.robot.clickOn("#forgetAgain");
        app.waitUntil(() -> !Files.exists(credentials));
        app.waitUntil(() -> app.text("#loginError").isEmpty());
        assertThat(AppDriver.onFx(() -> app.robot.lookup("#forgetAgain").query().isVisible())).isFalse();
    }

    @Test
    void anAwardTimeThatCannotBeReadIsSaidInTheStatusLine() {
        String good = AwardsFixtures.generate(3, 5);
        server.addUser("OddDates", good.replaceFirst("\"AwardedAt\":\"[^\"]*\"", "\"AwardedAt\":\"garbage\""));
        launch(home);
        app.signInAndWaitForOwnShelf();
        app.searchAndWaitFor("OddDates");
        app.waitUntil(() -> app.status().contains("could not be read"));
        assertThat(app.status()).contains("One value").contains("AwardedAt \"garbage\"");
        assertThat(app.gridItems()).hasSize(3);
    }

    @Test
    void aFailedRememberMeIsSaidEvenAfterTheOneTimeFileNoticeWasShown() throws IOException {
        Files.writeString(home.resolve("settings.json"), "{\"credentialNoticeShown\": true}");
        // A folder where the key's file belongs: the key cannot be kept.
        Files.createDirectories(home.resolve("credentials.json").resolve("in-the-way"));
        launch(home);
        app.signInAndWaitForOwnShelf();
        app.waitUntil(() -> app.status().contains("could not remember the key"));
        assertThat(app.status()).doesNotContain(FakeRaServer.API_KEY);
    }

    @Test
    void aRememberedExportFolderThatIsNotAPathFallsBackWithANote() throws IOException {
        Files.writeString(home.resolve("settings.json"), "{\"lastExportFolder\": \"/tmp/bad\\u0000folder\"}");
        launch(home);
        app.signInAndWaitForOwnShelf();
        Path target = home.resolve("awards.csv");
        app.exportTarget.set(target);

        app.robot.clickOn("#exportCsv");

        app.waitUntil(() -> Files.exists(target) && app.status().startsWith("Saved"));
        app.waitUntil(() -> app.status().contains("could not be used"));
        assertThat(app.status()).contains("/tmp/bad?folder");
        Path userHome = Path.of(System.getProperty("user.home"));
        assertThat(app.proposedExportFolder.get()).isIn(userHome.resolve("Documents"), userHome);
        // Forgotten, and the folder used instead remembered: the next start is not stuck with it.
        app.waitUntil(() -> Files.readString(home.resolve("settings.json")).contains(
                "\"lastExportFolder\" : \"" + home.toAbsolutePath() + "\""));
    }

    @Test
    void theWallImageOnAFullDiskSaysTheDiskIsFullInADialogThatHoldsTheWholeMessage() throws Exception {
        Path full = home.resolve("full");
        try (SmallDisk disk = SmallDisk.mountOn(full)) {
            disk.fill();
            launch(home);
            app.signInAndWaitForOwnShelf();
            app.exportTarget.set(full.resolve("wall.png"));
            app.robot.clickOn("#saveImage");
            app.waitUntil(() -> app.robot.lookup("#imageSave").tryQuery().isPresent());
            app.robot.clickOn("#imageSave");

            app.waitUntil(() -> !app.text("#imageError").isEmpty());
            assertThat(app.text("#imageError")).contains("the disk is full").doesNotContain("I/O error");
            AppDriver.sleep(500); // the dialog grows after the next layout
            AppDriver.onFx(() -> {
                Label error = (Label) app.robot.lookup("#imageError").query();
                assertThat(error.getHeight()).as("the message is not cut").isGreaterThanOrEqualTo(
                        error.prefHeight(error.getWidth()) - 0.5);
                Node cancel = app.robot.lookup("#imageCancel").query();
                Window dialog = cancel.getScene().getWindow();
                Bounds b = cancel.localToScene(cancel.getBoundsInLocal());
                assertThat(b.getMaxY()).as("the buttons are inside the dialog").isLessThanOrEqualTo(
                        cancel.getScene().getHeight() + 0.5);
                assertThat(b.getMaxX()).isLessThanOrEqualTo(dialog.getWidth() + 0.5);
                return null;
            });
            assertThat(full.resolve("wall.png")).doesNotExist();
            app.robot.clickOn("#imageCancel");
        }
    }
}
