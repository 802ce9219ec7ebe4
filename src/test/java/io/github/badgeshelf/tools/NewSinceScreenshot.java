package io.github.badgeshelf.tools;

import io.github.badgeshelf.BadgeShelfApp;
import io.github.badgeshelf.demo.DemoServer;
import io.github.badgeshelf.lastlooked.LastLookedStore;
import io.github.badgeshelf.lastlooked.Viewer;
import io.github.badgeshelf.testsupport.FxPixels;
import io.github.badgeshelf.testsupport.HeadlessFx;
import io.github.badgeshelf.ui.main.AppShell;
import io.github.badgeshelf.ui.main.Theme;
import io.github.badgeshelf.ui.shelf.SortOrder;
import javafx.application.Platform;
import javafx.scene.control.ComboBox;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

/**
 * Renders the README's picture of "New since you last looked": the demo shelf, dark theme, newest
 * first, as the demo viewer sees it when their last look was in March 2017 (a look written into a
 * fresh BadgeShelf folder beforehand). Run like {@code tools/screenshots}, with this class as the main;
 * a second argument {@code light} renders the light theme too ({@code shelf-new-since-light.png}).
 */
public final class NewSinceScreenshot {
    private NewSinceScreenshot() {
    }

    public static void main(String[] args) throws Exception {
        int status = 0;
        try {
            render(args);
        } catch (Exception | Error e) {
            e.printStackTrace();
            status = 1;
        }
        Platform.exit();
        System.exit(status);
    }

    private static void render(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/screenshots").resolve("shelf-new-since-dark.png");
        Files.createDirectories(out.getParent());
        Path home = Files.createTempDirectory("badgeshelf-new-since");
        LastLookedStore looks = LastLookedStore.open(home.resolve(LastLookedStore.FILE_NAME));
        looks.record(Viewer.demo(), DemoServer.DEMO_USER, Instant.parse("2017-03-10T12:00:00Z"));
        looks.save();
        HeadlessFx.startHeadless();

        Stage[] stage = new Stage[1];
        HeadlessFx.call(() -> {
            stage[0] = new Stage();
            new BadgeShelfApp(Map.of("BADGESHELF_HOME", home.toString())).start(stage[0]);
            stage[0].setWidth(1400);
            stage[0].setHeight(900);
            return null;
        });
        // "Try the demo" is ignored while the app still looks for a remembered sign-in: asked again until it takes.
        AppShell shell = HeadlessFx.call(() -> (AppShell) stage[0].getScene().getRoot());
        HeadlessFx.require(() -> {
            if (shell.mainView() == null) {
                shell.loginModel().tryDemo();
                return false;
            }
            var chip = stage[0].getScene().lookup("#chip-new");
            return chip != null && chip.isVisible();
        }, 120_000, "the demo shelf with new awards");
        HeadlessFx.call(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<SortOrder> sort = (ComboBox<SortOrder>) stage[0].getScene().lookup("#sortOrder");
            sort.setValue(SortOrder.NEWEST);
            return null;
        });
        HeadlessFx.sleep(2500); // icons arrive from the demo's loopback server
        WritableImage image = HeadlessFx.call(() -> stage[0].getScene().snapshot(null));
        ImageIO.write(FxPixels.toBuffered(image), "png", out.toFile());
        System.out.println("Written " + out.toAbsolutePath());
        if (args.length > 1 && "light".equals(args[1])) { // for a look at the light theme too
            HeadlessFx.call(() -> {
                Theme.LIGHT.apply(shell);
                return null;
            });
            HeadlessFx.sleep(500);
            Path light = out.resolveSibling("shelf-new-since-light.png");
            ImageIO.write(FxPixels.toBuffered(HeadlessFx.call(() -> stage[0].getScene().snapshot(null))), "png", light.toFile());
            System.out.println("Written " + light.toAbsolutePath());
        }
    }
}
