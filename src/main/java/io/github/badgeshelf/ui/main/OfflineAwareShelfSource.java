package io.github.badgeshelf.ui.main;

import io.github.badgeshelf.api.ApiException;
import io.github.badgeshelf.model.Shelf;
import io.github.badgeshelf.shelfcache.ShelfCache;
import io.github.badgeshelf.ui.shelf.ShelfSource;

import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Fetches from the server and keeps the last good shelf of each user on disk; when the network
 * or the server fails, that copy is shown instead, marked as offline. Answers that are about the
 * request itself (bad key, unknown user) are never hidden behind an old copy.
 */
final class OfflineAwareShelfSource implements ShelfSource {
    private static final Logger LOG = Logger.getLogger(OfflineAwareShelfSource.class.getName());

    private final ShelfSource.ShelfLoaderFunction loader;
    private final ShelfCache cache;
    private final Executor writer;

    /** {@code writer} keeps the offline copies in the background, one after another. */
    OfflineAwareShelfSource(ShelfSource.ShelfLoaderFunction loader, ShelfCache cache, Executor writer) {
        this.loader = loader;
        this.cache = cache;
        this.writer = writer;
    }

    @Override
    public LoadedShelf load(String user) throws ApiException {
        Shelf shelf;
        try {
            shelf = loader.load(user);
        } catch (ApiException e) {
            if (e.kind().isTransient()) {
                Optional<Shelf> kept = cache.load(user);
                if (kept.isPresent()) {
                    return new LoadedShelf(kept.get(), e);
                }
            }
            throw e;
        }
        // Writing the copy (hundreds of KB for a big shelf) must not hold the shelf back from the screen.
        Runnable keep = () -> keepCopy(user, shelf);
        try {
            writer.execute(keep);
        } catch (RejectedExecutionException shuttingDown) {
            keep.run();
        }
        return LoadedShelf.fresh(shelf);
    }

    private void keepCopy(String user, Shelf shelf) {
        try {
            cache.save(user, shelf);
        } catch (IOException | RuntimeException e) {
            // The shelf is on screen either way; only the offline copy is missed.
            LOG.log(Level.WARNING, "Could not keep an offline copy of the shelf of " + user, e);
        }
    }
}
