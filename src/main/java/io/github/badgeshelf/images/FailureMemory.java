package io.github.badgeshelf.images;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers recent failures for a short while, so a tile scrolled back and forth does not ask
 * the server for a missing icon again and again, while a later request can still succeed.
 */
final class FailureMemory {

    private static final int PURGE_ABOVE = 2_000;

    private record Failure(String reason, long expiresAtNanos) {
    }

    private final long retryAfterNanos;
    private final Map<String, Failure> failures = new ConcurrentHashMap<>();

    FailureMemory(Duration retryAfter) {
        this.retryAfterNanos = retryAfter.toNanos();
    }

    void remember(String url, String reason) {
        if (retryAfterNanos <= 0) {
            return;
        }
        long now = System.nanoTime();
        if (failures.size() > PURGE_ABOVE) {
            failures.values().removeIf(f -> f.expiresAtNanos() - now <= 0);
        }
        failures.put(url, new Failure(reason, now + retryAfterNanos));
    }

    /** The reason of a recent failure for this URL, or null when it may be tried (again). */
    String recentFailure(String url) {
        Failure failure = failures.get(url);
        if (failure == null) {
            return null;
        }
        if (failure.expiresAtNanos() - System.nanoTime() <= 0) {
            failures.remove(url, failure);
            return null;
        }
        return failure.reason();
    }
}
