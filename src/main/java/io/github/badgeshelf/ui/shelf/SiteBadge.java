package io.github.badgeshelf.ui.shelf;

import io.github.badgeshelf.model.AwardKind;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.Locale;

/**
 * The badges BadgeShelf draws for site awards, which have no icon on the server: a coloured
 * disc (colour from the stylesheet, per type) with a symbol. Vector, so sharp at any scale.
 */
final class SiteBadge {
    private SiteBadge() {
    }

    static Node create(AwardKind kind, double size) {
        FontIcon icon = new FontIcon(symbol(kind));
        // The theme's stylesheet sizes every icon, so the size comes from ours too (tile or details pane).
        icon.getStyleClass().addAll("site-badge-symbol", size > 100 ? "site-badge-symbol-large" : "site-badge-symbol-tile");
        StackPane disc = new StackPane(icon);
        disc.getStyleClass().addAll("site-badge", "site-badge-" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        disc.setMinSize(size, size);
        disc.setPrefSize(size, size);
        disc.setMaxSize(size, size);
        return disc;
    }

    /** The same symbols the saved wall draws (one mapping for window and image). */
    static Ikon symbol(AwardKind kind) {
        return io.github.badgeshelf.wall.BadgeSymbols.of(kind);
    }
}
