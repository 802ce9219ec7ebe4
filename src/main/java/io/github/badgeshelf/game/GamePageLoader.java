package io.github.badgeshelf.game;

import io.github.badgeshelf.api.ApiException;
import io.github.badgeshelf.api.RaClient;

import java.time.Clock;

/** Fetches a game page from the server: one request, API_GetGameInfoAndUserProgress. */
public final class GamePageLoader {
    private final RaClient client;
    private final Clock clock;

    public GamePageLoader(RaClient client, Clock clock) {
        this.client = client;
        this.clock = clock;
    }

    public GamePage fetch(GameKey key) throws ApiException {
        return new GamePage(key.user(), client.getGameProgress(key.user(), key.gameId()), clock.instant());
    }
}
