package io.github.badgeshelf.images;

/** How urgently a tile wants its icon. Every visible request is served before any read-ahead. */
public enum IconPriority {
    /** the tile is on screen now */
    VISIBLE,
    /** the tile will come on screen if the person keeps scrolling */
    READ_AHEAD
}
