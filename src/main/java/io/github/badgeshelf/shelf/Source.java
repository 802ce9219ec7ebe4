package io.github.badgeshelf.shelf;

import io.github.badgeshelf.api.ApiException;

/**
 * Where a ViewModel gets what it shows: the server, possibly with an offline copy as fallback
 * ({@link OfflineAwareSource}). Blocking; ViewModels call it through their TaskExecutor.
 */
@FunctionalInterface
public interface Source<K, V> {
    Loaded<V> load(K key) throws ApiException;

    /** A source straight from the server, with no offline fallback. */
    static <K, V> Source<K, V> direct(Fetcher<K, V> fetcher) {
        return key -> Loaded.fresh(fetcher.fetch(key));
    }
}
