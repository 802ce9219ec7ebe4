package io.github.badgeshelf.images;

/**
 * A snapshot of what a pipeline has done since it was built, for tests and benchmarks.
 *
 * @param networkRequests HTTP requests sent (retries after a "busy" answer included)
 * @param diskHits        icons served from the disk cache without a request
 * @param memoryHits      icons served from the memory cache ({@code cached} hits and {@code request} hits)
 * @param failures        loads that ended in failure (one per URL attempt, however many tiles waited),
 *                        including answers from the short memory of recent failures
 * @param memoryBytes     the decoded weight the memory cache holds now
 * @param memoryEntries   the number of icons the memory cache holds now
 * @param queuedDownloads downloads waiting for a free slot now
 * @param activeDownloads downloads in progress now, including those arrived but not yet decoded and stored
 * @param decodes         icons decoded (one per URL and size)
 * @param busyAnswers     429/503 answers from a media host
 * @param abortedDownloads downloads aborted because no tile waited for them any more
 */
public record IconStats(long networkRequests, long diskHits, long memoryHits, long failures,
                        long memoryBytes, int memoryEntries, int queuedDownloads, int activeDownloads,
                        long decodes, long busyAnswers, long abortedDownloads) {
}
