package io.github.badgeshelf.shelf;

import io.github.badgeshelf.api.ApiException;

/**
 * Asks the server for one thing (a user's shelf, a game page, ...). Blocking; interrupting the
 * calling thread cancels the request.
 *
 * @param <K> what is asked for (a user name; a user and a game)
 * @param <V> what comes back
 */
@FunctionalInterface
public interface Fetcher<K, V> {
    V fetch(K key) throws ApiException;
}
