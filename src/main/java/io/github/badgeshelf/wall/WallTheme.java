package io.github.badgeshelf.wall;

import java.awt.Color;

/**
 * The window's colours (badgeshelf.css, dark and light), so a saved wall looks like the shelf on
 * screen. Kept in step with the stylesheet's looked-up colours by name.
 */
public enum WallTheme {
    DARK(rgb(0x14161b), rgb(0x1b1e25), rgb(0x232731), rgb(0x2d323d), rgb(0xe6e8ee), rgb(0x8b93a3),
            rgb(0xf5c542), rgb(0x3ecf8e), rgb(0x9aa4b2)),
    LIGHT(rgb(0xf4f5f8), rgb(0xffffff), rgb(0xeef0f4), rgb(0xd8dce3), rgb(0x1d2129), rgb(0x5f6877),
            rgb(0xc9960c), rgb(0x17a567), rgb(0x8a94a3));

    /** -bs-bg, -bs-surface, -bs-surface-2, -bs-border, -bs-text, -bs-muted, -bs-gold, -bs-green, -bs-silver. */
    final Color background;
    final Color surface;
    final Color surface2;
    final Color border;
    final Color text;
    final Color muted;
    final Color gold;
    final Color green;
    final Color silver;

    WallTheme(Color background, Color surface, Color surface2, Color border, Color text, Color muted,
              Color gold, Color green, Color silver) {
        this.background = background;
        this.surface = surface;
        this.surface2 = surface2;
        this.border = border;
        this.text = text;
        this.muted = muted;
        this.gold = gold;
        this.green = green;
        this.silver = silver;
    }

    /** The gold of a mastered tile's frame, for tests that look for it. */
    public Color gold() {
        return gold;
    }

    public Color background() {
        return background;
    }

    /** The placeholder's fill: the stylesheet's derive(-bs-surface-2, 8%), a touch lighter. */
    Color placeholder() {
        return lighter(surface2, 0.08);
    }

    static Color lighter(Color c, double amount) {
        return new Color(toward(c.getRed(), amount), toward(c.getGreen(), amount), toward(c.getBlue(), amount));
    }

    private static int toward(int channel, double amount) {
        return (int) Math.round(channel + (255 - channel) * amount);
    }

    static Color withAlpha(Color c, double alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), (int) Math.round(alpha * 255));
    }

    private static Color rgb(int rgb) {
        return new Color(rgb);
    }
}
