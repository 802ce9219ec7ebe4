package io.github.badgeshelf.shelf;

import io.github.badgeshelf.api.ApiException;

import java.util.Objects;

/**
 * What a {@link Source} answered, and why it is an offline copy rather than fresh from the server
 * (null when fresh): {@code offlineReason} in English words, {@code offlineCause} the failure itself,
 * which the window words in its own language.
 */
public record Loaded<V>(V value, String offlineReason, ApiException offlineCause) {
    public Loaded {
        Objects.requireNonNull(value, "value");
    }

    public Loaded(V value, String offlineReason) {
        this(value, offlineReason, null);
    }

    /** An offline copy, standing in because of {@code cause}. */
    public static <V> Loaded<V> offline(V value, ApiException cause) {
        return new Loaded<>(value, cause.getMessage(), cause);
    }

    public static <V> Loaded<V> fresh(V value) {
        return new Loaded<>(value, null, null);
    }

    public boolean offline() {
        return offlineReason != null;
    }
}
