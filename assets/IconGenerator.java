import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RadialGradientPaint;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.GeneralPath;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Draws BadgeShelf's app icon with Java2D and writes every file the app and its installers use:
 * PNGs per size, a PNG-embedded .ico (Windows) and a PNG-embedded .icns (macOS), and the window
 * icons under src/main/resources.
 *
 * <p>Run from the repository root: {@code java -Djava.awt.headless=true assets/IconGenerator.java}.
 * The output is deterministic, so a rerun without changes leaves git clean.
 *
 * <p>The motif: a gold trophy between two award medals on a shelf, on a dark rounded square with
 * a gold rim (gold is how the app marks a mastered badge). All shapes are drawn in a 512-unit
 * square and scaled; the small sizes drop the side medals, which would only blur at 16-32 px.
 */
public final class IconGenerator {

    static final int[] PNG_SIZES = {16, 24, 32, 48, 64, 128, 256, 512};
    static final int[] ICO_SIZES = {16, 24, 32, 48, 64, 128, 256};
    static final int[] WINDOW_SIZES = {16, 32, 64, 128, 256};
    static final int SIMPLE_BELOW = 48;

    static final Color GOLD_LIGHT = new Color(0xFFE58A);
    static final Color GOLD = new Color(0xE8B93C);
    static final Color GOLD_DARK = new Color(0xA87418);
    static final Color GOLD_EDGE = new Color(0x6E4A0E);
    static final Color BG_TOP = new Color(0x2E3550);
    static final Color BG_BOTTOM = new Color(0x12151F);

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : ".");
        Path iconDir = root.resolve("assets/icons");
        Path windowDir = root.resolve("src/main/resources/io/github/badgeshelf/icons");
        Files.createDirectories(iconDir);
        Files.createDirectories(windowDir);

        Map<Integer, byte[]> pngs = new LinkedHashMap<>();
        for (int size : PNG_SIZES) {
            pngs.put(size, png(render(size)));
            Files.write(iconDir.resolve("badgeshelf-" + size + ".png"), pngs.get(size));
        }
        for (int size : WINDOW_SIZES) {
            Files.write(windowDir.resolve("badgeshelf-" + size + ".png"), pngs.get(size));
        }
        Files.write(root.resolve("assets/badgeshelf.png"), pngs.get(256));
        Files.write(root.resolve("assets/badgeshelf.ico"), ico(pngs));
        Files.write(root.resolve("assets/badgeshelf.icns"), icns(pngs));
        System.out.println("Icons written under " + root.toAbsolutePath().normalize());
    }

    static BufferedImage render(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_COLOR_RENDERING, RenderingHints.VALUE_COLOR_RENDER_QUALITY);
        g.scale(size / 512.0, size / 512.0);
        boolean simple = size < SIMPLE_BELOW;
        drawBackground(g, simple);
        if (simple) {
            drawShelf(g, 64, 448, 372);
            drawTrophy(g, 1.25, 256, 372);
        } else {
            drawShelf(g, 84, 428, 380);
            drawMedal(g, 142, 380);
            drawHexBadge(g, 370, 380);
            drawTrophy(g, 1.0, 256, 380);
        }
        g.dispose();
        return image;
    }

    static void drawBackground(Graphics2D g, boolean simple) {
        // A rim wide enough to still read as gold at 16 px.
        double rim = simple ? 34 : 20;
        Shape outer = new RoundRectangle2D.Double(8, 8, 496, 496, 120, 120);
        g.setPaint(new GradientPaint(0, 8, GOLD_LIGHT, 0, 504, GOLD_DARK));
        g.fill(outer);
        Shape inner = new RoundRectangle2D.Double(8 + rim, 8 + rim, 496 - 2 * rim, 496 - 2 * rim,
                120 - rim, 120 - rim);
        g.setPaint(new GradientPaint(0, 8 + (float) rim, BG_TOP, 0, 504 - (float) rim, BG_BOTTOM));
        g.fill(inner);
        if (!simple) {
            // A soft warm glow behind the trophy lifts it off the dark ground.
            g.setPaint(new RadialGradientPaint(256, 230, 190,
                    new float[] {0f, 1f},
                    new Color[] {new Color(255, 214, 120, 70), new Color(255, 214, 120, 0)}));
            g.fill(inner);
            g.setColor(new Color(0, 0, 0, 90));
            g.setStroke(new BasicStroke(4));
            g.draw(inner);
        }
    }

    /** A wooden plank whose top face is at {@code top}, with brackets under it. */
    static void drawShelf(Graphics2D g, double left, double right, double top) {
        double thick = 30;
        Shape plank = new RoundRectangle2D.Double(left, top, right - left, thick, 10, 10);
        g.setPaint(new GradientPaint(0, (float) top, new Color(0xB47A45), 0, (float) (top + thick), new Color(0x6A3F1E)));
        g.fill(plank);
        g.setColor(new Color(0xE0AE78));
        g.fill(new Rectangle2D.Double(left + 4, top, right - left - 8, 5));
        g.setColor(new Color(0x3B220F));
        g.setStroke(new BasicStroke(4));
        g.draw(plank);
        for (double x : new double[] {left + 50, right - 50}) {
            Path2D bracket = new Path2D.Double();
            bracket.moveTo(x - 14, top + thick);
            bracket.lineTo(x + 14, top + thick);
            bracket.lineTo(x, top + thick + 34);
            bracket.closePath();
            g.setColor(new Color(0x5A3418));
            g.fill(bracket);
        }
    }

    /** A gold cup with handles, a stem and a stepped plinth standing on {@code floor}. */
    static void drawTrophy(Graphics2D g, double scale, double cx, double floor) {
        Graphics2D t = (Graphics2D) g.create();
        t.translate(cx, floor);
        t.scale(scale, scale);
        // Coordinates below: x relative to the centre, y relative to the floor (negative is up).
        GradientPaint metal = new GradientPaint(-90, 0, GOLD_LIGHT, 90, 0, GOLD_DARK);

        Area handles = new Area();
        for (int side : new int[] {-1, 1}) {
            Area ring = new Area(new Ellipse2D.Double(side > 0 ? 46 : -126, -244, 80, 96));
            ring.subtract(new Area(new Ellipse2D.Double(side > 0 ? 64 : -108, -226, 44, 60)));
            handles.add(ring);
        }

        Path2D bowl = new Path2D.Double();
        bowl.moveTo(-92, -262);
        bowl.lineTo(92, -262);
        bowl.curveTo(92, -180, 60, -128, 14, -118);
        bowl.lineTo(-14, -118);
        bowl.curveTo(-60, -128, -92, -180, -92, -262);
        bowl.closePath();

        Shape stem = new Rectangle2D.Double(-13, -122, 26, 44);
        Path2D foot = new Path2D.Double();
        foot.moveTo(-34, -80);
        foot.lineTo(34, -80);
        foot.lineTo(50, -50);
        foot.lineTo(-50, -50);
        foot.closePath();
        Shape plinth = new RoundRectangle2D.Double(-64, -52, 128, 52, 8, 8);

        Area cup = new Area(handles);
        cup.add(new Area(bowl));
        cup.add(new Area(stem));
        cup.add(new Area(foot));

        t.setPaint(metal);
        t.fill(cup);
        t.setColor(GOLD_EDGE);
        t.setStroke(new BasicStroke(6, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        t.draw(cup);

        // The plinth is dark wood with a gold plate, as on a real trophy.
        t.setPaint(new GradientPaint(0, -52, new Color(0x3A2A1E), 0, 0, new Color(0x1C140E)));
        t.fill(plinth);
        t.setColor(GOLD_EDGE);
        t.draw(plinth);
        t.setPaint(metal);
        t.fill(new RoundRectangle2D.Double(-34, -36, 68, 20, 6, 6));

        // The rim's opening and a highlight give the bowl depth.
        t.setColor(new Color(0x8A5C12));
        t.fill(new Ellipse2D.Double(-84, -270, 168, 22));
        t.setColor(new Color(255, 255, 255, 110));
        Path2D shine = new Path2D.Double();
        shine.moveTo(-70, -240);
        shine.curveTo(-70, -190, -52, -158, -30, -144);
        shine.curveTo(-46, -170, -54, -200, -54, -240);
        shine.closePath();
        t.fill(shine);

        t.setColor(new Color(0xFFF6D0));
        t.fill(star(0, -196, 38, 16));
        t.setColor(GOLD_EDGE);
        t.setStroke(new BasicStroke(3, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        t.draw(star(0, -196, 38, 16));
        t.dispose();
    }

    /** A round medal with a gold rim and a teal face, resting on the shelf. */
    static void drawMedal(Graphics2D g, double cx, double floor) {
        double r = 46;
        double cy = floor - r - 6;
        // Ribbon tails peeking out below the medal.
        g.setColor(new Color(0xC0392B));
        Path2D ribbon = new Path2D.Double();
        ribbon.moveTo(cx - 30, cy);
        ribbon.lineTo(cx - 8, cy);
        ribbon.lineTo(cx - 16, floor);
        ribbon.lineTo(cx - 38, floor);
        ribbon.closePath();
        ribbon.moveTo(cx + 8, cy);
        ribbon.lineTo(cx + 30, cy);
        ribbon.lineTo(cx + 38, floor);
        ribbon.lineTo(cx + 16, floor);
        ribbon.closePath();
        g.fill(ribbon);
        Shape rim = new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r);
        g.setPaint(new GradientPaint((float) (cx - r), (float) (cy - r), GOLD_LIGHT, (float) (cx + r), (float) (cy + r), GOLD_DARK));
        g.fill(rim);
        double f = r - 11;
        g.setPaint(new GradientPaint((float) cx, (float) (cy - f), new Color(0x4FD1C0), (float) cx, (float) (cy + f), new Color(0x17776C)));
        g.fill(new Ellipse2D.Double(cx - f, cy - f, 2 * f, 2 * f));
        g.setColor(new Color(0xE9FFFB));
        g.fill(star(cx, cy + 2, 20, 8.5));
        g.setColor(GOLD_EDGE);
        g.setStroke(new BasicStroke(4));
        g.draw(rim);
    }

    /** A hexagonal badge with a violet face and a check mark, resting on the shelf. */
    static void drawHexBadge(Graphics2D g, double cx, double floor) {
        double r = 50;
        double cy = floor - r * Math.sqrt(3) / 2 - 4;
        Shape outer = hexagon(cx, cy, r);
        Shape inner = hexagon(cx, cy, r - 12);
        g.setPaint(new GradientPaint((float) (cx - r), (float) (cy - r), GOLD_LIGHT, (float) (cx + r), (float) (cy + r), GOLD_DARK));
        g.fill(outer);
        g.setPaint(new GradientPaint((float) cx, (float) (cy - r), new Color(0x9B7BF0), (float) cx, (float) (cy + r), new Color(0x4A2F9C)));
        g.fill(inner);
        g.setColor(new Color(0xF3EEFF));
        g.setStroke(new BasicStroke(10, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        Path2D check = new Path2D.Double();
        check.moveTo(cx - 17, cy + 1);
        check.lineTo(cx - 4, cy + 14);
        check.lineTo(cx + 19, cy - 12);
        g.draw(check);
        g.setColor(GOLD_EDGE);
        g.setStroke(new BasicStroke(4, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(outer);
    }

    static Shape hexagon(double cx, double cy, double r) {
        Path2D p = new Path2D.Double();
        for (int i = 0; i < 6; i++) {
            double a = Math.toRadians(60 * i);
            double x = cx + r * Math.cos(a);
            double y = cy + r * Math.sin(a);
            if (i == 0) {
                p.moveTo(x, y);
            } else {
                p.lineTo(x, y);
            }
        }
        p.closePath();
        return p;
    }

    static Shape star(double cx, double cy, double outer, double inner) {
        GeneralPath p = new GeneralPath();
        for (int i = 0; i < 10; i++) {
            double r = i % 2 == 0 ? outer : inner;
            double a = Math.toRadians(-90 + 36 * i);
            double x = cx + r * Math.cos(a);
            double y = cy + r * Math.sin(a);
            if (i == 0) {
                p.moveTo(x, y);
            } else {
                p.lineTo(x, y);
            }
        }
        p.closePath();
        return p;
    }

    static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(image, "png", out)) {
            throw new IOException("no PNG writer available");
        }
        return out.toByteArray();
    }

    /** An ICO whose entries are PNG streams (Windows Vista and later read these). */
    static byte[] ico(Map<Integer, byte[]> pngs) {
        int count = ICO_SIZES.length;
        int offset = 6 + 16 * count;
        int total = offset;
        for (int size : ICO_SIZES) {
            total += pngs.get(size).length;
        }
        ByteBuffer buf = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
        buf.putShort((short) 0).putShort((short) 1).putShort((short) count);
        for (int size : ICO_SIZES) {
            byte[] data = pngs.get(size);
            buf.put((byte) (size >= 256 ? 0 : size)).put((byte) (size >= 256 ? 0 : size));
            buf.put((byte) 0).put((byte) 0);
            buf.putShort((short) 1).putShort((short) 32);
            buf.putInt(data.length).putInt(offset);
            offset += data.length;
        }
        for (int size : ICO_SIZES) {
            buf.put(pngs.get(size));
        }
        return buf.array();
    }

    /** An ICNS whose entries are PNG streams, at 1x and 2x (Retina) for each point size. */
    static byte[] icns(Map<Integer, byte[]> pngs) throws IOException {
        Map<String, Integer> types = new LinkedHashMap<>();
        types.put("icp4", 16);
        types.put("icp5", 32);
        types.put("icp6", 64);
        types.put("ic07", 128);
        types.put("ic08", 256);
        types.put("ic09", 512);
        types.put("ic11", 32);
        types.put("ic12", 64);
        types.put("ic13", 256);
        types.put("ic14", 512);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(body);
        for (Map.Entry<String, Integer> e : types.entrySet()) {
            byte[] data = pngs.get(e.getValue());
            out.writeBytes(e.getKey());
            out.writeInt(8 + data.length);
            out.write(data);
        }
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        DataOutputStream header = new DataOutputStream(file);
        header.writeBytes("icns");
        header.writeInt(8 + body.size());
        header.write(body.toByteArray());
        return file.toByteArray();
    }
}
