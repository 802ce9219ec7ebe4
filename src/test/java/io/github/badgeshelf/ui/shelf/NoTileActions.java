package io.github.badgeshelf.ui.shelf;

import io.github.badgeshelf.model.Award;

/** Tile actions that do nothing, for the grid tests about icons. */
final class NoTileActions implements TileActions {
    @Override
    public void openGamePage(Award award) {
    }

    @Override
    public void copyTitle(Award award) {
    }

    @Override
    public void copyGameLink(Award award) {
    }
}
