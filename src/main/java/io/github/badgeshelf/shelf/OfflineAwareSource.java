package io.github.badgeshelf.shelf;

import io.github.badgeshelf.api.ApiException;

import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Fetches from the server and keeps the last good copy of each key on disk; when the network or
 * the server fails, that copy is answered instead, marked as offline. Answers that are about the
 * request itself (bad key, unknown user) are never hidden behind an old copy.
 */
public final class OfflineAwareSource<K, V> implements Source<K, V> {
    private static final Logger LOG = Logger.getLogger(OfflineAwareSource.class.getName());

    private final Fetcher<K, V> fetcher;
    private final OfflineCopies<K, V> copies;
    private final Executor writer;

    /** {@code writer} keeps the offline copies in the background, one after another. */
    public OfflineAwareSource(Fetcher<K, V> fetcher, OfflineCopies<K, V> copies, Executor writer) {
        this.fetcher = fetcher;
        this.copies = copies;
        this.writer = writer;
    }

    @Override
    public Loaded<V> load(K key) throws ApiException {
        V value;
        try {
            value = fetcher.fetch(key);
        } catch (ApiException e) {
            if (e.kind().isTransient()) {
                Optional<V> kept = copies.load(key);
                if (kept.isPresent()) {
                    return Loaded.offline(kept.get(), e);
                }
            }
            throw e;
        }
        // Writing the copy (hundreds of KB for a big shelf) must not hold the answer back from the screen.
        Runnable keep = () -> keepCopy(key, value);
        try {
            writer.execute(keep);
        } catch (RejectedExecutionException shuttingDown) {
            keep.run();
        }
        return Loaded.fresh(value);
    }

    private void keepCopy(K key, V value) {
        try {
            copies.save(key, value);
        } catch (IOException | RuntimeException e) {
            // The answer is on screen either way; only the offline copy is missed.
            LOG.log(Level.WARNING, "Could not keep an offline copy for " + key, e);
        }
    }
}
