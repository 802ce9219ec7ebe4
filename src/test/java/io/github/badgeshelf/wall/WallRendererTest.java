package io.github.badgeshelf.wall;

import io.github.badgeshelf.model.Award;
import io.github.badgeshelf.model.AwardCounts;
import io.github.badgeshelf.model.AwardTypes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.Color;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

import static io.github.badgeshelf.testsupport.TestAwards.beaten;
import static io.github.badgeshelf.testsupport.TestAwards.completed;
import static io.github.badgeshelf.testsupport.TestAwards.mastered;
import static io.github.badgeshelf.testsupport.TestAwards.site;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WallRendererTest {
    private static final AwardCounts COUNTS = new AwardCounts(45, 2, 10, 10, 14, 4, 3, 4);
    private final WallRenderer renderer = new WallRenderer(WallTheme.DARK, WallCaptions.ENGLISH);

    @TempDir
    Path dir;

    private static List<Award> masteredAwards(int n) {
        List<Award> awards = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            awards.add(mastered(i + 1, "SNES", "2020-01-01T00:00:00Z"));
        }
        return awards;
    }

    private static WallContent content(List<Award> awards) {
        return new WallContent("BadgeShelfDemo", "48,213 points", null, COUNTS, awards);
    }

    /** Every award's icon as one solid colour. */
    private static WallIcons solidIcons(List<Award> awards, int rgb) {
        Map<String, BufferedImage> images = new HashMap<>();
        for (Award a : awards) {
            if (a.iconUrl() != null) {
                images.put(a.iconUrl(), solid(rgb));
            }
        }
        return new WallIcons(images, Map.of());
    }

    private static BufferedImage solid(int rgb) {
        BufferedImage icon = new BufferedImage(64, 64, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < 64; y++) {
            for (int x = 0; x < 64; x++) {
                icon.setRGB(x, y, 0xFF000000 | rgb);
            }
        }
        return icon;
    }

    private static void assertNear(int argb, Color expected, String what) {
        Color actual = new Color(argb);
        int distance = Math.abs(actual.getRed() - expected.getRed()) + Math.abs(actual.getGreen() - expected.getGreen())
                + Math.abs(actual.getBlue() - expected.getBlue());
        assertThat(distance).as(what + ": " + actual + " vs " + expected).isLessThanOrEqualTo(24);
    }

    private static int countNear(BufferedImage image, Rectangle area, Color colour) {
        int n = 0;
        for (int y = area.y; y < area.y + area.height; y++) {
            for (int x = area.x; x < area.x + area.width; x++) {
                Color c = new Color(image.getRGB(x, y));
                if (Math.abs(c.getRed() - colour.getRed()) + Math.abs(c.getGreen() - colour.getGreen())
                        + Math.abs(c.getBlue() - colour.getBlue()) <= 24) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void imageSizeFollowsTheCountAndTheColumns() throws Exception {
        WallLayout ten = renderer.layout(content(masteredAwards(45)), 10);
        // 10 tiles of 80 px, 9 gaps of 10 px, 24 px margins.
        assertThat(ten.width()).isEqualTo(24 + 10 * 80 + 9 * 10 + 24);
        WallLayout oneMoreRow = renderer.layout(content(masteredAwards(51)), 10);
        assertThat(oneMoreRow.height() - ten.height()).isEqualTo(80 + 10);
        WallLayout sameRows = renderer.layout(content(masteredAwards(50)), 10);
        assertThat(sameRows.height()).isEqualTo(ten.height());

        RenderedWall drawn = renderer.render(content(masteredAwards(45)), WallIcons.NONE, 10);
        assertThat(drawn.image().getWidth()).isEqualTo(ten.width());
        assertThat(drawn.image().getHeight()).isEqualTo(ten.height());
        // The last of 45 tiles is the 5th of row 5, and the grid ends a margin above the bottom.
        Rectangle last = ten.tile(44);
        assertThat(last.x).isEqualTo(24 + 4 * 90);
        assertThat(last.y + last.height + 24).isEqualTo(ten.height());
    }

    @Test
    void aNarrowWallKeepsRoomForItsHeaderAndWrapsTheCounters() throws Exception {
        WallLayout wide = renderer.layout(content(masteredAwards(3)), 10);
        WallLayout narrow = renderer.layout(content(masteredAwards(3)), 1);

        assertThat(narrow.width()).isEqualTo(24 + WallLayout.MIN_CONTENT_WIDTH + 24);
        assertThat(narrow.cards().stream().mapToInt(r -> r.y).distinct().count()).isGreaterThan(1);
        assertThat(wide.cards().stream().mapToInt(r -> r.y).distinct().count()).isEqualTo(1);
        for (Rectangle card : narrow.cards()) {
            assertThat(card.x + card.width).isLessThanOrEqualTo(narrow.width() - 24);
        }
        // Three rows of one tile each.
        assertThat(narrow.tile(2).y - narrow.tile(0).y).isEqualTo(2 * 90);
    }

    @Test
    void anEmptyShelfIsJustTheHeader() throws Exception {
        RenderedWall drawn = renderer.render(content(List.of()), WallIcons.NONE, 10);
        assertThat(drawn.image().getHeight()).isLessThan(250);
        assertThat(drawn.placeholders()).isZero();
    }

    @Test
    void moreThan16384PixelsASideIsRefusedBeforeDrawing() throws Exception {
        assertThatThrownBy(() -> renderer.layout(content(masteredAwards(2000)), 10))
                .isInstanceOf(WallTooLargeException.class)
                .satisfies(e -> assertThat(((WallTooLargeException) e).height()).isGreaterThan(16_384));
        // 2,000 awards fit 30 a row; 182 columns are too wide (182 * 90 - 10 + 48 > 16,384), 181 are not.
        assertThat(renderer.layout(content(masteredAwards(2000)), 30).height()).isLessThanOrEqualTo(16_384);
        assertThat(renderer.layout(content(masteredAwards(181)), 181).width()).isLessThanOrEqualTo(16_384);
        assertThatThrownBy(() -> renderer.layout(content(masteredAwards(182)), 182))
                .isInstanceOf(WallTooLargeException.class);
    }

    @Test
    void aMasteredTileHasItsGoldFrameACompletedOneSilverAndBeatenNeither() throws Exception {
        List<Award> awards = List.of(mastered(1, "SNES", "2020-01-01T00:00:00Z"),
                completed(2, "SNES", "2020-01-01T00:00:00Z"), beaten(3, "SNES", "2020-01-01T00:00:00Z"));
        WallLayout layout = renderer.layout(content(awards), 10);

        BufferedImage image = renderer.render(content(awards), solidIcons(awards, 0x3366cc), 10).image();

        Rectangle masteredTile = layout.tile(0);
        int leftEdgeMiddle = image.getRGB(masteredTile.x + 1, masteredTile.y + 40);
        assertNear(leftEdgeMiddle, WallTheme.DARK.gold(), "mastered tile's left edge");
        assertNear(image.getRGB(masteredTile.x + 40, masteredTile.y + 1), WallTheme.DARK.gold(), "mastered tile's top edge");
        assertNear(image.getRGB(layout.tile(1).x + 1, layout.tile(1).y + 40), WallTheme.DARK.silver, "completed tile's edge");
        assertNear(image.getRGB(layout.tile(2).x + 1, layout.tile(2).y + 40), WallTheme.DARK.border, "beaten tile's edge");
        // The icon itself: full colour when mastered, grey when completed (softcore).
        assertNear(image.getRGB(masteredTile.x + 40, masteredTile.y + 40), new Color(0x3366cc), "mastered icon");
        Color softcore = new Color(image.getRGB(layout.tile(1).x + 40, layout.tile(1).y + 40));
        assertThat(Math.abs(softcore.getBlue() - softcore.getRed())).as("desaturated: " + softcore).isLessThan(30);
        // The beaten check mark sits over the bottom-right corner, in green: look for its pixels there.
        Rectangle beatenTile = layout.tile(2);
        assertThat(countNear(image, new Rectangle(beatenTile.x + 62, beatenTile.y + 62, 20, 20), WallTheme.DARK.green))
                .isGreaterThan(60);
        assertThat(countNear(image, new Rectangle(masteredTile.x + 62, masteredTile.y + 62, 20, 20), WallTheme.DARK.green))
                .isZero();
    }

    @Test
    void missingIconsAreDrawnAsPlaceholdersAndCounted() throws Exception {
        List<Award> awards = masteredAwards(5);
        Map<String, BufferedImage> some = new HashMap<>(solidIcons(awards, 0xcc3333).images());
        some.remove(awards.get(1).iconUrl());
        some.remove(awards.get(3).iconUrl());
        List<Award> withSite = new ArrayList<>(awards);
        withSite.add(site(AwardTypes.PATREON, "2020-01-01T00:00:00Z")); // no icon on the server: drawn, not missing

        RenderedWall drawn = renderer.render(content(withSite), new WallIcons(some, Map.of()), 10);

        assertThat(drawn.placeholders()).isEqualTo(2);
        WallLayout layout = renderer.layout(content(withSite), 10);
        Rectangle placeholder = layout.tile(1);
        assertNear(drawn.image().getRGB(placeholder.x + 12, placeholder.y + 12), WallTheme.DARK.placeholder(), "placeholder");
        assertNear(drawn.image().getRGB(layout.tile(0).x + 12, layout.tile(0).y + 12), new Color(0xcc3333), "icon");
        // The Patreon badge is a red disc.
        Color patreon = new Color(drawn.image().getRGB(layout.tile(5).x + 40, layout.tile(5).y + 14));
        assertThat(patreon.getRed()).as(patreon.toString()).isGreaterThan(patreon.getGreen() + 80);
    }

    @Test
    void theLightThemeDrawsOnItsOwnBackground() throws Exception {
        BufferedImage light = new WallRenderer(WallTheme.LIGHT, WallCaptions.ENGLISH)
                .render(content(masteredAwards(1)), WallIcons.NONE, 10).image();
        assertNear(light.getRGB(2, 2), WallTheme.LIGHT.background(), "light background");
    }

    @Test
    void aWallIsWrittenAsAPngWholeOrNotAtAll() throws Exception {
        Path target = dir.resolve("wall.png");
        RenderedWall drawn = renderer.render(content(masteredAwards(12)), WallIcons.NONE, 5);

        WallFile.writePng(drawn.image(), target);

        BufferedImage back = ImageIO.read(target.toFile());
        assertThat(back.getWidth()).isEqualTo(drawn.image().getWidth());
        assertThat(back.getRGB(30, 200)).isEqualTo(drawn.image().getRGB(30, 200));

        byte[] old = "old".getBytes(StandardCharsets.UTF_8);
        Path kept = dir.resolve("kept.png");
        Files.write(kept, old);
        BufferedImage broken = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB) {
            @Override
            public java.awt.image.WritableRaster getRaster() {
                throw new IllegalStateException("disk vanished mid-write");
            }
        };
        assertThatThrownBy(() -> WallFile.writePng(broken, kept)).isInstanceOf(RuntimeException.class);
        assertThat(Files.readAllBytes(kept)).isEqualTo(old);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("wall.png", "kept.png");
        }
    }

    @Test
    void everyKindOfTileInBothThemesForALook() throws IOException, WallTooLargeException {
        // Writes target/wall-sample-{dark,light}.png for a person to look at.
        List<Award> awards = new ArrayList<>();
        int i = 1;
        for (String type : List.of("m", "c", "b", "s", "m", "b", "c", "m", "s", "b", "m", "m")) {
            awards.add(switch (type) {
                case "m" -> mastered(i, "SNES", "2020-01-01T00:00:00Z");
                case "c" -> completed(i, "SNES", "2020-01-01T00:00:00Z");
                case "b" -> beaten(i, "SNES", "2020-01-01T00:00:00Z");
                default -> io.github.badgeshelf.testsupport.TestAwards.beatenSoftcore(i, "SNES", "2020-01-01T00:00:00Z");
            });
            i++;
        }
        for (String t : List.of(AwardTypes.PATREON, AwardTypes.LEGEND, AwardTypes.POINTS_YIELD, AwardTypes.UNLOCKS_YIELD)) {
            awards.add(site(t, "2020-01-01T00:00:00Z"));
        }
        awards.add(io.github.badgeshelf.testsupport.TestAwards.event(5, "2020-01-01T00:00:00Z"));
        Map<String, BufferedImage> icons = new HashMap<>();
        int[] colours = {0x4caf50, 0xe91e63, 0x3f51b5, 0xff9800, 0x009688, 0x9c27b0};
        for (int k = 0; k < awards.size(); k++) {
            if (awards.get(k).iconUrl() != null && k != 3) {
                icons.put(awards.get(k).iconUrl(), solid(colours[k % colours.length]));
            }
        }
        for (WallTheme theme : WallTheme.values()) {
            RenderedWall drawn = new WallRenderer(theme, WallCaptions.ENGLISH)
                    .render(content(awards), new WallIcons(icons, Map.of()), 6);
            Files.createDirectories(Path.of("target"));
            Path sample = Path.of("target", "wall-sample-" + theme.name().toLowerCase() + ".png");
            WallFile.writePng(drawn.image(), sample);
            assertThat(ImageIO.read(sample.toFile()).getHeight()).isEqualTo(renderer.layout(content(awards), 6).height());
            assertThat(drawn.placeholders()).isEqualTo(1);
        }
    }
}
