package io.github.badgeshelf.wall;

import java.awt.image.BufferedImage;
import java.util.Map;

/**
 * The icons a wall is drawn with, by URL (badge icons at {@link WallIconLoader#ICON_PX}, the
 * avatar at {@link WallIconLoader#AVATAR_PX}), and why each missing one could not be had.
 */
public record WallIcons(Map<String, BufferedImage> images, Map<String, String> failures) {

    public static final WallIcons NONE = new WallIcons(Map.of(), Map.of());

    public WallIcons {
        images = Map.copyOf(images);
        failures = Map.copyOf(failures);
    }

    BufferedImage get(String url) {
        return url == null ? null : images.get(url);
    }
}
