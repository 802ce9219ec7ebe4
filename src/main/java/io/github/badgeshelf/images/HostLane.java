package io.github.badgeshelf.images;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One media host as the scheduler sees it: its queues, how many downloads run there, how many may
 * (by protocol, like a browser: a handful of connections over HTTP/1.1, many streams on one
 * connection over HTTP/2), and whether it asked us to wait. Guarded by the JobTable's lock.
 */
final class HostLane<T> {

    final ArrayDeque<IconJob<T>> visible = new ArrayDeque<>();
    final ArrayDeque<IconJob<T>> readAhead = new ArrayDeque<>();
    int active;
    /** Learnt from the first answer; until then the HTTP/1.1 limit applies, which is polite either way. */
    private HttpClient.Version protocol;
    /** After a "busy" answer fewer downloads run at once; each success allows one more again. */
    private int throttledLimit = Integer.MAX_VALUE;
    private long pausedUntilNanos;
    private boolean paused;
    private int busyStreak;

    ArrayDeque<IconJob<T>> queueFor(IconPriority priority) {
        return priority == IconPriority.VISIBLE ? visible : readAhead;
    }

    int limit(IconPipelineConfig config) {
        int byProtocol = protocol == HttpClient.Version.HTTP_2 ? config.maxConcurrentDownloads() : config.http1Limit();
        return Math.min(byProtocol, throttledLimit);
    }

    boolean isPaused(long nowNanos) {
        if (paused && nowNanos - pausedUntilNanos >= 0) {
            paused = false;
        }
        return paused;
    }

    long nanosUntilResume(long nowNanos) {
        return Math.max(0, pausedUntilNanos - nowNanos);
    }

    void answered(HttpClient.Version version, IconPipelineConfig config) {
        if (version != null) {
            protocol = version;
        }
        busyStreak = 0;
        if (throttledLimit != Integer.MAX_VALUE && ++throttledLimit >= limitWithoutThrottle(config)) {
            throttledLimit = Integer.MAX_VALUE;
        }
    }

    /**
     * The host said 429 or 503: pause it (for as long as it asked, else exponentially longer each
     * time, with jitter so that many clients do not come back at once) and halve what may run at once.
     *
     * @return the pause
     */
    Duration busy(Duration retryAfter, IconPipelineConfig config, long nowNanos) {
        busyStreak++;
        Duration pause;
        if (retryAfter != null) {
            pause = retryAfter.compareTo(config.backoffMax()) > 0 ? config.backoffMax() : retryAfter;
        } else {
            long base = config.backoffBase().toMillis() << Math.min(busyStreak - 1, 20);
            long jittered = (long) (base * ThreadLocalRandom.current().nextDouble(1.0, 1.25));
            pause = Duration.ofMillis(Math.min(jittered, config.backoffMax().toMillis()));
        }
        long until = nowNanos + pause.toNanos();
        if (!paused || until - pausedUntilNanos > 0) {
            pausedUntilNanos = until;
        }
        paused = true;
        throttledLimit = Math.max(1, Math.min(throttledLimit, active + 1) / 2);
        return pause;
    }

    boolean isIdle() {
        return active == 0 && visible.isEmpty() && readAhead.isEmpty();
    }

    private int limitWithoutThrottle(IconPipelineConfig config) {
        return protocol == HttpClient.Version.HTTP_2 ? config.maxConcurrentDownloads() : config.http1Limit();
    }
}
