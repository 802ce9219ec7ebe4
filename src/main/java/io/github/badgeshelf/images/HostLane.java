package io.github.badgeshelf.images;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One media host as all pipelines see it ({@link MediaHosts}): how many downloads run there, how
 * many may (by protocol, like a browser: a handful of connections over HTTP/1.1, many streams on
 * one connection over HTTP/2), and whether it asked us to wait. Its own lock; it calls nothing
 * outside, so a pipeline may call it holding its job table's lock.
 */
final class HostLane {

    private int active;
    /** Learnt from the first answer; until then the HTTP/1.1 limit applies, which is polite either way. */
    private HttpClient.Version protocol;
    /** After a "busy" answer fewer downloads run at once; each success allows one more again. */
    private int throttledLimit = Integer.MAX_VALUE;
    private long pausedUntilNanos;
    private boolean paused;
    private int busyStreak;

    /**
     * Takes up to {@code wanted} slots.
     *
     * @param wakeNanos receives, in [0], how long until a paused host may go on (left alone when not paused)
     * @return the slots taken (0 while paused or full)
     */
    synchronized int take(int wanted, IconPipelineConfig limits, long nowNanos, long[] wakeNanos) {
        if (paused && nowNanos - pausedUntilNanos >= 0) {
            paused = false;
        }
        if (paused) {
            long wait = Math.max(0, pausedUntilNanos - nowNanos);
            wakeNanos[0] = wakeNanos[0] < 0 ? wait : Math.min(wakeNanos[0], wait);
            return 0;
        }
        int free = Math.max(0, limit(limits) - active);
        int taken = Math.min(free, wanted);
        active += taken;
        return taken;
    }

    synchronized int active() {
        return active;
    }

    /** A download ended in an answer (or none): its slot is free, and the host taught us its protocol. */
    synchronized void answered(HttpClient.Version version, IconPipelineConfig limits) {
        active--;
        if (version != null) {
            protocol = version;
        }
        busyStreak = 0;
        if (throttledLimit != Integer.MAX_VALUE && ++throttledLimit >= limitWithoutThrottle(limits)) {
            throttledLimit = Integer.MAX_VALUE;
        }
    }

    /** A download ended without telling anything about the host (cancelled, broken off). */
    synchronized void ended() {
        active--;
    }

    /**
     * The host said 429 or 503: frees the slot, pauses the host (for as long as it asked, else
     * exponentially longer each time, with jitter so that many clients do not come back at once)
     * and halves what may run at once.
     *
     * @return the pause
     */
    synchronized Duration busy(Duration retryAfter, IconPipelineConfig limits, long nowNanos) {
        active--;
        busyStreak++;
        Duration pause;
        if (retryAfter != null) {
            pause = retryAfter.compareTo(limits.backoffMax()) > 0 ? limits.backoffMax() : retryAfter;
        } else {
            long base = limits.backoffBase().toMillis() << Math.min(busyStreak - 1, 20);
            long jittered = (long) (base * ThreadLocalRandom.current().nextDouble(1.0, 1.25));
            pause = Duration.ofMillis(Math.min(jittered, limits.backoffMax().toMillis()));
        }
        long until = nowNanos + pause.toNanos();
        if (!paused || until - pausedUntilNanos > 0) {
            pausedUntilNanos = until;
        }
        paused = true;
        throttledLimit = Math.max(1, Math.min(throttledLimit, active + 1) / 2);
        return pause;
    }

    private int limit(IconPipelineConfig limits) {
        return Math.min(limitWithoutThrottle(limits), throttledLimit);
    }

    private int limitWithoutThrottle(IconPipelineConfig limits) {
        return protocol == HttpClient.Version.HTTP_2 ? limits.maxConcurrentDownloads() : limits.http1Limit();
    }
}
