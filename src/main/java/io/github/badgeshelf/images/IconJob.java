package io.github.badgeshelf.images;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Everything in flight for one icon URL: the tiles waiting for it (at any size) and how far the
 * load has got. Guarded by the {@link JobTable}'s lock; one job per URL is what de-duplicates downloads.
 */
final class IconJob<T> {

    enum Stage {
        /** waiting for a worker to look in the disk cache */
        DISK_QUEUED,
        DISK_READING,
        /** waiting for a download slot */
        NETWORK_QUEUED,
        DOWNLOADING,
        /** decoding and handing out; no longer accepts waiters through the job map */
        FINISHED,
        CANCELLED
    }

    final String url;
    /** Downloads are limited and paused per host; scheme and port included (they are other servers). */
    final String host;
    Stage stage;
    /** The priority the job is queued at: that of its most urgent waiter. */
    IconPriority priority = IconPriority.READ_AHEAD;
    /** Downloads tried so far; a "busy" answer puts the job back in the queue until the budget is spent. */
    int attempts;
    /** The running download, so that it can be aborted when no one waits any more. */
    CompletableFuture<?> download;
    final List<Waiter<T>> waiters = new ArrayList<>(2);

    IconJob(String url, Stage stage) {
        this.url = url;
        this.host = hostOf(url);
        this.stage = stage;
    }

    boolean hasPendingWaiters() {
        waiters.removeIf(w -> !w.isPending());
        return !waiters.isEmpty();
    }

    boolean isQueued() {
        return stage == Stage.DISK_QUEUED || stage == Stage.NETWORK_QUEUED;
    }

    /** The most urgent priority among the tiles still waiting (READ_AHEAD when none). */
    IconPriority wantedPriority() {
        for (Waiter<T> w : waiters) {
            if (w.isPending() && w.priority == IconPriority.VISIBLE) {
                return IconPriority.VISIBLE;
            }
        }
        return IconPriority.READ_AHEAD;
    }

    List<Integer> sizesWanted() {
        return waiters.stream().filter(Waiter::isPending).map(w -> w.sizePx).distinct().toList();
    }

    private static String hostOf(String url) {
        try {
            URI uri = URI.create(url);
            return uri.getScheme() + "://" + uri.getHost() + ":" + uri.getPort();
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
