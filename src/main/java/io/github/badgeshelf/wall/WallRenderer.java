package io.github.badgeshelf.wall;

import io.github.badgeshelf.model.Award;
import io.github.badgeshelf.model.AwardCategory;
import io.github.badgeshelf.model.AwardKind;
import org.kordamp.ikonli.Ikon;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Draws a wall with Java2D: the user's avatar, name and counters on top, then the tiles, framed as
 * the window frames them (gold = mastered, grey = completed, green = event, a check mark =
 * beaten, desaturated = softcore, drawn discs for site awards, a broken-image mark where an icon
 * could not be had). One renderer serves the window's "Save image" and the command line's
 * {@code image}, so both draw the same wall. No JavaFX, no display needed.
 */
public final class WallRenderer {
    private static final int FRAME_ARC = 20;
    private static final int ICON_INSET = 8;
    private static final int ICON_SIZE = WallLayout.TILE - 2 * ICON_INSET;
    private static final int ICON_ARC = 14;
    private static final int MARK_SIZE = 20;

    private final WallTheme theme;
    private final WallCaptions captions;

    public WallRenderer(WallTheme theme, WallCaptions captions) {
        this.theme = theme;
        this.captions = captions;
    }

    /** Where things would go, and whether the wall fits, without drawing. */
    public WallLayout layout(WallContent content, int columns) throws WallTooLargeException {
        return WallLayout.of(content.awards().size(), columns, content.counts(), captions);
    }

    public RenderedWall render(WallContent content, WallIcons icons, int columns) throws WallTooLargeException {
        WallLayout layout = layout(content, columns);
        BufferedImage image = new BufferedImage(layout.width(), layout.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        int placeholders = 0;
        try {
            smooth(g);
            g.setColor(theme.background);
            g.fillRect(0, 0, layout.width(), layout.height());
            drawHeader(g, content, icons, layout);
            Sprites sprites = new Sprites();
            Map<BufferedImage, BufferedImage> shownIcons = new IdentityHashMap<>();
            List<Award> awards = content.awards();
            for (int i = 0; i < awards.size(); i++) {
                if (!drawTile(g, awards.get(i), icons, layout.tile(i), sprites, shownIcons)) {
                    placeholders++;
                }
            }
        } finally {
            g.dispose();
        }
        return new RenderedWall(image, placeholders);
    }

    private static void smooth(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    }

    // ---- header ----

    private void drawHeader(Graphics2D g, WallContent content, WallIcons icons, WallLayout layout) {
        int x = WallLayout.MARGIN;
        int y = WallLayout.MARGIN;
        int size = WallLayout.AVATAR;
        BufferedImage avatar = icons.get(content.avatarUrl());
        if (avatar != null) {
            g.drawImage(masked(avatar, size, new Ellipse2D.Double(0, 0, size, size)), x, y, null);
        } else {
            g.setPaint(new GradientPaint(x, y, new Color(0x5a6cff), x + size, y + size, new Color(0xa24bff)));
            g.fill(new Ellipse2D.Double(x, y, size, size));
            String initial = content.userName().isEmpty() ? "?" : content.userName().substring(0, 1).toUpperCase(Locale.ROOT);
            g.setColor(Color.WHITE);
            drawCentered(g, initial, new Font(Font.SANS_SERIF, Font.BOLD, 22), new Rectangle(x, y, size, size));
        }
        int textX = x + size + 14;
        int textWidth = layout.width() - WallLayout.MARGIN - textX;
        g.setColor(theme.text);
        g.setFont(WallLayout.NAME_FONT);
        FontMetrics nameMetrics = g.getFontMetrics();
        boolean subtitle = !content.subtitle().isEmpty();
        int nameBaseline = subtitle ? y + 6 + nameMetrics.getAscent() : y + (size + nameMetrics.getAscent() - nameMetrics.getDescent()) / 2;
        g.drawString(fit(content.userName(), nameMetrics, textWidth), textX, nameBaseline);
        if (subtitle) {
            g.setColor(theme.muted);
            g.setFont(WallLayout.SUBTITLE_FONT);
            FontMetrics m = g.getFontMetrics();
            g.drawString(fit(content.subtitle(), m, textWidth), textX, nameBaseline + 6 + m.getAscent());
        }
        List<WallCaptions.Card> cards = captions.cards();
        List<Rectangle> places = layout.cards();
        for (int i = 0; i < places.size(); i++) {
            drawCard(g, cards.get(i), content, places.get(i));
        }
    }

    private void drawCard(Graphics2D g, WallCaptions.Card card, WallContent content, Rectangle r) {
        RoundRectangle2D shape = new RoundRectangle2D.Double(r.x + 0.5, r.y + 0.5, r.width - 1, r.height - 1, 20, 20);
        g.setColor(theme.surface);
        g.fill(shape);
        g.setColor(theme.border);
        g.setStroke(new BasicStroke(1));
        g.draw(shape);
        g.setFont(WallLayout.COUNTER_FONT);
        g.setColor(switch (card.accent()) {
            case GOLD -> theme.gold;
            case GREEN -> theme.green;
            case NONE -> theme.text;
        });
        FontMetrics numbers = g.getFontMetrics();
        int left = r.x + WallLayout.CARD_PADDING_X;
        int numberBaseline = r.y + 8 + numbers.getAscent() - 2;
        g.drawString(Integer.toString(card.value().applyAsInt(content.counts())), left, numberBaseline);
        g.setFont(WallLayout.CAPTION_FONT);
        g.setColor(theme.muted);
        g.drawString(card.caption(), left, r.y + r.height - 10);
    }

    // ---- tiles ----
    // Each tile is a few drawImage calls of sprites drawn once per wall (frames with their glow,
    // marks, site badges, the placeholder) plus its icon cut to the rounded square: smooth shapes
    // are costly in Java2D, and a wall of 1,613 tiles would draw the same ones thousands of times.

    /** @return false when the tile's icon could not be had and a placeholder was drawn */
    private boolean drawTile(Graphics2D g, Award award, WallIcons icons, Rectangle r, Sprites sprites,
                             Map<BufferedImage, BufferedImage> shownIcons) {
        AwardCategory category = AwardCategory.of(award);
        AwardKind kind = award.kind();
        // As the window's tiles: both event flavours get the green frame, whatever they are counted as.
        Color border = kind == AwardKind.EVENT || kind == AwardKind.SITE_EVENT ? theme.green : switch (category) {
            case MASTERED -> theme.gold;
            case COMPLETED -> theme.silver;
            default -> theme.border;
        };
        g.drawImage(sprites.frame(border, category == AwardCategory.MASTERED), r.x - Sprites.PAD, r.y - Sprites.PAD, null);
        boolean drawn = true;
        int iconX = r.x + ICON_INSET;
        int iconY = r.y + ICON_INSET;
        if (award.iconUrl() == null) {
            g.drawImage(sprites.siteBadge(kind), iconX, iconY, null);
        } else {
            BufferedImage icon = icons.get(award.iconUrl());
            if (icon == null) {
                drawn = false;
                g.drawImage(sprites.placeholder(), iconX, iconY, null);
            } else {
                boolean softcore = category == AwardCategory.COMPLETED || category == AwardCategory.BEATEN_SOFTCORE;
                BufferedImage shown = shownIcons.computeIfAbsent(softcore ? sprites.desaturatedKey(icon) : icon,
                        key -> sprites.rounded(softcore ? IconPixels.desaturated(icon) : icon));
                g.drawImage(shown, iconX, iconY, null);
            }
        }
        if (category == AwardCategory.BEATEN || category == AwardCategory.BEATEN_SOFTCORE) {
            // As in the window: bottom-right, pushed 8 px out over the frame's corner.
            g.drawImage(sprites.beatenMark(category == AwardCategory.BEATEN ? theme.green : theme.silver),
                    r.x + r.width - 6 - MARK_SIZE + 8 - 1, r.y + r.height - 6 - MARK_SIZE + 8 - 1, null);
        }
        return drawn;
    }

    /** The pictures every tile is made of, drawn once per wall. */
    private final class Sprites {
        /** Room around a frame for the mastered glow. */
        static final int PAD = 8;
        private final Map<String, BufferedImage> frames = new HashMap<>();
        private final Map<Color, BufferedImage> marks = new HashMap<>();
        private final Map<AwardKind, BufferedImage> siteBadges = new EnumMap<>(AwardKind.class);
        private final Map<BufferedImage, BufferedImage> desaturatedKeys = new IdentityHashMap<>();
        private BufferedImage placeholder;
        private int[] iconMask;

        BufferedImage frame(Color border, boolean glow) {
            return frames.computeIfAbsent(border.getRGB() + "/" + glow, key -> {
                int size = WallLayout.TILE + 2 * PAD;
                return sprite(size, size, g -> {
                    Rectangle r = new Rectangle(PAD, PAD, WallLayout.TILE, WallLayout.TILE);
                    if (glow) {
                        glow(g, r, border);
                    }
                    RoundRectangle2D frame = new RoundRectangle2D.Double(r.x + 1, r.y + 1, r.width - 2, r.height - 2, FRAME_ARC, FRAME_ARC);
                    g.setColor(theme.surface2);
                    g.fill(frame);
                    g.setColor(border);
                    g.setStroke(new BasicStroke(2));
                    g.draw(frame);
                });
            });
        }

        BufferedImage beatenMark(Color color) {
            return marks.computeIfAbsent(color, c -> sprite(MARK_SIZE + 2, MARK_SIZE + 2, g -> {
                g.setColor(new Color(0, 0, 0, 110));
                g.fill(new Ellipse2D.Double(0.5, 0.5, MARK_SIZE + 1, MARK_SIZE + 1));
                g.setColor(c);
                Rectangle box = new Rectangle(1, 1, MARK_SIZE, MARK_SIZE);
                if (BadgeSymbols.font(MARK_SIZE) == null) {
                    g.fill(new Ellipse2D.Double(3, 3, MARK_SIZE - 4, MARK_SIZE - 4));
                } else {
                    drawSymbol(g, BadgeSymbols.BEATEN, MARK_SIZE, box);
                }
            }));
        }

        BufferedImage siteBadge(AwardKind kind) {
            return siteBadges.computeIfAbsent(kind, k -> sprite(ICON_SIZE, ICON_SIZE,
                    g -> drawSiteBadge(g, k, new Rectangle(0, 0, ICON_SIZE, ICON_SIZE))));
        }

        BufferedImage placeholder() {
            if (placeholder == null) {
                placeholder = sprite(ICON_SIZE, ICON_SIZE, g -> {
                    g.setColor(theme.placeholder());
                    g.fill(new RoundRectangle2D.Double(0, 0, ICON_SIZE, ICON_SIZE, ICON_ARC, ICON_ARC));
                    g.setColor(theme.muted);
                    drawSymbol(g, BadgeSymbols.BROKEN, 28, new Rectangle(0, 0, ICON_SIZE, ICON_SIZE));
                });
            }
            return placeholder;
        }

        /** A distinct key for an icon's softcore look, so the same icon can be shown both ways. */
        BufferedImage desaturatedKey(BufferedImage icon) {
            return desaturatedKeys.computeIfAbsent(icon, i -> new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB));
        }

        /** The icon scaled to the tile's icon square with its corners rounded (alpha times a smooth mask). */
        BufferedImage rounded(BufferedImage icon) {
            if (iconMask == null) {
                BufferedImage mask = sprite(ICON_SIZE, ICON_SIZE, g -> {
                    g.setColor(Color.WHITE);
                    g.fill(new RoundRectangle2D.Double(0, 0, ICON_SIZE, ICON_SIZE, ICON_ARC, ICON_ARC));
                });
                iconMask = mask.getRGB(0, 0, ICON_SIZE, ICON_SIZE, null, 0, ICON_SIZE);
            }
            BufferedImage square = icon;
            if (icon.getWidth() != ICON_SIZE || icon.getHeight() != ICON_SIZE || icon.getType() != BufferedImage.TYPE_INT_ARGB) {
                square = sprite(ICON_SIZE, ICON_SIZE, g -> g.drawImage(icon, 0, 0, ICON_SIZE, ICON_SIZE, null));
            }
            int[] pixels = IconPixels.argb(square);
            for (int i = 0; i < pixels.length; i++) {
                int alpha = (pixels[i] >>> 24) * (iconMask[i] >>> 24) / 255;
                pixels[i] = (alpha << 24) | (pixels[i] & 0xffffff);
            }
            return IconPixels.image(ICON_SIZE, ICON_SIZE, pixels);
        }

        private BufferedImage sprite(int width, int height, Consumer<Graphics2D> draw) {
            BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = image.createGraphics();
            try {
                smooth(g);
                draw.accept(g);
            } finally {
                g.dispose();
            }
            return image;
        }
    }

    /** The window's gold drop shadow around a mastered frame, as a few fading outlines. */
    private static void glow(Graphics2D g, Rectangle r, Color gold) {
        for (int i = 6; i >= 1; i--) {
            g.setColor(WallTheme.withAlpha(gold, 0.05 + 0.03 * (6 - i)));
            g.setStroke(new BasicStroke(2));
            g.draw(new RoundRectangle2D.Double(r.x + 1 - i, r.y + 1 - i, r.width - 2 + 2 * i, r.height - 2 + 2 * i,
                    FRAME_ARC + 2 * i, FRAME_ARC + 2 * i));
        }
    }

    private static void drawSiteBadge(Graphics2D g, AwardKind kind, Rectangle box) {
        SiteColours colours = SiteColours.of(kind);
        Ellipse2D disc = new Ellipse2D.Double(box.x + 1, box.y + 1, box.width - 2, box.height - 2);
        g.setPaint(new GradientPaint(box.x, box.y, colours.top, box.x, box.y + box.height, colours.bottom));
        g.fill(disc);
        g.setColor(colours.border);
        g.setStroke(new BasicStroke(2));
        g.draw(disc);
        g.setColor(Color.WHITE);
        drawSymbol(g, BadgeSymbols.of(kind), 34, box);
    }

    /** The stylesheet's site-badge colours: gradient top, bottom, and the rim. */
    private record SiteColours(Color top, Color bottom, Color border) {
        static SiteColours of(AwardKind kind) {
            return switch (kind) {
                case UNLOCKS_YIELD -> new SiteColours(new Color(0x3f7fd9), new Color(0x24457a), new Color(0x7fb0ff));
                case POINTS_YIELD -> new SiteColours(new Color(0xe0a21b), new Color(0x8a5a05), new Color(0xffd56b));
                case PATREON -> new SiteColours(new Color(0xff5a5f), new Color(0x9c1d2a), new Color(0xff9ea1));
                case LEGEND -> new SiteColours(new Color(0x9b5cff), new Color(0x4b1f9c), new Color(0xc9a8ff));
                case PLAYTEST -> new SiteColours(new Color(0x20b2aa), new Color(0x0e5b57), new Color(0x7fe3dc));
                case MEDIA_CONTRIBUTION -> new SiteColours(new Color(0xff8a3d), new Color(0x9c4310), new Color(0xffc08f));
                default -> new SiteColours(new Color(0x6b7280), new Color(0x374151), new Color(0xa3aab6));
            };
        }
    }

    // ---- helpers ----

    private static void drawSymbol(Graphics2D g, Ikon ikon, int size, Rectangle box) {
        Font font = BadgeSymbols.font(size);
        if (font != null) {
            drawCentered(g, BadgeSymbols.text(ikon), font, box);
        }
    }

    /** Draws text centred on its visual bounds (glyphs, not the font's line box). */
    private static void drawCentered(Graphics2D g, String text, Font font, Rectangle box) {
        var glyphs = font.createGlyphVector(g.getFontRenderContext(), text);
        Rectangle2D bounds = glyphs.getVisualBounds();
        float x = (float) (box.x + (box.width - bounds.getWidth()) / 2 - bounds.getX());
        float y = (float) (box.y + (box.height - bounds.getHeight()) / 2 - bounds.getY());
        g.drawGlyphVector(glyphs, x, y);
    }

    /** The image scaled into a square of {@code size}, cut to {@code shape} with smooth edges. */
    private static BufferedImage masked(BufferedImage source, int size, Shape shape) {
        BufferedImage out = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = out.createGraphics();
        try {
            smooth(g);
            g.setColor(Color.WHITE);
            g.fill(shape);
            g.setComposite(AlphaComposite.SrcIn);
            g.drawImage(source, 0, 0, size, size, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    private static String fit(String text, FontMetrics metrics, int width) {
        if (metrics.stringWidth(text) <= width) {
            return text;
        }
        String ellipsis = "\u2026";
        int end = text.length();
        while (end > 0 && metrics.stringWidth(text.substring(0, end) + ellipsis) > width) {
            end--;
        }
        return text.substring(0, end) + ellipsis;
    }
}
