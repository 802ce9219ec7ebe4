package io.github.badgeshelf.ui.shelf;

/** What back/forward need from the game pages (ui.game provides it). */
public interface GamePages {
    GamePages NONE = new GamePages() {
        @Override
        public void reopen(String user, int gameId) {
        }

        @Override
        public boolean close() {
            return false;
        }
    };

    /** Shows a game page again, without recording a visit. */
    void reopen(String user, int gameId);

    /** Leaves the game page; true if one was open. */
    boolean close();
}
