package io.github.badgeshelf.shelf;

import java.io.IOException;
import java.util.Optional;

/** The last good copy of each thing, kept on disk for when the server cannot be reached. */
public interface OfflineCopies<K, V> {
    /** Keeps the copy, whole or not at all. */
    void save(K key, V value) throws IOException;

    /** The kept copy, or empty when there is none or it could not be read. Never throws for I/O. */
    Optional<V> load(K key);
}
