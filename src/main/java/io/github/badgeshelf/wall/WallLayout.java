package io.github.badgeshelf.wall;

import io.github.badgeshelf.model.AwardCounts;

import java.awt.Font;
import java.awt.Rectangle;
import java.awt.font.FontRenderContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Where everything goes on a wall, in pixels, worked out before a single pixel is allocated, so a
 * wall that is too large is refused at once. Sizes follow the window's: 80 px tiles 10 px apart,
 * a 56 px avatar, counter cards that wrap onto more rows when the wall is narrow.
 */
public final class WallLayout {
    /** No side of a wall is longer: beyond it, image viewers and forums give up. */
    public static final int MAX_SIDE = 16_384;
    public static final int DEFAULT_COLUMNS = 10;
    public static final int MARGIN = 24;
    public static final int TILE = 80;
    public static final int GAP = 10;
    public static final int AVATAR = 56;
    /** The header (name, counters) needs this much width even for a wall one tile wide. */
    public static final int MIN_CONTENT_WIDTH = 440;
    static final int CARD_HEIGHT = 58;
    static final int CARD_GAP = 10;
    static final int CARD_MIN_WIDTH = 64;
    static final int CARD_PADDING_X = 12;
    static final int SECTION_GAP = 18;

    static final Font NAME_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 24);
    static final Font SUBTITLE_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    static final Font COUNTER_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 22);
    static final Font CAPTION_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    static final FontRenderContext MEASURE = new FontRenderContext(null, true, true);

    private final int columns;
    private final int awards;
    private final int width;
    private final int height;
    private final int gridTop;
    private final List<Rectangle> cards;

    private WallLayout(int columns, int awards, int width, int height, int gridTop, List<Rectangle> cards) {
        this.columns = columns;
        this.awards = awards;
        this.width = width;
        this.height = height;
        this.gridTop = gridTop;
        this.cards = cards;
    }

    /**
     * Lays out a wall of {@code awards} tiles, {@code columns} a row.
     *
     * @throws WallTooLargeException when a side would be longer than {@link #MAX_SIDE}
     */
    public static WallLayout of(int awards, int columns, AwardCounts counts, WallCaptions captions)
            throws WallTooLargeException {
        if (columns < 1) {
            throw new IllegalArgumentException("columns must be at least 1: " + columns);
        }
        long gridWidth = (long) columns * TILE + (long) (columns - 1) * GAP;
        long contentWidth = Math.max(gridWidth, MIN_CONTENT_WIDTH);
        long width = contentWidth + 2L * MARGIN;
        long rows = (awards + (long) columns - 1) / columns;
        // The cards depend on the width only through wrapping; a refused width needs no cards.
        List<Rectangle> cards = width > MAX_SIDE ? List.of() : placeCards(counts, captions, (int) contentWidth);
        int cardsBottom = cards.isEmpty() ? MARGIN + AVATAR : cards.get(cards.size() - 1).y + CARD_HEIGHT;
        int gridTop = cardsBottom + SECTION_GAP + 4;
        long gridHeight = rows == 0 ? 0 : rows * TILE + (rows - 1) * GAP;
        long height = gridTop + gridHeight + MARGIN;
        if (width > MAX_SIDE || height > MAX_SIDE) {
            throw new WallTooLargeException((int) Math.min(width, Integer.MAX_VALUE), (int) Math.min(height, Integer.MAX_VALUE));
        }
        return new WallLayout(columns, awards, (int) width, (int) height, gridTop, cards);
    }

    /** Cards in rows as wide as the content; each row's cards stretch to fill it, as in the window. */
    private static List<Rectangle> placeCards(AwardCounts counts, WallCaptions captions, int contentWidth) {
        List<WallCaptions.Card> all = captions.cards();
        int[] natural = new int[all.size()];
        for (int i = 0; i < all.size(); i++) {
            WallCaptions.Card card = all.get(i);
            double text = Math.max(textWidth(COUNTER_FONT, Integer.toString(card.value().applyAsInt(counts))),
                    textWidth(CAPTION_FONT, card.caption()));
            natural[i] = Math.max(CARD_MIN_WIDTH, (int) Math.ceil(text) + 2 * CARD_PADDING_X);
        }
        List<Rectangle> placed = new ArrayList<>();
        int top = MARGIN + AVATAR + SECTION_GAP;
        int start = 0;
        while (start < all.size()) {
            int end = start;
            int used = 0;
            while (end < all.size() && (end == start || used + CARD_GAP + natural[end] <= contentWidth)) {
                used += (end == start ? 0 : CARD_GAP) + natural[end];
                end++;
            }
            int spare = contentWidth - used;
            int x = MARGIN;
            for (int i = start; i < end; i++) {
                int share = spare / (end - start) + (i - start < spare % (end - start) ? 1 : 0);
                int w = natural[i] + Math.max(0, share);
                placed.add(new Rectangle(x, top, w, CARD_HEIGHT));
                x += w + CARD_GAP;
            }
            top += CARD_HEIGHT + CARD_GAP;
            start = end;
        }
        return placed;
    }

    static double textWidth(Font font, String text) {
        return font.getStringBounds(text, MEASURE).getWidth();
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public int columns() {
        return columns;
    }

    public int awards() {
        return awards;
    }

    /** The counter cards, in the order of {@link WallCaptions#cards()}. */
    List<Rectangle> cards() {
        return cards;
    }

    /** The square of tile {@code index}, in reading order. */
    public Rectangle tile(int index) {
        int row = index / columns;
        int column = index % columns;
        return new Rectangle(MARGIN + column * (TILE + GAP), gridTop + row * (TILE + GAP), TILE, TILE);
    }
}
