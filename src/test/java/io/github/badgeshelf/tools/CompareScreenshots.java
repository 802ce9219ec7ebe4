package io.github.badgeshelf.tools;

import io.github.badgeshelf.BadgeShelfApp;
import io.github.badgeshelf.testsupport.FxPixels;
import io.github.badgeshelf.testsupport.HeadlessFx;
import io.github.badgeshelf.ui.compare.CompareLayout;
import io.github.badgeshelf.ui.i18n.Messages;
import io.github.badgeshelf.ui.main.AppShell;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Renders the demo's comparison (BadgeShelfDemo with PixelPenny) headless to PNG at 1,024, 1,366
 * and 1,920 px wide (768 high), one group and side by side, for a person to look at. Not run by
 * the build; {@code SCREENSHOT_OPTS="-Duser.language=es"} gives the Spanish window:
 * <pre>
 * mvn -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
 * java -cp "target/classes:target/test-classes:$(cat target/test-classpath.txt)" \
 *   io.github.badgeshelf.tools.CompareScreenshots /tmp/shots
 * </pre>
 */
public final class CompareScreenshots {
    private CompareScreenshots() {
    }

    public static void main(String[] args) {
        try {
            run(args);
        } catch (Throwable e) {
            e.printStackTrace(); // the app's own handler would only log it in its temporary home
            System.exit(1);
        }
    }

    private static void run(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/compare-screenshots");
        Files.createDirectories(out);
        Path home = Files.createTempDirectory("badgeshelf-compare-shots");
        startHeadless();
        Stage[] stage = new Stage[1];
        onFx(() -> {
            stage[0] = new Stage();
            new BadgeShelfApp(Map.of("BADGESHELF_HOME", home.toString())).start(stage[0]);
            stage[0].setWidth(1366);
            stage[0].setHeight(768);
        });
        AppShell shell = HeadlessFx.call(() -> (AppShell) stage[0].getScene().getRoot());
        await(() -> !shell.loginModel().busyProperty().get()); // the check for a remembered sign-in
        onFx(() -> shell.loginModel().tryDemo());
        await(() -> shell.mainView() != null && !shell.mainView().shelfView().grid().getItems().isEmpty());
        onFx(() -> shell.mainView().compare().compareShownWith("PixelPenny"));
        await(() -> shell.mainView().compare().view().grid(io.github.badgeshelf.compare.Presence.BOTH)
                .getItems().size() > 0);
        String tag = Messages.locale().getLanguage().equals("en") ? "" : "-" + Messages.locale().toLanguageTag();
        for (int width : new int[] {1024, 1366, 1920}) {
            for (CompareLayout layout : new CompareLayout[] {CompareLayout.BOTH, CompareLayout.SIDE_BY_SIDE}) {
                onFx(() -> {
                    stage[0].setWidth(width);
                    stage[0].setHeight(768);
                    shell.mainView().compare().view().layoutProperty().set(layout);
                });
                Thread.sleep(2500); // icons arrive from the demo's loopback server
                snapshot(stage[0].getScene(), out.resolve("compare-" + width + "-" + layout.name().toLowerCase()
                        + tag + ".png"));
            }
        }
        System.out.println("Screenshots written to " + out.toAbsolutePath());
        Platform.exit();
        System.exit(0);
    }

    private static void startHeadless() throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("prism.text", "t2k");
        System.setProperty("headless.geometry", "1940x1100-32");
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(30, TimeUnit.SECONDS);
    }

    private static void onFx(ThrowingRunnable work) {
        HeadlessFx.call(() -> {
            work.run();
            return null;
        });
    }

    private static void await(java.util.function.BooleanSupplier condition) {
        if (!HeadlessFx.await(condition, 180_000)) {
            throw new IllegalStateException("Timed out waiting for the window");
        }
    }

    private static void snapshot(Scene scene, Path file) throws Exception {
        WritableImage image = HeadlessFx.call(() -> scene.snapshot(null));
        ImageIO.write(FxPixels.toBuffered(image), "png", file.toFile());
    }

    private interface ThrowingRunnable {
        void run() throws Exception;
    }
}
