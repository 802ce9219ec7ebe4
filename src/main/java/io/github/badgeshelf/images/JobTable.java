package io.github.badgeshelf.images;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The icons in flight, one {@link IconJob} per URL, and the tiles waiting for each: the one place
 * where the pipeline's threads meet. Every method takes the lock, changes a job's stage, and
 * returns what the caller must do next outside the lock (start downloads, read the disk, abort).
 */
final class JobTable<T> {

    /** What a new or joined request needs next. */
    enum Next { NOTHING, READ_DISK, DOWNLOAD }

    private final Object lock = new Object();
    private final Map<String, IconJob<T>> jobs = new HashMap<>();
    private final DownloadScheduler<T> scheduler;
    private final boolean diskFirst;
    private boolean closed;

    JobTable(DownloadScheduler<T> scheduler, boolean diskFirst) {
        this.scheduler = scheduler;
        this.diskFirst = diskFirst;
    }

    /** Adds a waiter to the job for its URL, making the job if needed; a joined queued job moves to the front. */
    Next join(Waiter<T> waiter) {
        synchronized (lock) {
            if (closed) {
                waiter.abandon();
                return Next.NOTHING;
            }
            IconJob<T> job = jobs.get(waiter.url);
            if (job == null) {
                job = new IconJob<>(waiter.url, diskFirst ? IconJob.Stage.DISK_QUEUED : IconJob.Stage.NETWORK_QUEUED);
                jobs.put(job.url, job);
            }
            job.waiters.add(waiter);
            return switch (job.stage) {
                // An older disk task may remain further back; whichever runs first claims the job.
                case DISK_QUEUED -> Next.READ_DISK;
                case NETWORK_QUEUED -> {
                    scheduler.enqueue(job);
                    yield Next.DOWNLOAD;
                }
                default -> Next.NOTHING;
            };
        }
    }

    IconJob<T> jobFor(String url) {
        synchronized (lock) {
            return jobs.get(url);
        }
    }

    /**
     * A tile gave up its request. A queued job no one waits for any more is dropped; a queued
     * job whose visible tiles left drops back to read-ahead.
     *
     * @return true when the job is downloading and no one waits for it any more (the caller may abort it)
     */
    boolean withdraw(Waiter<T> waiter) {
        synchronized (lock) {
            IconJob<T> job = jobs.get(waiter.url);
            if (job == null || !job.waiters.remove(waiter)) {
                return false;
            }
            boolean wanted = job.hasPendingWaiters();
            if (job.isQueued() && !wanted) {
                cancel(job);
            } else if (job.stage == IconJob.Stage.NETWORK_QUEUED && job.priority != job.wantedPriority()) {
                scheduler.enqueue(job);
            }
            return job.stage == IconJob.Stage.DOWNLOADING && !wanted;
        }
    }

    /** @return the download to abort when the job is still downloading for no one, else null */
    CompletableFuture<?> abandonIfUnwanted(String url) {
        synchronized (lock) {
            IconJob<T> job = jobs.get(url);
            if (job == null || job.stage != IconJob.Stage.DOWNLOADING || job.hasPendingWaiters()) {
                return null;
            }
            cancel(job);
            return job.download;
        }
    }

    /** Claims a queued disk look-up; false when another task got there first, or no one waits. */
    boolean startDiskRead(IconJob<T> job) {
        synchronized (lock) {
            if (job.stage != IconJob.Stage.DISK_QUEUED) {
                return false;
            }
            if (!job.hasPendingWaiters()) {
                cancel(job);
                return false;
            }
            job.stage = IconJob.Stage.DISK_READING;
            return true;
        }
    }

    /** The disk had nothing: queue the download, unless everyone left meanwhile. */
    void diskMissed(IconJob<T> job) {
        synchronized (lock) {
            if (job.stage != IconJob.Stage.DISK_READING) {
                return;
            }
            if (job.hasPendingWaiters()) {
                scheduler.enqueue(job);
            } else {
                cancel(job);
            }
        }
    }

    /** Downloads that may start now (marked DOWNLOADING); {@code wakeNanos[0]} says when to look again, or -1. */
    List<IconJob<T>> startable(long nowNanos, long[] wakeNanos) {
        synchronized (lock) {
            if (closed) {
                wakeNanos[0] = -1;
                return List.of();
            }
            return scheduler.takeStartable(nowNanos, wakeNanos);
        }
    }

    void started(IconJob<T> job, CompletableFuture<?> download) {
        synchronized (lock) {
            job.download = download;
        }
    }

    /** @return false when the job was abandoned meanwhile (its answer is not wanted) */
    boolean answered(IconJob<T> job, HttpClient.Version version) {
        synchronized (lock) {
            scheduler.answered(job, version);
            return job.stage == IconJob.Stage.DOWNLOADING;
        }
    }

    /** A download ended for a reason that says nothing about the host (aborted, broken off). */
    boolean ended(IconJob<T> job) {
        synchronized (lock) {
            scheduler.ended(job);
            return job.stage == IconJob.Stage.DOWNLOADING;
        }
    }

    /**
     * The host is busy (429/503). The job goes back in the queue while its budget lasts and
     * someone still waits.
     *
     * @return true when the job was queued again or dropped; false when it is to fail now
     */
    boolean busy(IconJob<T> job, Duration retryAfter, long nowNanos) {
        synchronized (lock) {
            if (job.stage != IconJob.Stage.DOWNLOADING) {
                scheduler.ended(job);
                return true;
            }
            if (!job.hasPendingWaiters()) {
                scheduler.busy(job, retryAfter, nowNanos);
                scheduler.remove(job);
                cancel(job);
                return true;
            }
            return scheduler.busy(job, retryAfter, nowNanos);
        }
    }

    boolean hasPendingWaiters(IconJob<T> job) {
        synchronized (lock) {
            return job.hasPendingWaiters();
        }
    }

    /** Whether a tile on screen waits for the job (its work then goes before read-ahead work). */
    boolean wantedOnScreen(IconJob<T> job) {
        synchronized (lock) {
            return job.wantedPriority() == IconPriority.VISIBLE;
        }
    }

    List<Integer> sizesWanted(IconJob<T> job) {
        synchronized (lock) {
            return job.sizesWanted();
        }
    }

    /** Ends a job: it leaves the table, and everyone who waited (joined late or not) is handed back. */
    List<Waiter<T>> finish(IconJob<T> job) {
        synchronized (lock) {
            job.stage = IconJob.Stage.FINISHED;
            jobs.remove(job.url, job);
            List<Waiter<T>> waiting = new ArrayList<>(job.waiters);
            job.waiters.clear();
            return waiting;
        }
    }

    int queued() {
        synchronized (lock) {
            return scheduler.queued();
        }
    }

    int active() {
        synchronized (lock) {
            return scheduler.active();
        }
    }

    /** @return the downloads running, to be aborted */
    List<CompletableFuture<?>> closeAll() {
        synchronized (lock) {
            closed = true;
            List<CompletableFuture<?>> running = new ArrayList<>();
            for (IconJob<T> job : jobs.values()) {
                job.waiters.forEach(Waiter::abandon);
                if (job.download != null) {
                    running.add(job.download);
                }
                job.stage = IconJob.Stage.CANCELLED;
            }
            jobs.clear();
            scheduler.clear();
            return running;
        }
    }

    private void cancel(IconJob<T> job) {
        if (job.stage == IconJob.Stage.NETWORK_QUEUED) {
            scheduler.remove(job);
        }
        job.stage = IconJob.Stage.CANCELLED;
        jobs.remove(job.url, job);
    }
}
