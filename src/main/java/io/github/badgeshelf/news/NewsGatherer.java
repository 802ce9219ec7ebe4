package io.github.badgeshelf.news;

import io.github.badgeshelf.api.ApiException;
import io.github.badgeshelf.model.FollowedUser;
import io.github.badgeshelf.model.Shelf;
import io.github.badgeshelf.shelf.Fetcher;
import io.github.badgeshelf.shelf.OfflineCopies;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Gathers the shelves of the people followed, politely: each person's kept copy is judged by the
 * {@link RefetchRule}; only those it sends back are asked for, {@link #MAX_IN_FLIGHT} at a time,
 * in the follow list's order (most recently active first). A fresh shelf replaces the copy on disk
 * (the same copies the window keeps). One person's failure never fails the whole: their copy
 * serves (STALE), or they are UNAVAILABLE. After the server says "too many requests", nobody
 * else is asked this time: the rest are answered from their copies.
 *
 * <p>Only the copies are written: a background fetch says nothing about anybody having looked at a shelf.
 */
public final class NewsGatherer {
    private static final Logger LOG = Logger.getLogger(NewsGatherer.class.getName());
    /** Requests in flight at most: one person's profile or awards per worker. */
    public static final int MAX_IN_FLIGHT = 2;

    /** Told about each person as soon as their part is known; called from worker threads, one call at a time. */
    @FunctionalInterface
    public interface Listener {
        void person(PersonNews news, int done, int total);
    }

    private final Fetcher<String, Shelf> fetcher;
    private final OfflineCopies<String, Shelf> copies;
    private final RefetchRule rule;

    public NewsGatherer(Fetcher<String, Shelf> fetcher, OfflineCopies<String, Shelf> copies, RefetchRule rule) {
        this.fetcher = fetcher;
        this.copies = copies;
        this.rule = rule;
    }

    /**
     * Starts reading these people's copies in the background (the people of the last follow list
     * known, while the follow list is asked for again); hand the result to {@link #fromCopies} and
     * {@link #gather} so each copy is read once.
     */
    public KeptCopies readAhead(Collection<String> users) {
        return KeptCopies.readAhead(copies, users);
    }

    /** What the copies on disk say, asking nobody: KEPT where the rule finds them up to date, else PENDING. */
    public List<PersonNews> fromCopies(List<FollowedUser> followed, KeptCopies ahead) throws InterruptedException {
        List<Shelf> kept = loadCopies(followed, ahead);
        List<PersonNews> out = new ArrayList<>(followed.size());
        for (int i = 0; i < followed.size(); i++) {
            FollowedUser f = followed.get(i);
            boolean upToDate = !rule.judge(f, kept.get(i)).fetch();
            out.add(new PersonNews(f, upToDate ? PersonNews.State.KEPT : PersonNews.State.PENDING, kept.get(i), null));
        }
        return out;
    }

    /**
     * Each person's copy, or null, in order. Reading and parsing 200 copies is most of a warm run's
     * work, and it is disk and CPU only: read ahead where it could be, the rest spread over the
     * common pool's threads.
     */
    private List<Shelf> loadCopies(List<FollowedUser> followed, KeptCopies ahead) throws InterruptedException {
        return ahead.shelvesOf(followed.stream().map(FollowedUser::user).toList(), copies);
    }

    /**
     * Every followed person's part, in the order given; {@code listener} hears each one as it is
     * known. Blocking; interrupting the calling thread stops the requests.
     */
    public List<PersonNews> gather(List<FollowedUser> followed, Listener listener) throws InterruptedException {
        return gather(followed, KeptCopies.none(), listener);
    }

    /** As {@link #gather(List, Listener)}, taking the copies {@code ahead} read where it has them. */
    public List<PersonNews> gather(List<FollowedUser> followed, KeptCopies ahead, Listener listener) throws InterruptedException {
        int total = followed.size();
        PersonNews[] results = new PersonNews[total];
        AtomicInteger done = new AtomicInteger();
        Object reporting = new Object();
        List<Integer> toFetch = new ArrayList<>();
        Shelf[] kept = loadCopies(followed, ahead).toArray(new Shelf[0]);
        for (int i = 0; i < total; i++) {
            FollowedUser f = followed.get(i);
            if (rule.judge(f, kept[i]).fetch()) {
                toFetch.add(i);
            } else {
                results[i] = new PersonNews(f, PersonNews.State.KEPT, kept[i], null);
                report(listener, reporting, results[i], done, total);
            }
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
        }
        if (toFetch.isEmpty()) {
            return List.of(results);
        }
        AtomicInteger next = new AtomicInteger();
        ApiException[] rateLimited = new ApiException[1];
        Callable<Void> worker = () -> {
            for (int n = next.getAndIncrement(); n < toFetch.size(); n = next.getAndIncrement()) {
                int i = toFetch.get(n);
                ApiException stop;
                synchronized (rateLimited) {
                    stop = rateLimited[0];
                }
                results[i] = stop != null ? fallback(followed.get(i), kept[i], stop) : fetchOne(followed.get(i), kept[i], rateLimited);
                report(listener, reporting, results[i], done, total);
            }
            return null;
        };
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(MAX_IN_FLIGHT, toFetch.size()), r -> {
            Thread t = new Thread(r, "badgeshelf-news");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Void>> workers = pool.invokeAll(List.of(worker, worker).subList(0, Math.min(MAX_IN_FLIGHT, toFetch.size())));
            for (Future<Void> w : workers) {
                w.get();
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof InterruptedException ie) {
                throw ie;
            }
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException("Unexpected failure while gathering the news", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return Arrays.asList(results);
    }

    private PersonNews fetchOne(FollowedUser f, Shelf copy, ApiException[] rateLimited) throws InterruptedException {
        Shelf fresh;
        try {
            fresh = fetcher.fetch(f.user());
        } catch (ApiException e) {
            if (e.kind() == ApiException.Kind.CANCELLED || Thread.currentThread().isInterrupted()) {
                throw new InterruptedException("The news was cancelled");
            }
            if (e.kind() == ApiException.Kind.RATE_LIMITED) {
                synchronized (rateLimited) {
                    rateLimited[0] = e;
                }
            }
            LOG.log(Level.INFO, "Could not fetch the shelf of " + f.user() + " for the news: " + e.getMessage());
            return fallback(f, copy, e);
        }
        try {
            copies.save(f.user(), fresh);
        } catch (IOException | RuntimeException e) {
            // The news shows it either way; only the copy for next time is missed.
            LOG.log(Level.WARNING, "Could not keep the copy of " + f.user() + "'s shelf", e);
        }
        return new PersonNews(f, PersonNews.State.FRESH, fresh, null);
    }

    private static PersonNews fallback(FollowedUser f, Shelf copy, ApiException why) {
        return copy == null
                ? new PersonNews(f, PersonNews.State.UNAVAILABLE, null, why)
                : new PersonNews(f, PersonNews.State.STALE, copy, why);
    }

    private static void report(Listener listener, Object lock, PersonNews news, AtomicInteger done, int total) {
        synchronized (lock) {
            listener.person(news, done.incrementAndGet(), total);
        }
    }
}
