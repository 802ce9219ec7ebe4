package io.github.badgeshelf.ui.main;

import io.github.badgeshelf.model.Award;
import io.github.badgeshelf.wall.WallLayout;
import javafx.scene.control.Spinner;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;

import static org.assertj.core.api.Assertions.assertThat;

/** "Save image" in the real window: the dialog, a real PNG on disk, and the old file kept on failure. */
class SaveImageUiTest extends AppTestBase {

    @Start
    void start(Stage stage) throws IOException {
        startApp(stage);
    }

    @Override
    boolean rememberedAtStart() {
        return true;
    }

    @SuppressWarnings("unchecked")
    private static Spinner<Integer> columns(FxRobot robot) {
        return (Spinner<Integer>) robot.lookup("#imageColumns").query();
    }

    @Test
    void theDialogSavesTheAwardsShownAsARealPng(FxRobot robot) throws Exception {
        openOwnShelf(robot);
        robot.clickOn("#filterText").write("a");
        List<Award> shown = onFx(() -> List.copyOf(app.grid().getItems()));
        Path target = home.resolve("wall.png");
        app.exportTarget.set(target);

        robot.clickOn("#saveImage");
        waitUntil(() -> robot.lookup("#imageColumns").tryQuery().isPresent());
        assertThat(onFx(() -> columns(robot).getValue())).isEqualTo(10);
        runFx(() -> columns(robot).getValueFactory().setValue(7));
        waitUntil(() -> app.text("#imageSize").contains(String.valueOf(24 + 7 * 80 + 6 * 10 + 24)));
        robot.clickOn("#imageSave");

        waitUntil(() -> app.text("#status").startsWith("Saved the wall"));
        assertThat(app.text("#status")).contains(target.toString());
        waitUntil(() -> robot.lookup("#imageColumns").tryQuery().isEmpty());
        BufferedImage image = ImageIO.read(target.toFile());
        assertThat(image).isNotNull();
        assertThat(image.getWidth()).isEqualTo(24 + 7 * 80 + 6 * 10 + 24);
        assertThat(image.getHeight()).isEqualTo(WallLayout.of(shown.size(), 7, serverCounts(),
                io.github.badgeshelf.ui.wall.SaveImageViewModel.captions()).height());
        assertThat(new String(Files.readAllBytes(target), StandardCharsets.ISO_8859_1)).doesNotContain(server.credentials().apiKey());
    }

    /** The counters of the signed-in user's shelf, as the server sends them. */
    private io.github.badgeshelf.model.AwardCounts serverCounts() throws Exception {
        return new io.github.badgeshelf.api.RaClient(server.config(), server.credentials()).getUserAwards(SELF).counts();
    }

    @Test
    void aFailedSaveLeavesTheOldFileAndSaysWhy(FxRobot robot) throws Exception {
        openOwnShelf(robot);
        Path target = home.resolve("b".repeat(240) + ".png");
        byte[] old = "the old picture".getBytes(StandardCharsets.UTF_8);
        Files.write(target, old);
        app.exportTarget.set(target);

        robot.clickOn("#saveImage");
        waitUntil(() -> robot.lookup("#imageSave").tryQuery().isPresent());
        robot.clickOn("#imageSave");

        waitUntil(() -> app.text("#status").startsWith("Could not save"));
        assertThat(app.text("#imageError")).contains("left as it was");
        assertThat(Files.readAllBytes(target)).isEqualTo(old);
        robot.clickOn("#imageCancel");
        waitUntil(() -> robot.lookup("#imageSave").tryQuery().isEmpty());
    }

    @Test
    void aWallTooLargeCannotBeSaved(FxRobot robot) {
        openOwnShelf(robot);
        robot.clickOn("#saveImage");
        waitUntil(() -> robot.lookup("#imageColumns").tryQuery().isPresent());
        runFx(() -> columns(robot).getValueFactory().setValue(WallLayout.MAX_SIDE / 90 + 1));
        assertThat(onFx(() -> columns(robot).getValue())).isLessThan(WallLayout.MAX_SIDE / 90 + 1);
        runFx(() -> columns(robot).getValueFactory().setValue(1));
        // 40 awards one a row fit (40 * 90 px); the size is said, and Save stays possible.
        waitUntil(() -> app.text("#imageSize").contains("×"));
        assertThat(onFx(() -> robot.lookup("#imageSave").query().isDisabled())).isFalse();
        robot.clickOn("#imageCancel");
    }
}
