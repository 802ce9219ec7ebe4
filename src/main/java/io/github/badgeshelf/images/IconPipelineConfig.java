package io.github.badgeshelf.images;

import io.github.badgeshelf.api.Version;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;

/**
 * How an {@link IconPipeline} behaves. Null fields take the defaults, so
 * {@code IconPipelineConfig.builder().build()} is a working configuration without a disk cache.
 *
 * @param httpClient             the client to use, or null for one built from the timeouts (HTTP/2 preferred)
 * @param connectTimeout         connection set-up limit (ignored when a client is given)
 * @param requestTimeout         limit for a whole download, headers and body
 * @param maxConcurrentDownloads downloads in flight at once per host over HTTP/2, where they share one
 *                               connection; a first screen of N icons takes about N / this many round trips
 * @param http1ConnectionsPerHost downloads in flight at once per host over HTTP/1.1 (one connection each),
 *                               and while a host's protocol is not known yet; browsers use 6. Never more
 *                               than {@code maxConcurrentDownloads}
 * @param memoryBudgetBytes      the memory cache's budget in decoded bytes ({@link IconDecoder#weightBytes})
 * @param diskCacheFolder        the folder for the disk cache, or null for none
 * @param userAgent              the User-Agent header sent with every download
 * @param workerThreads          threads for disk reads, decoding and callbacks
 * @param failureRetryDelay      how long a failed URL is answered with its failure before it is tried again
 * @param retryBudget            attempts per icon when the host answers "busy" (429/503) before the icon
 *                               is reported unavailable
 * @param backoffBase            the first pause after a "busy" answer without Retry-After; doubles each time
 * @param backoffMax             the longest pause, Retry-After included (a host asking for an hour gets this)
 */
public record IconPipelineConfig(HttpClient httpClient, Duration connectTimeout, Duration requestTimeout,
                                 int maxConcurrentDownloads, int http1ConnectionsPerHost, long memoryBudgetBytes,
                                 Path diskCacheFolder, String userAgent, int workerThreads, Duration failureRetryDelay,
                                 int retryBudget, Duration backoffBase, Duration backoffMax) {

    public static final int DEFAULT_MAX_CONCURRENT_DOWNLOADS = 8;
    public static final int DEFAULT_HTTP1_CONNECTIONS_PER_HOST = 6;
    public static final long DEFAULT_MEMORY_BUDGET_BYTES = 64L * 1024 * 1024;
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(20);
    public static final Duration DEFAULT_FAILURE_RETRY_DELAY = Duration.ofSeconds(15);
    public static final int DEFAULT_RETRY_BUDGET = 4;
    public static final Duration DEFAULT_BACKOFF_BASE = Duration.ofSeconds(1);
    public static final Duration DEFAULT_BACKOFF_MAX = Duration.ofSeconds(60);

    public IconPipelineConfig {
        connectTimeout = positiveOr(connectTimeout, DEFAULT_CONNECT_TIMEOUT, "connectTimeout");
        requestTimeout = positiveOr(requestTimeout, DEFAULT_REQUEST_TIMEOUT, "requestTimeout");
        maxConcurrentDownloads = positiveOr(maxConcurrentDownloads, DEFAULT_MAX_CONCURRENT_DOWNLOADS, "maxConcurrentDownloads");
        http1ConnectionsPerHost = positiveOr(http1ConnectionsPerHost, DEFAULT_HTTP1_CONNECTIONS_PER_HOST, "http1ConnectionsPerHost");
        if (memoryBudgetBytes < 0) {
            throw new IllegalArgumentException("memoryBudgetBytes must not be negative: " + memoryBudgetBytes);
        }
        userAgent = userAgent == null || userAgent.isBlank() ? Version.userAgent() : userAgent;
        workerThreads = positiveOr(workerThreads, Math.max(2, Math.min(4, Runtime.getRuntime().availableProcessors())),
                "workerThreads");
        failureRetryDelay = failureRetryDelay == null ? DEFAULT_FAILURE_RETRY_DELAY : failureRetryDelay;
        if (failureRetryDelay.isNegative()) {
            throw new IllegalArgumentException("failureRetryDelay must not be negative");
        }
        retryBudget = positiveOr(retryBudget, DEFAULT_RETRY_BUDGET, "retryBudget");
        backoffBase = positiveOr(backoffBase, DEFAULT_BACKOFF_BASE, "backoffBase");
        backoffMax = positiveOr(backoffMax, DEFAULT_BACKOFF_MAX, "backoffMax");
    }

    /** Downloads at once per host over HTTP/1.1 (or before the protocol is known). */
    int http1Limit() {
        return Math.min(http1ConnectionsPerHost, maxConcurrentDownloads);
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

    /** 0 means "the default"; below 0 is a mistake. */
    private static int positiveOr(int value, int fallback, String name) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
        return value == 0 ? fallback : value;
    }

    /** Builds an {@link IconPipelineConfig}; anything not set takes its default. */
    public static final class Builder {
        private HttpClient httpClient;
        private Duration connectTimeout;
        private Duration requestTimeout;
        private int maxConcurrentDownloads = DEFAULT_MAX_CONCURRENT_DOWNLOADS;
        private int http1ConnectionsPerHost = DEFAULT_HTTP1_CONNECTIONS_PER_HOST;
        private long memoryBudgetBytes = DEFAULT_MEMORY_BUDGET_BYTES;
        private Path diskCacheFolder;
        private String userAgent;
        private int workerThreads;
        private Duration failureRetryDelay;
        private int retryBudget = DEFAULT_RETRY_BUDGET;
        private Duration backoffBase;
        private Duration backoffMax;

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

        public Builder http1ConnectionsPerHost(int max) {
            this.http1ConnectionsPerHost = max;
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

        public Builder retryBudget(int attempts) {
            this.retryBudget = attempts;
            return this;
        }

        public Builder backoff(Duration base, Duration max) {
            this.backoffBase = base;
            this.backoffMax = max;
            return this;
        }

        public IconPipelineConfig build() {
            return new IconPipelineConfig(httpClient, connectTimeout, requestTimeout, maxConcurrentDownloads,
                    http1ConnectionsPerHost, memoryBudgetBytes, diskCacheFolder, userAgent, workerThreads,
                    failureRetryDelay, retryBudget, backoffBase, backoffMax);
        }
    }
}
