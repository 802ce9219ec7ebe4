package io.github.badgeshelf.wall;

/** The wall would be wider or taller than {@link WallLayout#MAX_SIDE} pixels; nothing was drawn. */
public final class WallTooLargeException extends Exception {
    private final int width;
    private final int height;

    WallTooLargeException(int width, int height) {
        super("the image would be " + width + " x " + height + " pixels, more than "
                + WallLayout.MAX_SIDE + " a side", null, false, false);
        this.width = width;
        this.height = height;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }
}
