package io.github.badgeshelf.tools;

import io.github.badgeshelf.BadgeShelfApp;
import io.github.badgeshelf.testsupport.FxPixels;
import io.github.badgeshelf.testsupport.HeadlessFx;
import io.github.badgeshelf.ui.i18n.Messages;
import io.github.badgeshelf.ui.main.AppShell;
import io.github.badgeshelf.ui.main.Theme;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import javax.imageio.ImageIO;

/**
 * Renders the window headless (Monocle) to PNG at a laptop's 1366x768: the sign-in card, the demo
 * shelf, a game page, the shelf's insights and a comparison in the dark theme, and the shelf in the
 * light one, and the news page in both. Run with {@code tools/screenshots}; the README's pictures come from here. In another
 * language ({@code SCREENSHOT_OPTS="-Duser.language=es" tools/screenshots}) the files are named with
 * its tag, e.g. {@code shelf-dark-es.png}, for translators to review; at another width
 * ({@code -Dscreenshots.width=1024}) with that width, e.g. {@code shelf-dark-1024.png}.
 */
public final class Screenshots {
    private static final int WIDTH = Integer.getInteger("screenshots.width", 1366);
    private static final int HEIGHT = Integer.getInteger("screenshots.height", 768);

    private Screenshots() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/screenshots");
        Files.createDirectories(out);
        Path home = Files.createTempDirectory("badgeshelf-shots");
        HeadlessFx.startHeadless();

        Stage[] stage = new Stage[1];
        BadgeShelfApp[] app = new BadgeShelfApp[1];
        onFx(() -> {
            stage[0] = new Stage();
            app[0] = new BadgeShelfApp(Map.of("BADGESHELF_HOME", home.toString()));
            app[0].start(stage[0]);
            stage[0].setWidth(WIDTH);
            stage[0].setHeight(HEIGHT);
            return null;
        });
        AppShell shell = onFx(() -> (AppShell) stage[0].getScene().getRoot());
        String tag = (Messages.locale().equals(java.util.Locale.ENGLISH) ? "" : "-" + Messages.locale().toLanguageTag())
                + (WIDTH == 1366 ? "" : "-" + WIDTH);
        Thread.sleep(800);
        snapshot(stage[0].getScene(), out.resolve("signin-dark" + tag + ".png"));

        onFx(() -> {
            shell.loginModel().tryDemo();
            return null;
        });
        waitFor(() -> onFxQuiet(() -> shell.mainView() != null
                && !shell.mainView().shelfView().grid().getItems().isEmpty()), 120_000);
        Thread.sleep(2500); // icons arrive from the demo's loopback server
        onFx(() -> {
            var grid = shell.mainView().shelfView().grid();
            shell.mainView().shelfView().selectionProperty().set(grid.getItems().get(0));
            return null;
        });
        Thread.sleep(500);
        snapshot(stage[0].getScene(), out.resolve("shelf-dark" + tag + ".png"));
        gamePage(stage[0].getScene(), shell, out.resolve("game-dark" + tag + ".png"));
        newsPage(stage[0].getScene(), shell, out.resolve("news-dark" + tag + ".png"));
        saveImageDialog(stage[0], out.resolve("save-image-dark" + tag + ".png"));
        insights(stage[0].getScene(), out.resolve("insights-dark" + tag + ".png"));
        comparison(stage[0].getScene(), shell, out.resolve("compare-dark" + tag + ".png"));
        onFx(() -> {
            Theme.LIGHT.apply(shell);
            return null;
        });
        Thread.sleep(500);
        snapshot(stage[0].getScene(), out.resolve("shelf-light" + tag + ".png"));
        newsPage(stage[0].getScene(), shell, out.resolve("news-light" + tag + ".png"));
        saveImageDialog(stage[0], out.resolve("save-image-light" + tag + ".png"));
        if (Boolean.getBoolean("screenshots.narrow")) {
            onFx(() -> {
                stage[0].setWidth(stage[0].getMinWidth());
                stage[0].setHeight(stage[0].getMinHeight());
                return null;
            });
            Thread.sleep(500);
            snapshot(stage[0].getScene(), out.resolve("shelf-narrow" + tag + ".png"));
        }
        System.out.println("Screenshots written to " + out.toAbsolutePath());
        Platform.exit();
        System.exit(0);
    }

    /** The shelf with its charts shown, then hidden again. */
    private static void insights(Scene scene, Path file) throws Exception {
        javafx.scene.control.ToggleButton toggle = onFx(() -> (javafx.scene.control.ToggleButton) scene.lookup("#showInsights"));
        onFx(() -> {
            toggle.setSelected(true);
            return null;
        });
        Thread.sleep(800);
        snapshot(scene, file);
        onFx(() -> {
            toggle.setSelected(false);
            return null;
        });
    }

    /** The demo shelf compared with the demo's PixelPenny, then back to the shelf. */
    private static void comparison(Scene scene, AppShell shell, Path file) throws Exception {
        onFx(() -> {
            shell.mainView().compare().compareShownWith("PixelPenny");
            return null;
        });
        waitFor(() -> onFxQuiet(() -> scene.lookup("#comparePage") != null && scene.lookup("#comparePage").isVisible()
                && !((javafx.scene.control.Label) scene.lookup("#compareBothCount")).getText().isEmpty()), 20_000);
        Thread.sleep(2500); // icons arrive from the demo's loopback server
        snapshot(scene, file);
        onFx(() -> {
            shell.mainView().compare().close();
            return null;
        });
        Thread.sleep(300);
    }

    /** Enter on a demo game beaten but not mastered (Star Courier), so locked badges show, Home on its achievements, then Escape. */
    private static void gamePage(Scene scene, AppShell shell, Path file) throws Exception {
        onFx(() -> {
            var view = shell.mainView().shelfView();
            view.selectionProperty().set(view.grid().getItems().stream()
                    .filter(a -> a.gameId().orElse(0) == 1023).findFirst().orElseThrow());
            view.grid().requestFocus();
            key(view.grid(), javafx.scene.input.KeyCode.ENTER);
            return null;
        });
        waitFor(() -> onFxQuiet(() -> scene.lookup("#gamePage").isVisible()), 120_000);
        Thread.sleep(2500); // badges arrive from the demo's loopback server
        onFx(() -> {
            var grid = scene.lookup("#achievementGrid");
            key(grid, javafx.scene.input.KeyCode.RIGHT);
            key(grid, javafx.scene.input.KeyCode.RIGHT);
            return null;
        });
        Thread.sleep(500);
        snapshot(scene, file);
        onFx(() -> {
            key(scene.lookup("#achievementGrid"), javafx.scene.input.KeyCode.ESCAPE);
            return null;
        });
        Thread.sleep(300);
    }

    /** The news page of the demo's two followed users; their awards are years old, so the period is "all time". */
    private static void newsPage(Scene scene, AppShell shell, Path file) throws Exception {
        onFx(() -> {
            shell.mainView().news().open();
            shell.mainView().news().model().periodProperty().set(io.github.badgeshelf.ui.news.NewsPeriod.ALL);
            return null;
        });
        waitFor(() -> onFxQuiet(() -> scene.lookup("#newsPage") != null && !shell.mainView().news().model().busyProperty().get()
                && !shell.mainView().news().model().getShown().isEmpty()), 120_000);
        Thread.sleep(2500); // avatars and icons arrive from the demo's loopback server
        snapshot(scene, file);
        onFx(() -> {
            key(scene.lookup("#newsList"), javafx.scene.input.KeyCode.ESCAPE);
            return null;
        });
        Thread.sleep(300);
    }

    private static void key(javafx.scene.Node target, javafx.scene.input.KeyCode code) {
        javafx.event.Event.fireEvent(target, new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_PRESSED,
                "", "", code, false, false, false, false));
    }

    /** The Save image dialog over the shelf: its own window, pictured alone, then cancelled. */
    private static void saveImageDialog(Stage owner, Path file) throws Exception {
        onFx(() -> {
            ((javafx.scene.control.Button) owner.getScene().lookup("#saveImage")).fire();
            return null;
        });
        waitFor(() -> onFxQuiet(() -> dialogOf(owner) != null), 30_000);
        Thread.sleep(500);
        snapshot(onFx(() -> dialogOf(owner).getScene()), file);
        onFx(() -> {
            ((javafx.scene.control.Button) dialogOf(owner).getScene().lookup("#imageCancel")).fire();
            return null;
        });
        Thread.sleep(300);
    }

    private static Stage dialogOf(Stage owner) {
        return javafx.stage.Window.getWindows().stream()
                .filter(w -> w instanceof Stage s && s.getOwner() == owner && w.isShowing())
                .map(w -> (Stage) w).findFirst().orElse(null);
    }

    private static void snapshot(Scene scene, Path file) throws Exception {
        WritableImage image = onFx(() -> scene.snapshot(null));
        ImageIO.write(FxPixels.toBuffered(image), "png", file.toFile());
    }

    private static <T> T onFx(Callable<T> work) {
        return HeadlessFx.call(work);
    }

    private static boolean onFxQuiet(Supplier<Boolean> check) {
        try {
            return onFx(check::get);
        } catch (Exception e) {
            return false;
        }
    }

    private static void waitFor(Supplier<Boolean> condition, long millis) throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        while (!condition.get()) {
            if (System.currentTimeMillis() > end) {
                throw new IllegalStateException("Timed out waiting for the window");
            }
            Thread.sleep(100);
        }
    }
}
