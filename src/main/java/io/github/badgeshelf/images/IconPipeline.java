package io.github.badgeshelf.images;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Loads badge icons for a grid of recycled tiles: memory cache, then disk cache, then the network,
 * with one download per URL however many tiles ask.
 *
 * <p><b>Where things are.</b> This class is the front door: {@link #cached}, {@link #request},
 * {@link #stats}, {@link #close}. {@link IconPipelineConfig} says how it behaves;
 * {@link JobTable} holds the icons in flight and who waits for them; {@link DownloadScheduler}
 * (with {@link MediaHosts}, shared with other pipelines) decides which downloads run; {@link LoadStages} walks an
 * icon from the disk cache through {@link IconDownloader} to the decoder and the tiles.
 *
 * <p><b>Order.</b> Visible tiles go before read-ahead, newest first within each: a grid
 * recycles cells as it scrolls, so the newest requests are what is on screen now. Tiles that
 * scrolled away cancel their tickets: queued work is dropped, a running download no one waits for
 * is aborted after a short grace (a recycled cell often asks again at once), and nothing is decoded
 * for a tile no one sees.
 *
 * <p><b>Politeness.</b> Per host, like a browser: a handful of connections over HTTP/1.1, many
 * streams on one connection over HTTP/2. A 429 or 503 pauses that host (Retry-After when given,
 * else growing pauses) and halves what runs there at once; the icon is retried until
 * {@link IconPipelineConfig#retryBudget()} is spent, and only then reported unavailable.
 *
 * <p><b>Threads.</b> {@link #cached} and {@link #request} only touch memory and never block on
 * I/O, so the FX thread may call them. Disk reads, decoding, disk writes and callbacks run on a
 * small pool of pipeline threads; downloads are asynchronous (java.net.http) and hold no thread.
 *
 * <p><b>Failures</b> reach {@link IconCallback#failed} in plain words. A failed URL is answered
 * from memory for {@link IconPipelineConfig#failureRetryDelay()} and then tried again.
 *
 * <p>A UI should ask only for tiles really on screen (see {@code ui.images.OnScreenIcons}), and
 * check in its callback that the tile still shows the URL: a callback may race with a recycle.
 */
public final class IconPipeline<T> implements AutoCloseable {

    /** How long a download no one waits for any more goes on, in case a recycled tile asks again. */
    static final Duration ABORT_GRACE = Duration.ofMillis(150);

    private final MemoryIconCache<T> memory;
    private final FailureMemory recentFailures;
    private final ExecutorService workers;
    private final ScheduledExecutorService timer;
    private final JobTable<T> jobs;
    private final LoadStages<T> stages;
    private final LoadStages.Counters counters = new LoadStages.Counters();
    private final MediaHosts hosts;
    private final Runnable pumpTask = this::pump;
    private volatile boolean closed;

    /** A pipeline with media hosts of its own ({@code config} gives their limits). */
    public IconPipeline(IconPipelineConfig config, IconDecoder<T> decoder) {
        this(config, decoder, new MediaHosts(Objects.requireNonNull(config, "config")));
    }

    /**
     * A pipeline downloading through {@code hosts}, which other pipelines share: their downloads
     * count together against each host's limit and pause together when it says "busy". Caches,
     * decoder and timeouts are this pipeline's own.
     */
    public IconPipeline(IconPipelineConfig config, IconDecoder<T> decoder, MediaHosts hosts) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(decoder, "decoder");
        this.hosts = Objects.requireNonNull(hosts, "hosts");
        this.memory = new MemoryIconCache<>(config.memoryBudgetBytes());
        DiskIconCache disk = config.diskCacheFolder() == null ? null : new DiskIconCache(config.diskCacheFolder());
        this.recentFailures = new FailureMemory(config.failureRetryDelay());
        this.workers = WorkerPool.newFixed(config.workerThreads(), "badge-icons");
        this.timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "badge-icons-timer");
            thread.setDaemon(true);
            return thread;
        });
        this.jobs = new JobTable<>(new DownloadScheduler<>(config, hosts), disk != null);
        this.stages = new LoadStages<>(jobs, decoder, memory, disk,
                new IconDownloader(hosts.client(), config.requestTimeout(), config.userAgent()),
                recentFailures, workers, counters, hosts::wakeAll);
        hosts.register(pumpTask);
    }

    /** The media hosts this pipeline downloads through, to share with another pipeline. */
    public MediaHosts hosts() {
        return hosts;
    }

    /** The icon if the memory cache holds it: no I/O, no waiting, cheap enough for every tile update. */
    public Optional<T> cached(String url, int sizePx) {
        if (url == null) {
            return Optional.empty();
        }
        Optional<T> icon = memory.get(new MemoryIconCache.Key(url, sizePx));
        if (icon.isPresent()) {
            counters.memoryHits.increment();
        }
        return icon;
    }

    /** As {@link #request(String, int, IconPriority, IconCallback)} for a tile on screen. */
    public IconTicket request(String url, int sizePx, IconCallback<T> callback) {
        return request(url, sizePx, IconPriority.VISIBLE, callback);
    }

    /**
     * Asks for an icon. The callback runs later on a pipeline thread, once, unless the ticket is
     * cancelled first. Never blocks: safe to call from the FX thread. After {@link #close} the
     * ticket is returned already done and the callback is never called.
     *
     * @param sizePx the square size to decode to, in physical pixels
     */
    public IconTicket request(String url, int sizePx, IconPriority priority, IconCallback<T> callback) {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(callback, "callback");
        if (sizePx <= 0) {
            throw new IllegalArgumentException("sizePx must be positive: " + sizePx);
        }
        Waiter<T> waiter = new Waiter<>(url, sizePx, priority, callback, this::withdraw);
        if (closed) {
            waiter.abandon();
            return waiter;
        }
        Optional<T> hit = memory.get(new MemoryIconCache.Key(url, sizePx));
        if (hit.isPresent()) {
            counters.memoryHits.increment();
            onWorker(waiter, () -> waiter.deliver(hit.get()));
            return waiter;
        }
        String recentFailure = recentFailures.recentFailure(url);
        if (recentFailure != null) {
            counters.failures.increment();
            onWorker(waiter, () -> waiter.fail(recentFailure));
            return waiter;
        }
        switch (jobs.join(waiter)) {
            case READ_DISK -> {
                IconJob<T> job = jobs.jobFor(url);
                if (job != null) {
                    onWorker(waiter, () -> stages.guarded(job, () -> stages.readFromDisk(job)));
                }
            }
            case DOWNLOAD -> pump();
            case NOTHING -> { }
        }
        return waiter;
    }

    /** What the pipeline has done so far. */
    public IconStats stats() {
        return new IconStats(counters.networkRequests.sum(), counters.diskHits.sum(), counters.memoryHits.sum(),
                counters.failures.sum(), memory.totalBytes(), memory.size(), jobs.queued(),
                jobs.active() + counters.storing.get(), counters.decodes.sum(), counters.busyAnswers.sum(), counters.aborted.sum());
    }

    /** Stops all work: queued loads are dropped, downloads aborted, no callback is called afterwards. */
    @Override
    public void close() {
        closed = true;
        hosts.unregister(pumpTask);
        List<CompletableFuture<?>> running = jobs.closeAll();
        workers.shutdownNow();
        timer.shutdownNow();
        running.forEach(f -> f.cancel(true));
        memory.clear();
    }

    /** Starts the downloads that may start now, and looks again when a paused host may go on. */
    private void pump() {
        long[] wake = new long[1];
        for (IconJob<T> job : jobs.startable(System.nanoTime(), wake)) {
            stages.download(job);
        }
        if (wake[0] >= 0 && !closed) {
            schedule(this::pump, wake[0] + TimeUnit.MILLISECONDS.toNanos(1));
        }
    }

    private void withdraw(Waiter<T> waiter) {
        if (jobs.withdraw(waiter)) {
            schedule(() -> {
                CompletableFuture<?> download = jobs.abandonIfUnwanted(waiter.url);
                if (download != null) {
                    counters.aborted.increment();
                    download.cancel(true); // aborts the exchange (java.net.http since JDK 16)
                    hosts.wakeAll();
                }
            }, ABORT_GRACE.toNanos());
        }
    }

    private void schedule(Runnable task, long delayNanos) {
        try {
            timer.schedule(task, delayNanos, TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException closing) {
            // closed: nothing more to do
        }
    }

    private void onWorker(Waiter<T> waiter, Runnable task) {
        if (closed || !stages.runOnWorker(waiter.priority == IconPriority.VISIBLE, task)) {
            waiter.abandon();
        }
    }
}
