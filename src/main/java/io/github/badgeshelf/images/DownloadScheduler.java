package io.github.badgeshelf.images;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides which downloads run, and when. Per host: every visible request before any read-ahead,
 * newest first within each (a scrolling grid's newest requests are what is on screen now), no more
 * at once than the host's protocol allows, and none while the host asked us to wait.
 *
 * <p>Not thread-safe: the {@link JobTable} calls it holding its lock, and nothing here blocks.
 */
final class DownloadScheduler<T> {

    private final IconPipelineConfig config;
    private final Map<String, HostLane<T>> lanes = new HashMap<>();

    DownloadScheduler(IconPipelineConfig config) {
        this.config = config;
    }

    /** Queues a job in front of the others of its priority. */
    void enqueue(IconJob<T> job) {
        job.stage = IconJob.Stage.NETWORK_QUEUED;
        job.priority = job.wantedPriority();
        HostLane<T> lane = lane(job);
        lane.visible.remove(job);
        lane.readAhead.remove(job);
        lane.queueFor(job.priority).addFirst(job);
    }

    void remove(IconJob<T> job) {
        HostLane<T> lane = lanes.get(job.host);
        if (lane != null) {
            lane.queueFor(job.priority).remove(job);
        }
    }

    /**
     * Takes the jobs that may start now, marking them DOWNLOADING.
     *
     * @param nowNanos   System.nanoTime()
     * @param wakeNanos  receives, in [0], the shortest wait until a paused host may go on (or -1)
     */
    List<IconJob<T>> takeStartable(long nowNanos, long[] wakeNanos) {
        List<IconJob<T>> start = new ArrayList<>();
        wakeNanos[0] = -1;
        for (HostLane<T> lane : lanes.values()) {
            if (lane.visible.isEmpty() && lane.readAhead.isEmpty()) {
                continue;
            }
            if (lane.isPaused(nowNanos)) {
                long wait = lane.nanosUntilResume(nowNanos);
                wakeNanos[0] = wakeNanos[0] < 0 ? wait : Math.min(wakeNanos[0], wait);
                continue;
            }
            int limit = lane.limit(config);
            while (lane.active < limit) {
                IconJob<T> job = lane.visible.isEmpty() ? lane.readAhead.pollFirst() : lane.visible.pollFirst();
                if (job == null) {
                    break;
                }
                job.stage = IconJob.Stage.DOWNLOADING;
                job.attempts++;
                lane.active++;
                start.add(job);
            }
        }
        return start;
    }

    /** A download ended in an answer (or none): its slot is free, and the host taught us its protocol. */
    void answered(IconJob<T> job, HttpClient.Version version) {
        HostLane<T> lane = lane(job);
        lane.active--;
        lane.answered(version, config);
    }

    /** A download ended without telling anything about the host (cancelled, broken off). */
    void ended(IconJob<T> job) {
        lane(job).active--;
    }

    /**
     * The host answered "busy": frees the slot, pauses the host, and queues the job again at the
     * front while its retry budget lasts.
     *
     * @return true when the job was queued again, false when its budget is spent
     */
    boolean busy(IconJob<T> job, Duration retryAfter, long nowNanos) {
        HostLane<T> lane = lane(job);
        lane.active--;
        lane.busy(retryAfter, config, nowNanos);
        if (job.attempts >= config.retryBudget()) {
            return false;
        }
        enqueue(job);
        return true;
    }

    int queued() {
        int n = 0;
        for (HostLane<T> lane : lanes.values()) {
            n += lane.visible.size() + lane.readAhead.size();
        }
        return n;
    }

    int active() {
        int n = 0;
        for (HostLane<T> lane : lanes.values()) {
            n += lane.active;
        }
        return n;
    }

    void clear() {
        lanes.clear();
    }

    private HostLane<T> lane(IconJob<T> job) {
        return lanes.computeIfAbsent(job.host, h -> new HostLane<>());
    }
}
