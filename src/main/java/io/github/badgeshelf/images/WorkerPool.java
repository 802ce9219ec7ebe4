package io.github.badgeshelf.images;

import java.util.Comparator;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The pipeline's worker threads (disk reads, decoding, disk writes, callbacks). They run work for
 * tiles on screen before read-ahead work, and the newest first within each: a grid's newest
 * requests are what is on screen now. Without the first rule, forty read-ahead icons that arrived
 * a moment later were decoded before the last visible ones (newest first), and tiles a person
 * already saw waited seconds for bytes that were there.
 */
final class WorkerPool {

    private WorkerPool() {
    }

    /** A task with its rank: visible before read-ahead, then newest first. */
    static final class Ranked implements Runnable {
        private static final AtomicLong SEQUENCE = new AtomicLong();
        final boolean visible;
        final long sequence = SEQUENCE.incrementAndGet();
        private final Runnable task;

        Ranked(boolean visible, Runnable task) {
            this.visible = visible;
            this.task = task;
        }

        @Override
        public void run() {
            task.run();
        }
    }

    private static final Comparator<Runnable> ORDER = (a, b) -> {
        boolean aVisible = !(a instanceof Ranked r) || r.visible;
        boolean bVisible = !(b instanceof Ranked r) || r.visible;
        if (aVisible != bVisible) {
            return aVisible ? -1 : 1;
        }
        long aSeq = a instanceof Ranked r ? r.sequence : Long.MAX_VALUE;
        long bSeq = b instanceof Ranked r ? r.sequence : Long.MAX_VALUE;
        return Long.compare(bSeq, aSeq);
    };

    static ThreadPoolExecutor newFixed(int threads, String namePrefix) {
        AtomicInteger count = new AtomicInteger();
        ThreadFactory factory = task -> {
            Thread thread = new Thread(task, namePrefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            thread.setPriority(Thread.NORM_PRIORITY - 1); // keep the UI thread ahead of decoding
            return thread;
        };
        return new ThreadPoolExecutor(threads, threads, 0L, TimeUnit.MILLISECONDS,
                new PriorityBlockingQueue<>(64, ORDER), factory);
    }
}
