package io.github.badgeshelf.game;

import io.github.badgeshelf.api.ApiException;

import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Where the game page gets its data: the server, with the last good copy of each page on disk as
 * the fallback when the network or the server fails (like shelves). Answers about the request itself
 * (bad key, no such game) are never hidden behind an old copy. Blocking; call it off the FX thread.
 */
public interface GamePageSource {
    LoadedPage load(GameKey key) throws ApiException;

    /** Fetches with {@code loader}; keeps good answers in {@code cache} through {@code writer}; falls back to them. */
    static GamePageSource offlineAware(GamePageLoader loader, GamePageCache cache, Executor writer) {
        Logger log = Logger.getLogger(GamePageSource.class.getName());
        return key -> {
            GamePage page;
            try {
                page = loader.fetch(key);
            } catch (ApiException e) {
                Optional<GamePage> kept = e.kind().isTransient() ? cache.load(key) : Optional.empty();
                if (kept.isPresent()) {
                    return new LoadedPage(kept.get(), e.getMessage());
                }
                throw e;
            }
            Runnable keep = () -> {
                try {
                    cache.save(key, page);
                } catch (IOException | RuntimeException e) {
                    log.log(Level.WARNING, "Could not keep an offline copy of game " + key.gameId(), e);
                }
            };
            try {
                writer.execute(keep);
            } catch (RejectedExecutionException shuttingDown) {
                keep.run();
            }
            return new LoadedPage(page, null);
        };
    }
}
