package io.github.badgeshelf.ui.shelf;

import io.github.badgeshelf.model.Award;

/** What a tile's context menu and keyboard can do with an award. */
public interface TileActions {
    void openGamePage(Award award);

    void copyTitle(Award award);

    void copyGameLink(Award award);
}
