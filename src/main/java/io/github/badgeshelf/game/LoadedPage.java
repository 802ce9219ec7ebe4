package io.github.badgeshelf.game;

/** A game page as a source answered it, and why it is an offline copy (null when fresh from the server). */
public record LoadedPage(GamePage page, String offlineReason) {
    public boolean offline() {
        return offlineReason != null;
    }
}
