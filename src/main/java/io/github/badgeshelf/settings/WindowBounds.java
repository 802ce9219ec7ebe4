package io.github.badgeshelf.settings;

/** Where the main window was and how big, so it reopens the same way. */
public record WindowBounds(double x, double y, double width, double height, boolean maximized) {

    /** False for bounds no screen could show (a hand-edited or damaged settings file). */
    public boolean isUsable() {
        return Double.isFinite(x) && Double.isFinite(y)
                && Double.isFinite(width) && Double.isFinite(height)
                && width > 0 && height > 0;
    }
}
