package io.github.badgeshelf.shelf;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The last few things fetched, in RAM, so going back to one does not ask the server again while
 * it is fresh. Keys are compared with {@code equals}: fold them (case, spaces) before use.
 * Not thread-safe; ViewModels use it on the UI thread.
 */
public final class RecentMemory<K, V> {
    private final Clock clock;
    private final Duration freshFor;
    private final Function<V, Instant> fetchedAt;
    private final Map<K, V> values;

    public RecentMemory(int capacity, Clock clock, Duration freshFor, Function<V, Instant> fetchedAt) {
        this.clock = clock;
        this.freshFor = freshFor;
        this.fetchedAt = fetchedAt;
        this.values = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }

    public void remember(K key, V value) {
        values.put(key, value);
    }

    /** The value kept for the key when it was fetched less than {@code freshFor} ago. */
    public Optional<V> fresh(K key) {
        V value = values.get(key);
        if (value == null || fetchedAt.apply(value).plus(freshFor).isBefore(clock.instant())) {
            return Optional.empty();
        }
        return Optional.of(value);
    }
}
