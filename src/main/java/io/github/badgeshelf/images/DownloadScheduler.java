package io.github.badgeshelf.images;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides which of one pipeline's downloads run, and when. Per host: every visible request before
 * any read-ahead, newest first within each (a scrolling grid's newest requests are what is on
 * screen now), no more at once than the host's protocol allows (counting every pipeline sharing
 * the {@link MediaHosts}), and none while the host asked us to wait.
 *
 * <p>Not thread-safe: the {@link JobTable} calls it holding its lock, and nothing here blocks.
 */
final class DownloadScheduler<T> {

    /** One host's queues in this pipeline. */
    private static final class Queues<T> {
        final ArrayDeque<IconJob<T>> visible = new ArrayDeque<>();
        final ArrayDeque<IconJob<T>> readAhead = new ArrayDeque<>();

        ArrayDeque<IconJob<T>> queueFor(IconPriority priority) {
            return priority == IconPriority.VISIBLE ? visible : readAhead;
        }

        int size() {
            return visible.size() + readAhead.size();
        }
    }

    private final IconPipelineConfig config;
    private final MediaHosts hosts;
    private final Map<String, Queues<T>> queues = new HashMap<>();
    private int active;

    DownloadScheduler(IconPipelineConfig config, MediaHosts hosts) {
        this.config = config;
        this.hosts = hosts;
    }

    /** Queues a job in front of the others of its priority. */
    void enqueue(IconJob<T> job) {
        job.stage = IconJob.Stage.NETWORK_QUEUED;
        job.priority = job.wantedPriority();
        Queues<T> q = queues.computeIfAbsent(job.host, h -> new Queues<>());
        q.visible.remove(job);
        q.readAhead.remove(job);
        q.queueFor(job.priority).addFirst(job);
    }

    void remove(IconJob<T> job) {
        Queues<T> q = queues.get(job.host);
        if (q != null) {
            q.queueFor(job.priority).remove(job);
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
        for (Map.Entry<String, Queues<T>> entry : queues.entrySet()) {
            Queues<T> q = entry.getValue();
            if (q.size() == 0) {
                continue;
            }
            int slots = hosts.lane(entry.getKey()).take(q.size(), hosts.limits(), nowNanos, wakeNanos);
            for (int i = 0; i < slots; i++) {
                IconJob<T> job = q.visible.isEmpty() ? q.readAhead.pollFirst() : q.visible.pollFirst();
                job.stage = IconJob.Stage.DOWNLOADING;
                job.attempts++;
                active++;
                start.add(job);
            }
        }
        return start;
    }

    /** A download ended in an answer (or none): its slot is free, and the host taught us its protocol. */
    void answered(IconJob<T> job, HttpClient.Version version) {
        active--;
        hosts.lane(job.host).answered(version, hosts.limits());
    }

    /** A download ended without telling anything about the host (cancelled, broken off). */
    void ended(IconJob<T> job) {
        active--;
        hosts.lane(job.host).ended();
    }

    /**
     * The host answered "busy": frees the slot, pauses the host (for every pipeline), and queues
     * the job again at the front while its retry budget lasts.
     *
     * @return true when the job was queued again, false when its budget is spent
     */
    boolean busy(IconJob<T> job, Duration retryAfter, long nowNanos) {
        active--;
        hosts.lane(job.host).busy(retryAfter, hosts.limits(), nowNanos);
        if (job.attempts >= config.retryBudget()) {
            return false;
        }
        enqueue(job);
        return true;
    }

    int queued() {
        int n = 0;
        for (Queues<T> q : queues.values()) {
            n += q.size();
        }
        return n;
    }

    /** Downloads of this pipeline running now. */
    int active() {
        return active;
    }

    void clear() {
        queues.clear();
    }
}
