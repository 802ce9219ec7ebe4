package io.github.badgeshelf.testsupport;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Border;
import javafx.scene.layout.BorderStroke;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Paint;
import javafx.scene.paint.RadialGradient;
import javafx.scene.paint.Stop;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a person sees of text and focus, read from the CSS-computed values of the live scene (FX
 * thread only): the contrast of every shown text against the background it is painted on (WCAG
 * 2.x relative luminance; the first non-transparent background up the parents, blended through
 * translucent ones), and whether a focused control is ringed.
 */
public final class Contrast {
    /** WCAG AA for body text; large text (18pt, or 14pt bold) needs 3:1. */
    public static final double BODY = 4.5;
    public static final double LARGE = 3.0;
    /** WCAG 2.2 non-text contrast, for the focus ring against what surrounds it. */
    public static final double NON_TEXT = 3.0;

    private Contrast() {
    }

    /** Every shown text under {@code root} that reads below its WCAG AA ratio, in words; {@code fallback} is the window's base. */
    public static List<String> problems(Parent root, Color fallback, String where) {
        List<String> out = new ArrayList<>();
        walk(root, fallback, where, out);
        return out;
    }

    /** How many shown texts {@link #problems} looked at (so a test knows the walk saw something). */
    public static int textsShown(Parent root) {
        int[] count = {0};
        countTexts(root, count);
        return count[0];
    }

    private static void countTexts(Node node, int[] count) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Text t && checked(t)) {
            count[0]++;
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> countTexts(c, count));
        }
    }

    private static void walk(Node node, Color fallback, String where, List<String> out) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        if (node instanceof Text t && checked(t)) {
            Color bg = background(t.getParent(), fallback);
            double alpha = opacity(t);
            for (Color fill : colours(t.getFill())) {
                Color fg = blend(fill, alpha, bg);
                double ratio = ratio(fg, bg);
                double needed = large(t.getFont()) ? LARGE : BODY;
                if (ratio < needed) {
                    out.add(String.format(Locale.ROOT, "%s: \"%s\" (%s) %s on %s = %.2f:1, needs %.1f:1",
                            where, shorten(t.getText()), describe(t), hex(fg), hex(bg), ratio, needed));
                }
            }
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                walk(child, fallback, where, out);
            }
        }
    }

    /** Text a person reads: not empty, not an icon glyph, not on a disabled control (WCAG exempts those), painted at all. */
    private static boolean checked(Text t) {
        if (t.getText() == null || t.getText().isBlank() || t.isDisabled()) {
            return false;
        }
        if (t.getClass().getName().contains("FontIcon") || t.getStyleClass().contains("ikonli-font-icon")) {
            return false;
        }
        return colours(t.getFill()).stream().anyMatch(c -> c.getOpacity() > 0) && shown(t);
    }

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible() || n.getOpacity() == 0) {
                return false;
            }
        }
        return true;
    }

    private static double opacity(Node node) {
        double alpha = 1;
        for (Node n = node; n != null; n = n.getParent()) {
            alpha *= n.getOpacity();
        }
        return alpha;
    }

    /** The colour behind {@code node}: its own fills or its parents', blended through translucent ones. */
    public static Color background(Node node, Color fallback) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof Region r) {
                Color top = topFill(r.getBackground());
                if (top != null) {
                    return top.getOpacity() >= 1 ? top : blend(top, 1, background(r.getParent(), fallback));
                }
            }
        }
        return fallback;
    }

    private static Color topFill(Background background) {
        if (background == null) {
            return null;
        }
        List<BackgroundFill> fills = background.getFills();
        for (int i = fills.size() - 1; i >= 0; i--) {
            List<Color> colours = colours(fills.get(i).getFill());
            if (!colours.isEmpty() && colours.stream().anyMatch(c -> c.getOpacity() > 0)) {
                return average(colours);
            }
        }
        return null;
    }

    private static List<Color> colours(Paint paint) {
        if (paint instanceof Color c) {
            return List.of(c);
        }
        List<Stop> stops = paint instanceof LinearGradient lg ? lg.getStops()
                : paint instanceof RadialGradient rg ? rg.getStops() : List.of();
        return stops.stream().map(Stop::getColor).toList();
    }

    private static Color average(List<Color> colours) {
        double r = 0, g = 0, b = 0, a = 0;
        for (Color c : colours) {
            r += c.getRed();
            g += c.getGreen();
            b += c.getBlue();
            a += c.getOpacity();
        }
        int n = colours.size();
        return new Color(r / n, g / n, b / n, a / n);
    }

    /** {@code fg} at its alpha times {@code opacity}, painted over the opaque {@code bg}. */
    static Color blend(Color fg, double opacity, Color bg) {
        double a = fg.getOpacity() * opacity;
        return new Color(fg.getRed() * a + bg.getRed() * (1 - a), fg.getGreen() * a + bg.getGreen() * (1 - a),
                fg.getBlue() * a + bg.getBlue() * (1 - a), 1);
    }

    public static double ratio(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double channel) {
        return channel <= 0.04045 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }

    /** 18pt (24px) and up, or 14pt (18.67px) and up in bold. */
    private static boolean large(Font font) {
        boolean bold = font.getStyle().toLowerCase(Locale.ROOT).contains("bold");
        return font.getSize() >= 24 || bold && font.getSize() >= 18.66;
    }

    /**
     * Why the focused node shows no focus ring of at least {@code minWidth} px (a border in one
     * opaque colour all round, at {@link #NON_TEXT} against what is behind the control), or null
     * when it shows one.
     */
    public static String ringProblem(Node focused, double minWidth, Color fallback) {
        if (!(focused instanceof Region region)) {
            return describe(focused) + " is no Region, so it can draw no ring";
        }
        Border border = region.getBorder();
        if (border == null || border.getStrokes().isEmpty()) {
            return describe(focused) + " shows no border when focused";
        }
        Color behind = background(region.getParent(), fallback);
        String best = null;
        for (BorderStroke stroke : border.getStrokes()) {
            var w = stroke.getWidths();
            double thinnest = Math.min(Math.min(w.getTop(), w.getBottom()), Math.min(w.getLeft(), w.getRight()));
            if (!(stroke.getTopStroke() instanceof Color colour) || colour.getOpacity() < 1) {
                best = describe(focused) + " has a border that is not one opaque colour";
                continue;
            }
            double ratio = ratio(colour, behind);
            if (thinnest >= minWidth && ratio >= NON_TEXT) {
                return null;
            }
            best = String.format(Locale.ROOT, "%s has a %.1f px %s ring on %s (%.2f:1)", describe(focused), thinnest,
                    hex(colour), hex(behind), ratio);
        }
        return best;
    }

    /** The colour of the first focus ring of {@code focused}, for comparing rings between controls. */
    public static Color ringColour(Node focused) {
        if (focused instanceof Region r && r.getBorder() != null && !r.getBorder().getStrokes().isEmpty()
                && r.getBorder().getStrokes().get(0).getTopStroke() instanceof Color c) {
            return c;
        }
        return null;
    }

    public static String describe(Node n) {
        StringBuilder s = new StringBuilder(n.getClass().getSimpleName());
        if (n.getId() != null) {
            s.append('#').append(n.getId());
        }
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p.getId() != null || p instanceof Labeled) {
                s.append(" in ").append(p.getClass().getSimpleName()).append(p.getId() == null ? "" : "#" + p.getId())
                        .append(p.getStyleClass().isEmpty() ? "" : "." + String.join(".", p.getStyleClass()));
                break;
            }
        }
        return s.toString();
    }

    public static String hex(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }

    private static String shorten(String text) {
        String one = text.replace('\n', ' ');
        return one.length() > 40 ? one.substring(0, 40) + "…" : one;
    }
}
