package io.github.badgeshelf.images;

import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** A fixed pool of daemon threads that runs the most recently submitted task first. */
final class LifoExecutors {

    private LifoExecutors() {
    }

    /** A deque whose offer pushes to the front, so a ThreadPoolExecutor takes newest-first. */
    private static final class LifoQueue extends LinkedBlockingDeque<Runnable> {
        private static final long serialVersionUID = 1L;

        @Override
        public boolean offer(Runnable task) {
            return offerFirst(task);
        }

        @Override
        public boolean add(Runnable task) {
            addFirst(task);
            return true;
        }
    }

    static ThreadPoolExecutor newFixed(int threads, String namePrefix) {
        AtomicInteger count = new AtomicInteger();
        ThreadFactory factory = task -> {
            Thread thread = new Thread(task, namePrefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            thread.setPriority(Thread.NORM_PRIORITY - 1); // keep the UI thread ahead of decoding
            return thread;
        };
        return new ThreadPoolExecutor(threads, threads, 0L, TimeUnit.MILLISECONDS, new LifoQueue(), factory);
    }
}
