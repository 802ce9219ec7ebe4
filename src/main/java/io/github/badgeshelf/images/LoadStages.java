package io.github.badgeshelf.images;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The way an icon travels once the memory cache missed: disk cache, then download, then decode,
 * then to every tile still waiting. Runs on the pipeline's worker threads (downloads hold none);
 * at every step a job no one waits for any more stops, and nothing is decoded for a tile no one sees.
 */
final class LoadStages<T> {

    private static final Logger LOG = Logger.getLogger(LoadStages.class.getName());

    /** What the stages count, for {@link IconStats}. */
    static final class Counters {
        final LongAdder networkRequests = new LongAdder();
        final LongAdder diskHits = new LongAdder();
        final LongAdder memoryHits = new LongAdder();
        final LongAdder failures = new LongAdder();
        final LongAdder decodes = new LongAdder();
        final LongAdder busyAnswers = new LongAdder();
        final LongAdder aborted = new LongAdder();
        /** Downloads that arrived and are still being decoded and stored (they free their slot first). */
        final AtomicInteger storing = new AtomicInteger();
    }

    private final JobTable<T> jobs;
    private final IconDecoder<T> decoder;
    private final MemoryIconCache<T> memory;
    private final DiskIconCache disk;
    private final IconDownloader downloader;
    private final FailureMemory recentFailures;
    private final ExecutorService workers;
    private final Counters counters;
    /** Asks the pipeline to start whatever downloads may start now. */
    private final Runnable pump;

    LoadStages(JobTable<T> jobs, IconDecoder<T> decoder, MemoryIconCache<T> memory, DiskIconCache disk,
               IconDownloader downloader, FailureMemory recentFailures, ExecutorService workers,
               Counters counters, Runnable pump) {
        this.jobs = jobs;
        this.decoder = decoder;
        this.memory = memory;
        this.disk = disk;
        this.downloader = downloader;
        this.recentFailures = recentFailures;
        this.workers = workers;
        this.counters = counters;
        this.pump = pump;
    }

    // ---- 1. disk ----

    void readFromDisk(IconJob<T> job) {
        if (!jobs.startDiskRead(job)) {
            return; // a stale queue entry, or no one waits any more
        }
        byte[] data = disk.read(job.url);
        if (data != null) {
            try {
                Map<Integer, T> decoded = decodeForWaiters(job, data);
                counters.diskHits.increment();
                finish(job, data, decoded);
                return;
            } catch (IOException e) {
                disk.delete(job.url); // broken file: fetch it again
            }
        }
        jobs.diskMissed(job);
        pump.run();
    }

    // ---- 2. download ----

    void download(IconJob<T> job) {
        counters.networkRequests.increment();
        CompletableFuture<IconDownloader.Download> download;
        try {
            download = downloader.fetch(job.url);
        } catch (RuntimeException e) {
            download = CompletableFuture.failedFuture(e);
        }
        jobs.started(job, download);
        IconTrace.mark(job.url, "sent");
        download.whenComplete((result, error) -> arrived(job, result, error));
    }

    /**
     * Runs on the HTTP client's thread the moment the answer is complete: the slot is freed and
     * the next download started here, before any worker is asked for. Storing and decoding wait
     * for a worker, which may be busy decoding other icons; a slot held meanwhile made each wave of
     * downloads start tens of milliseconds after the previous one had arrived.
     */
    private void arrived(IconJob<T> job, IconDownloader.Download download, Throwable error) {
        IconTrace.mark(job.url, error == null ? "arrived" : "failed");
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (cause instanceof IconLoadException.HostBusy busy) {
            counters.busyAnswers.increment();
            boolean retried = jobs.busy(job, busy.retryAfter, System.nanoTime());
            pump.run();
            if (!retried) {
                runOnWorker(true, () -> fail(job, busy.getMessage()));
            }
            return;
        }
        if (error != null) {
            boolean wanted = cause instanceof CancellationException ? jobs.ended(job) : jobs.answered(job, null);
            pump.run();
            if (wanted) {
                runOnWorker(true, () -> fail(job, IconDownloader.plainReason(error, job.url)));
            }
            return;
        }
        counters.storing.incrementAndGet(); // counted before the slot is freed, so the stats never show it idle
        boolean wanted = jobs.answered(job, download.version());
        pump.run();
        boolean queued = runOnWorker(jobs.wantedOnScreen(job), () -> {
            try {
                guarded(job, () -> downloaded(job, download, wanted));
            } finally {
                counters.storing.decrementAndGet();
            }
        });
        if (!queued) {
            counters.storing.decrementAndGet(); // closed: nothing will be stored
        }
    }

    /** On a worker: the bytes go to the disk cache, and are decoded for whoever still waits. */
    private void downloaded(IconJob<T> job, IconDownloader.Download download, boolean wanted) {
        IconTrace.mark(job.url, "worker");
        if (disk != null) {
            disk.write(job.url, download.data());
        }
        if (!wanted || !jobs.hasPendingWaiters(job)) {
            jobs.finish(job); // on disk for later; nothing decoded for tiles that left
            return;
        }
        Map<Integer, T> decoded;
        try {
            decoded = decodeForWaiters(job, download.data());
        } catch (IOException e) {
            if (disk != null) {
                disk.delete(job.url);
            }
            fail(job, notAnImage(download));
            return;
        }
        finish(job, download.data(), decoded);
    }

    // ---- 3. decode and hand out ----

    private Map<Integer, T> decodeForWaiters(IconJob<T> job, byte[] data) throws IOException {
        Map<Integer, T> decoded = new LinkedHashMap<>();
        for (int size : jobs.sizesWanted(job)) {
            decoded.put(size, decodeAndRemember(job.url, data, size));
        }
        return decoded;
    }

    private T decodeAndRemember(String url, byte[] data, int size) throws IOException {
        counters.decodes.increment();
        IconTrace.mark(url, "decode");
        T icon = decoder.decode(data, size);
        IconTrace.mark(url, "decoded");
        if (icon == null) {
            throw new IOException("the decoder returned nothing");
        }
        memory.put(new MemoryIconCache.Key(url, size), icon, decoder.weightBytes(icon));
        return icon;
    }

    /** Hands the icon to everyone waiting, including those who joined while it was decoded. */
    private void finish(IconJob<T> job, byte[] data, Map<Integer, T> decoded) {
        for (Waiter<T> waiter : jobs.finish(job)) {
            if (!waiter.isPending()) {
                continue;
            }
            T icon = decoded.get(waiter.sizePx);
            if (icon == null) {
                try {
                    icon = decodeAndRemember(job.url, data, waiter.sizePx);
                    decoded.put(waiter.sizePx, icon);
                } catch (IOException e) {
                    waiter.fail("not an image (the icon file cannot be read)");
                    continue;
                }
            }
            waiter.deliver(icon);
        }
    }

    void fail(IconJob<T> job, String reason) {
        counters.failures.increment();
        recentFailures.remember(job.url, reason);
        for (Waiter<T> waiter : jobs.finish(job)) {
            waiter.fail(reason);
        }
    }

    /**
     * Runs a stage so that a bug (say, a decoder throwing an unchecked exception) fails this icon
     * in words instead of leaving its job in the table for ever, where every later request for the
     * same URL would join it and wait in vain.
     */
    void guarded(IconJob<T> job, Runnable stage) {
        try {
            stage.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Loading the icon " + job.url + " failed unexpectedly", e);
            fail(job, "the icon could not be shown (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static String notAnImage(IconDownloader.Download download) {
        String type = download.contentType().isBlank() ? "" : ", " + download.contentType().split(";")[0].trim();
        return "not an image (the server sent " + download.data().length + " bytes" + type + ")";
    }

    /**
     * @param visible whether a tile on screen waits for this work (it then goes before read-ahead work)
     * @return false when the pipeline is closed and the task will never run
     */
    boolean runOnWorker(boolean visible, Runnable task) {
        try {
            workers.execute(new WorkerPool.Ranked(visible, task));
            return true;
        } catch (RejectedExecutionException e) {
            return false; // closed meanwhile: nothing more is delivered
        }
    }
}
