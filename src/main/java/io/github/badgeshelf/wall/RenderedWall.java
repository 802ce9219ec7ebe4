package io.github.badgeshelf.wall;

import java.awt.image.BufferedImage;

/**
 * A drawn wall.
 *
 * @param placeholders tiles drawn with the broken-image mark because their icon could not be had
 */
public record RenderedWall(BufferedImage image, int placeholders) {
}
