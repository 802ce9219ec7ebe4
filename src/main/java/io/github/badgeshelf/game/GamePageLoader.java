package io.github.badgeshelf.game;

import io.github.badgeshelf.api.ApiException;
import io.github.badgeshelf.api.RaClient;
import io.github.badgeshelf.shelf.Fetcher;

import java.time.Clock;

/** Fetches a game page from the server: one request, API_GetGameInfoAndUserProgress. */
public final class GamePageLoader implements Fetcher<GameKey, GamePage> {
    private final RaClient client;
    private final Clock clock;

    public GamePageLoader(RaClient client, Clock clock) {
        this.client = client;
        this.clock = clock;
    }

    @Override
    public GamePage fetch(GameKey key) throws ApiException {
        return new GamePage(key.user(), client.getGameProgress(key.user(), key.gameId()), clock.instant());
    }
}
