package io.github.badgeshelf.wall;

import io.github.badgeshelf.model.AwardKind;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2ALIkonHandler;
import org.kordamp.ikonli.material2.Material2MZ;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The symbols drawn on badges that the server has no icon for (site awards), the beaten check
 * mark and the broken-image mark: the same Material icons the window shows, from the same font
 * file, so a saved wall and the screen agree.
 */
public final class BadgeSymbols {
    private static final Logger LOG = Logger.getLogger(BadgeSymbols.class.getName());
    public static final Ikon BEATEN = Material2AL.CHECK_CIRCLE;
    public static final Ikon BROKEN = Material2AL.BROKEN_IMAGE;

    private static final Font FONT = loadFont();

    private BadgeSymbols() {
    }

    /** The symbol of a site award's (or an event's) drawn badge. */
    public static Ikon of(AwardKind kind) {
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

    /** The Material icons font at {@code size} px, or null if it cannot be loaded (the marks are then left out). */
    static Font font(float size) {
        return FONT == null ? null : FONT.deriveFont(size);
    }

    static String text(Ikon ikon) {
        return new String(Character.toChars(ikon.getCode()));
    }

    private static Font loadFont() {
        try (InputStream in = new Material2ALIkonHandler().getFontResourceAsStream()) {
            if (in == null) {
                throw new IOException("the Material icons font is missing from the class path");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | FontFormatException | RuntimeException e) {
            LOG.log(Level.WARNING, "Could not load the Material icons font; saved walls will lack drawn symbols", e);
            return null;
        }
    }
}
