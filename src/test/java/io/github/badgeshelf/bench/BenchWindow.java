package io.github.badgeshelf.bench;

import io.github.badgeshelf.model.Award;
import io.github.badgeshelf.testsupport.HeadlessFx;
import io.github.badgeshelf.testsupport.VisibleTiles;
import io.github.badgeshelf.ui.main.AppServices;
import io.github.badgeshelf.ui.main.AppShell;
import io.github.badgeshelf.ui.main.Theme;
import io.github.badgeshelf.ui.main.WindowActions;
import io.github.badgeshelf.ui.shelf.BadgeIcons;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.controlsfx.control.GridCell;
import org.controlsfx.control.GridView;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * One app window, built as BadgeShelfApp builds it (services from the environment, the shell,
 * the dark theme, a 1360x860 scene) but with the icons chosen by the benchmark. Reads the window
 * only on the FX thread.
 */
final class BenchWindow implements AutoCloseable {
    static final double WIDTH = 1360;
    static final double HEIGHT = 860;

    private final AppServices services;
    private final AppShell shell;
    private final Stage stage;
    /** FX thread only, as everything read from the window. */
    private GridView<Award> grid;
    private VirtualFlow<?> flow;

    private BenchWindow(AppServices services, AppShell shell, Stage stage) {
        this.services = services;
        this.shell = shell;
        this.stage = stage;
    }

    /** Opens the window; {@code icons} null means the app's own pipeline. */
    static BenchWindow open(Map<String, String> env, Supplier<BadgeIcons> icons) {
        return HeadlessFx.call(() -> {
            double scale = Screen.getPrimary().getOutputScaleX();
            AppServices services = icons == null ? AppServices.create(env, scale) : AppServices.create(env, scale, icons);
            AppShell shell = new AppShell(services, new NoDesktop());
            Theme.DARK.apply(shell);
            Stage stage = new Stage();
            stage.setScene(new Scene(shell, WIDTH, HEIGHT));
            stage.show();
            stage.requestFocus();
            shell.restoreSignIn();
            return new BenchWindow(services, shell, stage);
        });
    }

    AppShell shell() {
        return shell;
    }

    Scene scene() {
        return stage.getScene();
    }

    void signIn(String user, String key) {
        // The window first looks for a remembered sign-in in the background; typing waits for that, as a person would.
        HeadlessFx.require(() -> !shell.loginModel().busyProperty().get(), 30_000, "the sign-in card to be ready");
        HeadlessFx.run(() -> {
            var login = shell.loginModel();
            login.usernameProperty().set(user);
            login.apiKeyProperty().set(key);
            login.rememberMeProperty().set(false);
            login.signIn();
        });
        if (!HeadlessFx.await(() -> shell.mainView() != null && user.equals(text("#profileName")), 30_000)) {
            throw new IllegalStateException("Timed out after 30 s waiting for the own shelf after sign-in: " + HeadlessFx.call(this::describe));
        }
    }

    /** Types the name into #search and presses Enter there; FX thread. Returns System.nanoTime() just before Enter. */
    long typeAndEnter(String user) {
        TextField search = (TextField) scene().lookup("#search");
        search.requestFocus();
        search.setText(user);
        long pressed = System.nanoTime();
        search.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ENTER, false, false, false, false));
        search.fireEvent(new KeyEvent(KeyEvent.KEY_RELEASED, "", "", KeyCode.ENTER, false, false, false, false));
        return pressed;
    }

    /** What the window says, for a failure's message. */
    String describe() {
        var login = shell.loginModel();
        return "signed in " + (shell.mainView() != null) + ", login error '" + login.errorProperty().get()
                + "', login progress '" + login.progressProperty().get() + "', profile '" + text("#profileName")
                + "', status '" + text("#status") + "', grid " + (grid() == null ? "none" : grid().getItems().size() + " items")
                + ", visible tiles " + visibleTiles().size();
    }

    String text(String id) {
        Node node = scene().lookup(id);
        return node instanceof Label label ? label.getText() : "";
    }

    /**
     * The shelf's grid. Looked up once and kept while it stays in the scene: a scene-wide lookup
     * on every pulse (the figures' checks run in post-layout listeners) took the FX thread's time
     * from the app it measures.
     */
    @SuppressWarnings("unchecked")
    GridView<Award> grid() {
        if (grid == null || grid.getScene() != scene()) {
            grid = (GridView<Award>) scene().lookup("#badgeGrid");
            flow = null;
        }
        return grid;
    }

    VirtualFlow<?> flow() {
        GridView<Award> g = grid();
        if (g != null && (flow == null || flow.getScene() != scene())) {
            flow = (VirtualFlow<?>) g.lookup(".virtual-flow");
        }
        return g == null ? null : flow;
    }

    /** The tiles (at least partly) inside the grid's viewport, showing an item. */
    List<GridCell<Award>> visibleTiles() {
        VirtualFlow<?> flow = flow();
        if (flow == null) {
            return List.of();
        }
        return VisibleTiles.in(flow, flow, ".badge-tile");
    }

    /**
     * True when the grid holds {@code expectedSize} awards, every visible tile shows the award at
     * its index, and every visible tile with an icon URL shows a loaded image.
     */
    boolean firstScreenShown(int expectedSize) {
        GridView<Award> grid = grid();
        if (grid == null || grid.getItems().size() != expectedSize) {
            return false;
        }
        List<GridCell<Award>> tiles = visibleTiles();
        if (tiles.isEmpty()) {
            return false;
        }
        for (GridCell<Award> cell : tiles) {
            Award award = cell.getItem();
            if (cell.getIndex() >= expectedSize || award != grid.getItems().get(cell.getIndex())) {
                return false;
            }
            if (award.iconUrl() == null) {
                continue;
            }
            if (cell.getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("broken"))) {
                throw new IllegalStateException("A tile shows a broken icon: " + award.iconUrl());
            }
            ImageView view = (ImageView) cell.lookup(".image-view");
            if (view == null || view.getImage() == null || view.getImage().getProgress() < 1.0 || view.getImage().isError()) {
                return false;
            }
        }
        return true;
    }

    /** Waits on the FX thread's pulses for the condition; returns System.nanoTime() of the first pulse where it held. */
    long firstPulseWhere(BooleanSupplier condition, long timeoutMillis, String what) {
        long[] when = {0};
        Runnable check = () -> {
            if (when[0] == 0 && condition.getAsBoolean()) {
                when[0] = System.nanoTime();
            }
        };
        HeadlessFx.run(() -> scene().addPostLayoutPulseListener(check));
        try {
            // The pulse listener sees the change in the pulse that paints it; polling is the backstop.
            if (!HeadlessFx.await(() -> {
                check.run();
                return when[0] != 0;
            }, timeoutMillis)) {
                throw new IllegalStateException("Timed out after " + timeoutMillis + " ms waiting for " + what + ": "
                        + HeadlessFx.call(this::describe));
            }
            return when[0];
        } finally {
            HeadlessFx.run(() -> scene().removePostLayoutPulseListener(check));
        }
    }

    /** No download queued or running: whatever the window asked for is on disk by now. */
    boolean iconsIdle() {
        var stats = services.iconPipeline().stats();
        return stats.queuedDownloads() == 0 && stats.activeDownloads() == 0;
    }

    String iconStats() {
        return services.iconPipeline().stats().toString();
    }

    /** The icon pipeline's counters now (the memory cache's icons and decoded bytes among them). */
    io.github.badgeshelf.images.IconStats iconStatsNow() {
        return services.iconPipeline().stats();
    }

    /** The icon memory cache's size now, in words. */
    String iconMemory() {
        var stats = services.iconPipeline().stats();
        return stats.memoryEntries() + " icons, " + (stats.memoryBytes() >> 20) + " MB decoded";
    }

    int tileCount() {
        return visibleTiles().size();
    }

    Path iconsDir() {
        return services.home().iconsDir();
    }

    @Override
    public void close() {
        HeadlessFx.run(() -> {
            stage.hide();
            services.close();
        });
    }

    /** The desktop does nothing here: no browser, no file dialogs. */
    private static final class NoDesktop implements WindowActions {
        @Override
        public void openInBrowser(String url) {
        }

        @Override
        public void openFolder(Path folder) {
        }

        @Override
        public Optional<Path> chooseExportFile(Window owner, String proposedName) {
            return Optional.empty();
        }

        @Override
        public void toggleTheme() {
        }

        @Override
        public void signOut() {
        }
    }
}
