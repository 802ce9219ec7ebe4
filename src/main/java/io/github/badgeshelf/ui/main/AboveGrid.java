package io.github.badgeshelf.ui.main;

import io.github.badgeshelf.ui.shelf.ShelfView;
import javafx.beans.binding.Bindings;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;

/**
 * A pane between the shelf's filters and its grid (the insights). It scrolls in at most about half
 * the shelf's height, so that however tall it is, the grid keeps rows on screen and the top bar
 * and status line stay in the window.
 */
final class AboveGrid {
    static final double ABOVE_GRID_SHARE = 0.45;

    private AboveGrid() {
    }

    static void add(ShelfView shelfView, Region pane) {
        ScrollPane scroll = new ScrollPane(pane);
        scroll.getStyleClass().add("above-grid");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        // Its share is asked as a preferred height, never as a minimum: a minimum that followed the
        // shelf's height would make the shelf taller, and so on, pushing the window's edges out.
        scroll.setMinHeight(0);
        scroll.prefHeightProperty().bind(Bindings.createDoubleBinding(
                () -> Math.min(shelfView.getHeight() * ABOVE_GRID_SHARE, pane.prefHeight(-1) + 2),
                shelfView.heightProperty(), pane.heightProperty()));
        scroll.visibleProperty().bind(pane.visibleProperty());
        scroll.managedProperty().bind(pane.managedProperty());
        shelfView.getChildren().add(shelfView.getChildren().indexOf(shelfView.grid()), scroll);
    }
}
