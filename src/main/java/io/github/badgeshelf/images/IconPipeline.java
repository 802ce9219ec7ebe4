package io.github.badgeshelf.images;

import io.github.badgeshelf.api.Version;
import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.LongAdder;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Loads badge icons for a grid of recycled tiles: memory cache, then disk cache, then the network,
 * with one download per URL however many tiles ask, a fixed number of downloads at once, and the
 * most recent requests served first.
 *
 * <p><b>Order.</b> Work is taken newest first (LIFO), both for disk look-ups and for download
 * slots. A grid recycles cells as it scrolls, and each recycled cell asks for what is now on
 * screen, so the newest requests are the visible ones; tiles that scrolled away cancel their
 * tickets, and cancelled work is dropped before it reaches the network. A request that joins an
 * icon already queued moves it to the front again.
 *
 * <p><b>Threads.</b> {@link #cached} and {@link #request} only touch memory and never block on
 * I/O, so the FX thread may call them. Disk reads, decoding, disk writes and callbacks run on a
 * small pool of pipeline threads; downloads are asynchronous (java.net.http) and hold no thread
 * while waiting, so the download limit can be raised for HTTP/2 without costing threads.
 *
 * <p><b>Failures</b> reach {@link IconCallback#failed} in plain words. A failed URL is answered
 * from memory for {@link Config#failureRetryDelay()} and then tried again.
 *
 * <p><b>Use from a recycled grid cell</b> (sizes in physical pixels):
 * <pre>{@code
 * ticket.cancel();                                   // the cell's previous icon, if any
 * Optional<Image> hit = pipeline.cached(url, px);
 * if (hit.isPresent()) { show(hit.get()); return; }
 * ticket = pipeline.request(url, px, new IconCallback<>() {
 *     public void loaded(Image icon) { Platform.runLater(() -> showIfStillFor(url, icon)); }
 *     public void failed(String reason) { Platform.runLater(() -> showPlaceholder(url, reason)); }
 * });
 * }</pre>
 * A callback may race with a recycle, so the cell should check that it still shows {@code url}.
 */
public final class IconPipeline<T> implements AutoCloseable {

    /**
     * How a pipeline behaves. Null fields take the defaults, so {@code Config.builder().build()}
     * is a working configuration without a disk cache.
     *
     * @param httpClient             the client to use, or null for one built from the timeouts (HTTP/2 preferred)
     * @param connectTimeout         connection set-up limit (ignored when a client is given)
     * @param requestTimeout         limit for a whole download, headers and body
     * @param maxConcurrentDownloads downloads in flight at once (over HTTP/2 they share one connection);
     *                               a first screen of N icons takes about N / this many round trips,
     *                               so the default 8 needs ~12 for 96 tiles, 64 or more needs two
     * @param memoryBudgetBytes      the memory cache's budget in decoded bytes ({@link IconDecoder#weightBytes})
     * @param diskCacheFolder        the folder for the disk cache, or null for none
     * @param userAgent              the User-Agent header sent with every download
     * @param workerThreads          threads for disk reads, decoding and callbacks
     * @param failureRetryDelay      how long a failed URL is answered with its failure before it is tried again
     */
    public record Config(HttpClient httpClient, Duration connectTimeout, Duration requestTimeout,
                         int maxConcurrentDownloads, long memoryBudgetBytes, Path diskCacheFolder,
                         String userAgent, int workerThreads, Duration failureRetryDelay) {

        public static final int DEFAULT_MAX_CONCURRENT_DOWNLOADS = 8;
        public static final long DEFAULT_MEMORY_BUDGET_BYTES = 64L * 1024 * 1024;
        public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
        public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(20);
        public static final Duration DEFAULT_FAILURE_RETRY_DELAY = Duration.ofSeconds(15);

        public Config {
            connectTimeout = positiveOr(connectTimeout, DEFAULT_CONNECT_TIMEOUT, "connectTimeout");
            requestTimeout = positiveOr(requestTimeout, DEFAULT_REQUEST_TIMEOUT, "requestTimeout");
            if (maxConcurrentDownloads == 0) {
                maxConcurrentDownloads = DEFAULT_MAX_CONCURRENT_DOWNLOADS;
            }
            if (maxConcurrentDownloads < 0) {
                throw new IllegalArgumentException("maxConcurrentDownloads must be positive: " + maxConcurrentDownloads);
            }
            if (memoryBudgetBytes < 0) {
                throw new IllegalArgumentException("memoryBudgetBytes must not be negative: " + memoryBudgetBytes);
            }
            userAgent = userAgent == null || userAgent.isBlank() ? Version.userAgent() : userAgent;
            if (workerThreads == 0) {
                workerThreads = Math.max(2, Math.min(4, Runtime.getRuntime().availableProcessors()));
            }
            if (workerThreads < 0) {
                throw new IllegalArgumentException("workerThreads must be positive: " + workerThreads);
            }
            failureRetryDelay = failureRetryDelay == null ? DEFAULT_FAILURE_RETRY_DELAY : failureRetryDelay;
            if (failureRetryDelay.isNegative()) {
                throw new IllegalArgumentException("failureRetryDelay must not be negative");
            }
        }

        public static Builder builder() {
            return new Builder();
        }

        private static Duration positiveOr(Duration value, Duration fallback, String name) {
            if (value == null) {
                return fallback;
            }
            if (value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException(name + " must be positive: " + value);
            }
            return value;
        }

        /** Builds a {@link Config}; anything not set takes its default. */
        public static final class Builder {
            private HttpClient httpClient;
            private Duration connectTimeout;
            private Duration requestTimeout;
            private int maxConcurrentDownloads = DEFAULT_MAX_CONCURRENT_DOWNLOADS;
            private long memoryBudgetBytes = DEFAULT_MEMORY_BUDGET_BYTES;
            private Path diskCacheFolder;
            private String userAgent;
            private int workerThreads;
            private Duration failureRetryDelay;

            private Builder() {
            }

            public Builder httpClient(HttpClient client) {
                this.httpClient = client;
                return this;
            }

            public Builder connectTimeout(Duration timeout) {
                this.connectTimeout = timeout;
                return this;
            }

            public Builder requestTimeout(Duration timeout) {
                this.requestTimeout = timeout;
                return this;
            }

            public Builder maxConcurrentDownloads(int max) {
                this.maxConcurrentDownloads = max;
                return this;
            }

            public Builder memoryBudgetBytes(long bytes) {
                this.memoryBudgetBytes = bytes;
                return this;
            }

            public Builder diskCacheFolder(Path folder) {
                this.diskCacheFolder = folder;
                return this;
            }

            public Builder userAgent(String agent) {
                this.userAgent = agent;
                return this;
            }

            public Builder workerThreads(int threads) {
                this.workerThreads = threads;
                return this;
            }

            public Builder failureRetryDelay(Duration delay) {
                this.failureRetryDelay = delay;
                return this;
            }

            public Config build() {
                return new Config(httpClient, connectTimeout, requestTimeout, maxConcurrentDownloads,
                        memoryBudgetBytes, diskCacheFolder, userAgent, workerThreads, failureRetryDelay);
            }
        }
    }

    private static final Logger LOG = Logger.getLogger(IconPipeline.class.getName());

    private final IconDecoder<T> decoder;
    private final MemoryIconCache<T> memory;
    private final DiskIconCache disk;
    private final IconDownloader downloader;
    private final FailureMemory recentFailures;
    private final ExecutorService workers;
    private final int maxConcurrentDownloads;

    private final Object lock = new Object();
    private final Map<String, IconJob<T>> jobs = new HashMap<>();
    private final ArrayDeque<IconJob<T>> downloadQueue = new ArrayDeque<>();
    private int activeDownloads;
    /** Downloads that arrived and are still being decoded and written to disk (they free their slot first). */
    private final java.util.concurrent.atomic.AtomicInteger storing = new java.util.concurrent.atomic.AtomicInteger();
    private final Set<CompletableFuture<?>> downloadsInFlight = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    private final LongAdder networkRequests = new LongAdder();
    private final LongAdder diskHits = new LongAdder();
    private final LongAdder memoryHits = new LongAdder();
    private final LongAdder failures = new LongAdder();

    public IconPipeline(Config config, IconDecoder<T> decoder) {
        Objects.requireNonNull(config, "config");
        this.decoder = Objects.requireNonNull(decoder, "decoder");
        this.memory = new MemoryIconCache<>(config.memoryBudgetBytes());
        this.disk = config.diskCacheFolder() == null ? null : new DiskIconCache(config.diskCacheFolder());
        HttpClient client = config.httpClient() != null ? config.httpClient() : HttpClient.newBuilder()
                .connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .version(HttpClient.Version.HTTP_2)
                .build();
        this.downloader = new IconDownloader(client, config.requestTimeout(), config.userAgent());
        this.recentFailures = new FailureMemory(config.failureRetryDelay());
        this.workers = LifoExecutors.newFixed(config.workerThreads(), "badge-icons");
        this.maxConcurrentDownloads = config.maxConcurrentDownloads();
    }

    /** The icon if the memory cache holds it: no I/O, no waiting, cheap enough for every tile update. */
    public Optional<T> cached(String url, int sizePx) {
        if (url == null) {
            return Optional.empty();
        }
        Optional<T> icon = memory.get(new MemoryIconCache.Key(url, sizePx));
        if (icon.isPresent()) {
            memoryHits.increment();
        }
        return icon;
    }

    /**
     * Asks for an icon. The callback runs later on a pipeline thread, once, unless the ticket is
     * cancelled first. Never blocks: safe to call from the FX thread. After {@link #close} the
     * ticket is returned already done and the callback is never called.
     *
     * @param sizePx the square size to decode to, in physical pixels
     */
    public IconTicket request(String url, int sizePx, IconCallback<T> callback) {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(callback, "callback");
        if (sizePx <= 0) {
            throw new IllegalArgumentException("sizePx must be positive: " + sizePx);
        }
        Waiter<T> waiter = new Waiter<>(url, sizePx, callback, this::withdraw);
        if (closed) {
            waiter.abandon();
            return waiter;
        }
        Optional<T> hit = memory.get(new MemoryIconCache.Key(url, sizePx));
        if (hit.isPresent()) {
            memoryHits.increment();
            if (!runOnWorker(() -> waiter.deliver(hit.get()))) {
                waiter.abandon();
            }
            return waiter;
        }
        String recentFailure = recentFailures.recentFailure(url);
        if (recentFailure != null) {
            failures.increment();
            if (!runOnWorker(() -> waiter.fail(recentFailure))) {
                waiter.abandon();
            }
            return waiter;
        }
        List<IconJob<T>> toStart;
        synchronized (lock) {
            if (closed) { // close() ran since the check above
                waiter.abandon();
                return waiter;
            }
            IconJob<T> job = jobs.get(url);
            if (job == null) {
                job = new IconJob<>(url, disk != null ? IconJob.Stage.DISK_QUEUED : IconJob.Stage.NETWORK_QUEUED);
                jobs.put(url, job);
            }
            job.waiters.add(waiter);
            toStart = bringToFront(job);
        }
        startDownloads(toStart);
        return waiter;
    }

    /** What the pipeline has done so far. */
    public IconStats stats() {
        int queued;
        int active;
        synchronized (lock) {
            queued = downloadQueue.size();
            active = activeDownloads + storing.get();
        }
        return new IconStats(networkRequests.sum(), diskHits.sum(), memoryHits.sum(), failures.sum(),
                memory.totalBytes(), memory.size(), queued, active);
    }

    /** Stops all work: queued loads are dropped, downloads cancelled, no callback is called afterwards. */
    @Override
    public void close() {
        closed = true;
        synchronized (lock) {
            jobs.values().forEach(job -> job.waiters.forEach(Waiter::abandon));
            jobs.clear();
            downloadQueue.clear();
        }
        workers.shutdownNow();
        downloadsInFlight.forEach(f -> f.cancel(true));
        memory.clear();
    }

    // ---- scheduling (all under lock) ----

    /** Puts a queued job (new or joined) at the front of its queue; returns downloads to start. */
    private List<IconJob<T>> bringToFront(IconJob<T> job) {
        switch (job.stage) {
            case DISK_QUEUED -> {
                // An older queue entry may remain further back; whichever runs first claims the job.
                runOnWorker(() -> guarded(job, () -> readFromDisk(job)));
                return List.of();
            }
            case NETWORK_QUEUED -> {
                downloadQueue.remove(job);
                downloadQueue.addFirst(job);
                return takeDownloadSlots();
            }
            default -> {
                return List.of();
            }
        }
    }

    private List<IconJob<T>> takeDownloadSlots() {
        List<IconJob<T>> toStart = new ArrayList<>();
        while (activeDownloads < maxConcurrentDownloads && !downloadQueue.isEmpty()) {
            IconJob<T> job = downloadQueue.pollFirst();
            job.stage = IconJob.Stage.DOWNLOADING;
            activeDownloads++;
            toStart.add(job);
        }
        return toStart;
    }

    private void withdraw(Waiter<T> waiter) {
        synchronized (lock) {
            IconJob<T> job = jobs.get(waiter.url);
            if (job == null || !job.waiters.remove(waiter)) {
                return;
            }
            if (job.isQueued() && !job.hasPendingWaiters()) {
                job.stage = IconJob.Stage.CANCELLED;
                jobs.remove(job.url, job);
                downloadQueue.remove(job);
            }
        }
    }

    // ---- stages ----

    private void readFromDisk(IconJob<T> job) {
        synchronized (lock) {
            if (job.stage != IconJob.Stage.DISK_QUEUED) {
                return; // a stale queue entry, or cancelled
            }
            job.stage = IconJob.Stage.DISK_READING;
        }
        byte[] data = disk.read(job.url);
        if (data != null) {
            try {
                Map<Integer, T> decoded = decodeForWaiters(job, data);
                diskHits.increment();
                finish(job, data, decoded);
                return;
            } catch (IOException e) {
                disk.delete(job.url); // broken file: fetch it again
            }
        }
        List<IconJob<T>> toStart = List.of();
        synchronized (lock) {
            if (job.stage != IconJob.Stage.DISK_READING) {
                return;
            }
            if (!job.hasPendingWaiters()) {
                job.stage = IconJob.Stage.CANCELLED;
                jobs.remove(job.url, job);
            } else {
                job.stage = IconJob.Stage.NETWORK_QUEUED;
                downloadQueue.addFirst(job);
                toStart = takeDownloadSlots();
            }
        }
        startDownloads(toStart);
    }

    private void startDownloads(List<IconJob<T>> toStart) {
        for (IconJob<T> job : toStart) {
            if (closed) {
                return;
            }
            networkRequests.increment();
            CompletableFuture<IconDownloader.Download> download;
            try {
                download = downloader.fetch(job.url);
            } catch (RuntimeException e) {
                download = CompletableFuture.failedFuture(e);
            }
            downloadsInFlight.add(download);
            CompletableFuture<IconDownloader.Download> started = download;
            download.whenComplete((result, error) -> {
                downloadsInFlight.remove(started);
                List<IconJob<T>> next;
                synchronized (lock) {
                    activeDownloads--;
                    next = takeDownloadSlots();
                }
                startDownloads(next);
                storing.incrementAndGet();
                boolean queued = runOnWorker(() -> {
                    try {
                        guarded(job, () -> downloaded(job, result, error));
                    } finally {
                        storing.decrementAndGet();
                    }
                });
                if (!queued) {
                    storing.decrementAndGet(); // closed: nothing will be stored
                }
            });
        }
    }

    /**
     * Runs a stage so that a bug (say, a decoder throwing an unchecked exception) fails this icon
     * in words instead of leaving its job in the map for ever, where every later request for the
     * same URL would join it and wait in vain.
     */
    private void guarded(IconJob<T> job, Runnable stage) {
        try {
            stage.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Loading the icon " + job.url + " failed unexpectedly", e);
            fail(job, "the icon could not be shown (" + e.getClass().getSimpleName() + ")");
        }
    }

    private void downloaded(IconJob<T> job, IconDownloader.Download download, Throwable error) {
        if (error != null) {
            fail(job, IconDownloader.plainReason(error, job.url));
            return;
        }
        Map<Integer, T> decoded;
        try {
            decoded = decodeForWaiters(job, download.data());
        } catch (IOException e) {
            fail(job, notAnImage(download));
            return;
        }
        if (disk != null) {
            disk.write(job.url, download.data());
        }
        finish(job, download.data(), decoded);
    }

    private Map<Integer, T> decodeForWaiters(IconJob<T> job, byte[] data) throws IOException {
        List<Integer> sizes;
        synchronized (lock) {
            sizes = job.sizesWanted();
        }
        Map<Integer, T> decoded = new LinkedHashMap<>();
        for (int size : sizes) {
            decoded.put(size, decodeAndRemember(job.url, data, size));
        }
        return decoded;
    }

    private T decodeAndRemember(String url, byte[] data, int size) throws IOException {
        T icon = decoder.decode(data, size);
        if (icon == null) {
            throw new IOException("the decoder returned nothing");
        }
        memory.put(new MemoryIconCache.Key(url, size), icon, decoder.weightBytes(icon));
        return icon;
    }

    /** Hands the icon to everyone waiting, including those who joined while it was decoded. */
    private void finish(IconJob<T> job, byte[] data, Map<Integer, T> decoded) {
        for (Waiter<T> waiter : close(job)) {
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

    private void fail(IconJob<T> job, String reason) {
        failures.increment();
        recentFailures.remember(job.url, reason);
        for (Waiter<T> waiter : close(job)) {
            waiter.fail(reason);
        }
    }

    private List<Waiter<T>> close(IconJob<T> job) {
        synchronized (lock) {
            job.stage = IconJob.Stage.FINISHED;
            jobs.remove(job.url, job);
            List<Waiter<T>> waiting = new ArrayList<>(job.waiters);
            job.waiters.clear();
            return waiting;
        }
    }

    private static String notAnImage(IconDownloader.Download download) {
        String type = download.contentType().isBlank() ? "" : ", " + download.contentType().split(";")[0].trim();
        return "not an image (the server sent " + download.data().length + " bytes" + type + ")";
    }

    /** @return false when the pipeline is closed and the task will never run */
    private boolean runOnWorker(Runnable task) {
        if (closed) {
            return false;
        }
        try {
            workers.execute(task);
            return true;
        } catch (RejectedExecutionException e) {
            return false; // closed meanwhile: nothing more is delivered
        }
    }
}
