package io.github.badgeshelf.shelf;

import java.util.Objects;

/**
 * What a {@link Source} answered, and why it is an offline copy rather than fresh from the server
 * (null when fresh).
 */
public record Loaded<V>(V value, String offlineReason) {
    public Loaded {
        Objects.requireNonNull(value, "value");
    }

    public static <V> Loaded<V> fresh(V value) {
        return new Loaded<>(value, null);
    }

    public boolean offline() {
        return offlineReason != null;
    }
}
