package io.github.badgeshelf.ui.shelf;

import io.github.badgeshelf.model.AwardKind;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

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

    static Ikon symbol(AwardKind kind) {
        return switch (kind) {
            case UNLOCKS_YIELD -> Material2AL.CODE;
            case POINTS_YIELD -> Material2MZ.STAR;
            case PATREON -> Material2AL.FAVORITE;
            case LEGEND -> Material2MZ.MILITARY_TECH;
            case PLAYTEST -> Material2MZ.SCIENCE;
            case MEDIA_CONTRIBUTION -> Material2MZ.PHOTO_CAMERA;
            case EVENT, SITE_EVENT -> Material2AL.EVENT;
            default -> Material2AL.EMOJI_EVENTS;
        };
    }
}
