package io.github.badgeshelf.game;

import io.github.badgeshelf.model.GameProgress;

import java.time.Instant;
import java.util.Objects;

/** A game with the user's progress, and when it was fetched (for the memory and the offline copy's age). */
public record GamePage(String user, GameProgress game, Instant fetchedAt) {
    public GamePage {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(game, "game");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
    }

    public GameKey key() {
        return new GameKey(user, game.gameId());
    }
}
