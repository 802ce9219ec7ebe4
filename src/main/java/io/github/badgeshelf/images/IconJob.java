package io.github.badgeshelf.images;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything in flight for one icon URL: the tiles waiting for it (at any size) and how far the
 * load has got. Guarded by the pipeline's lock; one job per URL is what de-duplicates downloads.
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
    Stage stage;
    final List<Waiter<T>> waiters = new ArrayList<>(2);

    IconJob(String url, Stage stage) {
        this.url = url;
        this.stage = stage;
    }

    boolean hasPendingWaiters() {
        waiters.removeIf(w -> !w.isPending());
        return !waiters.isEmpty();
    }

    boolean isQueued() {
        return stage == Stage.DISK_QUEUED || stage == Stage.NETWORK_QUEUED;
    }

    List<Integer> sizesWanted() {
        return waiters.stream().filter(Waiter::isPending).map(w -> w.sizePx).distinct().toList();
    }
}
