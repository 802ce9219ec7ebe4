package io.github.badgeshelf.ui.shelf;

import io.github.badgeshelf.model.Award;
import io.github.badgeshelf.model.AwardKind;
import io.github.badgeshelf.testsupport.AppDriver;
import io.github.badgeshelf.testsupport.AwardsFixtures;
import io.github.badgeshelf.testsupport.FakeRaServer;
import io.github.badgeshelf.testsupport.RealAppTest;
import io.github.badgeshelf.testsupport.VisibleTiles;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.effect.ColorAdjust;
import javafx.scene.effect.Effect;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Border;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.controlsfx.control.GridCell;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static io.github.badgeshelf.testsupport.AppDriver.onFx;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 24: while flinging, the render thread redrew every tile on every frame, and with software
 * rendering (headless, or a machine without a usable GPU) most of that was rasterising the tiles'
 * rounded borders and single fills and the beaten mark's dropshadow. Counted on the real window
 * with the real stylesheet, not timed: no node of a tile carries a shadow or blur (only the softcore
 * desaturation, drawn once), no region of a tile strokes a border or draws a lone rounded fill,
 * each tile's frame is drawn from a cached image, and a tile holds no layer it has not needed yet. And the look stays: the mastered glow outside the
 * frame, the selected tile's edge, the beaten mark on its backing.
 */
class TileDrawingUiTest extends RealAppTest {
    private static final PseudoClass MASTERED = PseudoClass.getPseudoClass("mastered");

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        server = FakeRaServer.start();
        // 40 % mastered, 35 % beaten, events and site awards: every kind of tile on the first screen.
        server.addUser(FakeRaServer.USERNAME, AwardsFixtures.generate(80, 24));
        stage.setWidth(1360);
        stage.setHeight(860);
        app = AppDriver.start(stage, home, AppDriver.environment(server.environment(), home));
    }

    @Test
    void noTileCarriesAShadowABorderOrALoneRoundedFillAndEachFrameIsDrawnFromACache() {
        app.signInAndWaitForOwnShelf();
        app.waitUntil(() -> kindsOnScreen().containsAll(List.of(AwardKind.MASTERED, AwardKind.BEATEN_HARDCORE, AwardKind.EVENT)));

        List<String> problems = onFx(() -> {
            List<String> found = new ArrayList<>();
            for (GridCell<Award> tile : tilesOnScreen()) {
                String name = tile.getItem().kind() + " '" + tile.getItem().displayTitle() + "'";
                Region frame = (Region) tile.lookup(".badge-frame");
                if (!frame.isCache()) {
                    found.add(name + ": its frame is not drawn from a cached image");
                }
                // The frame fills its tile, as GridCell's own skin laid it out before tiles had a
                // skin of their own (TileSkin): the glow and the edge are drawn at the tile's edges.
                if (frame.getLayoutX() != 0 || frame.getLayoutY() != 0 || frame.getWidth() != tile.getWidth()
                        || frame.getHeight() != tile.getHeight()) {
                    found.add(String.format("%s: its frame lies at %.1f,%.1f, %.1f x %.1f in a %.1f x %.1f tile", name,
                            frame.getLayoutX(), frame.getLayoutY(), frame.getWidth(), frame.getHeight(), tile.getWidth(), tile.getHeight()));
                }
                // Every node of a tile has its CSS redone as its row scrolls into view, hidden or not:
                // nothing is new on a first look, so no tile holds a ribbon.
                if (tile.lookup(".new-award-ribbon") != null) {
                    found.add(name + ": holds a new-award ribbon though nothing is new");
                }
                for (Node node : shownNodes(tile)) {
                    Effect effect = node.getEffect();
                    // The softcore desaturation is drawn once into the frame's cached image.
                    if (effect != null && !(effect instanceof ColorAdjust)) {
                        found.add(name + ": " + describe(node) + " carries " + effect.getClass().getSimpleName());
                    }
                    if (node instanceof Region region) {
                        found.addAll(layerProblems(name, region));
                    }
                }
            }
            return found;
        });

        assertThat(problems).as("what the render thread would redraw the hard way on every frame").isEmpty();
    }

    @Test
    void theMasteredGlowTheSelectionAndTheBeatenMarkStayVisible() {
        app.signInAndWaitForOwnShelf();
        app.waitUntil(() -> kindsOnScreen().containsAll(List.of(AwardKind.MASTERED, AwardKind.BEATEN_HARDCORE)));
        Award toSelect = onFx(() -> first(t -> t.getItem().kind() == AwardKind.BEATEN_HARDCORE).getItem());
        onFx(() -> {
            app.shell().mainView().shelfView().selectionProperty().set(toSelect);
            return null;
        });
        app.waitUntil(() -> tilesOnScreen().stream().anyMatch(t -> t.getItem() == toSelect
                && t.getPseudoClassStates().contains(PseudoClass.getPseudoClass("selected"))));

        Map<String, Color> seen = onFx(() -> {
            WritableImage shot = app.stage.getScene().snapshot(null);
            GridCell<Award> mastered = first(t -> t.getItem().kind() == AwardKind.MASTERED);
            GridCell<Award> plain = first(t -> t.getItem().kind() == AwardKind.BEATEN_HARDCORE && t.getItem() != toSelect);
            GridCell<Award> selected = first(t -> t.getItem() == toSelect);
            Map<String, Color> colours = new LinkedHashMap<>();
            colours.put("mastered glow", besideFrame(shot, mastered, -2));
            colours.put("plain outside", besideFrame(shot, plain, -2));
            colours.put("mastered edge", besideFrame(shot, mastered, 1));
            colours.put("selected edge", besideFrame(shot, selected, 1));
            return colours;
        });

        Color gold = Color.web("#f5c542");
        Color select = Color.web("#4a9eff");
        assertThat(distance(seen.get("mastered edge"), gold)).as("the mastered edge %s is gold", seen.get("mastered edge"))
                .isLessThan(0.1);
        assertThat(distance(seen.get("selected edge"), select)).as("the selected edge %s is the selection's blue",
                seen.get("selected edge")).isLessThan(0.1);
        Color glow = seen.get("mastered glow");
        Color outside = seen.get("plain outside");
        assertThat(distance(glow, outside)).as("the glow %s differs from the grid %s beside a plain tile", glow, outside)
                .isGreaterThan(0.1);
        assertThat(glow.getRed() - glow.getBlue()).as("the glow %s is warm (gold over the grid)", glow).isGreaterThan(0.1);

        BeatenMark beaten = onFx(() -> {
            GridCell<Award> tile = first(t -> t.getItem().kind() == AwardKind.BEATEN_HARDCORE);
            Node mark = tile.lookup(".badge-beaten-mark");
            Node backing = tile.lookup(".badge-beaten-backing");
            List<Node> layers = ((Parent) tile.lookup(".badge-frame")).getChildrenUnmodifiable();
            return new BeatenMark(mark.isVisible(), backing.isVisible(), mark.localToScene(mark.getBoundsInLocal()),
                    backing.localToScene(backing.getBoundsInLocal()), layers.indexOf(mark), layers.indexOf(backing));
        });
        assertThat(beaten.markShown()).as("the beaten mark").isTrue();
        assertThat(beaten.backingShown()).as("the beaten mark's backing").isTrue();
        assertThat(beaten.backing().contains(beaten.mark().getCenterX(), beaten.mark().getCenterY()))
                .as("the backing %s lies under the mark %s", beaten.backing(), beaten.mark()).isTrue();
        assertThat(beaten.backing().getWidth()).as("the backing is wider than the mark").isGreaterThan(beaten.mark().getWidth());
        assertThat(beaten.backingLayer()).as("the backing is drawn before the mark").isLessThan(beaten.markLayer());
    }

    private record BeatenMark(boolean markShown, boolean backingShown, Bounds mark, Bounds backing, int markLayer, int backingLayer) {
    }

    /** The scene's colour {@code dx} pixels right of the tile frame's left edge (negative: outside), halfway down. */
    private static Color besideFrame(WritableImage shot, GridCell<Award> tile, int dx) {
        Node frame = tile.lookup(".badge-frame");
        Bounds b = frame.localToScene(frame.getLayoutBounds());
        int x = (int) Math.floor(b.getMinX()) + dx;
        int y = (int) Math.floor(b.getCenterY());
        return shot.getPixelReader().getColor(x, y);
    }

    private static double distance(Color a, Color b) {
        return Math.max(Math.abs(a.getRed() - b.getRed()), Math.max(Math.abs(a.getGreen() - b.getGreen()),
                Math.abs(a.getBlue() - b.getBlue())));
    }

    // ---- what is on screen --------------------------------------------------------------------

    private List<AwardKind> kindsOnScreen() {
        return onFx(() -> tilesOnScreen().stream().map(t -> t.getItem().kind()).distinct().toList());
    }

    /** The tiles at least partly inside the grid's viewport. */
    private List<GridCell<Award>> tilesOnScreen() {
        VirtualFlow<?> flow = (VirtualFlow<?>) app.grid().lookup(".virtual-flow");
        return flow == null ? List.of() : VisibleTiles.in(flow, viewport(flow), ".badge-tile");
    }

    private static Node viewport(VirtualFlow<?> flow) {
        return flow.lookup(".clipped-container");
    }

    /** The first tile wholly inside the viewport that matches, to look at its pixels. */
    private GridCell<Award> first(Predicate<GridCell<Award>> which) {
        VirtualFlow<?> flow = (VirtualFlow<?>) app.grid().lookup(".virtual-flow");
        Node viewport = viewport(flow);
        Bounds shown = viewport.localToScene(viewport.getLayoutBounds());
        return tilesOnScreen().stream()
                .filter(t -> contains(shown, t.localToScene(t.getLayoutBounds())))
                .filter(which).findFirst().orElseThrow();
    }

    private static boolean contains(Bounds outer, Bounds inner) {
        return outer.getMinX() <= inner.getMinX() - 4 && outer.getMinY() <= inner.getMinY() - 4
                && outer.getMaxX() >= inner.getMaxX() + 4 && outer.getMaxY() >= inner.getMaxY() + 4;
    }

    private static List<Node> shownNodes(Node root) {
        List<Node> nodes = new ArrayList<>();
        collect(root, nodes);
        return nodes;
    }

    private static void collect(Node node, List<Node> into) {
        if (!node.isVisible()) {
            return;
        }
        into.add(node);
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, into);
            }
        }
    }

    /**
     * A border is stroked afresh on every frame, and so is a background of one rounded fill; two or
     * more solid fills are drawn once into JavaFX's cache of region backgrounds.
     */
    private static List<String> layerProblems(String tile, Region region) {
        List<String> found = new ArrayList<>();
        Border border = region.getBorder();
        if (border != null && !border.isEmpty()) {
            found.add(tile + ": " + describe(region) + " strokes " + border.getStrokes().size() + " border(s)");
        }
        Background background = region.getBackground();
        if (background != null && background.getFills().size() == 1 && rounded(background.getFills().get(0))) {
            found.add(tile + ": " + describe(region) + " has a lone rounded fill");
        }
        return found;
    }

    private static boolean rounded(BackgroundFill fill) {
        return !CornerRadii.EMPTY.equals(fill.getRadii());
    }

    private static String describe(Node node) {
        return node.getClass().getSimpleName() + node.getStyleClass();
    }
}
