package io.github.badgeshelf.shelf;

import io.github.badgeshelf.api.ApiException;
import io.github.badgeshelf.api.RaClient;
import io.github.badgeshelf.model.Shelf;
import io.github.badgeshelf.model.UserAwards;
import io.github.badgeshelf.model.UserProfile;

import java.time.Clock;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Fetches a user's profile and awards concurrently and joins them into a {@link Shelf}. The
 * profile is what tells an unknown user (404) apart from one with no awards, so its failure
 * wins. Interrupting the calling thread cancels both requests.
 */
public final class ShelfLoader implements Fetcher<String, Shelf> {
    private static final ExecutorService REQUESTS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "badgeshelf-request");
        t.setDaemon(true);
        return t;
    });

    private final RaClient client;
    private final Clock clock;

    public ShelfLoader(RaClient client) {
        this(client, Clock.systemUTC());
    }

    public ShelfLoader(RaClient client, Clock clock) {
        this.client = client;
        this.clock = clock;
    }

    @Override
    public Shelf fetch(String user) throws ApiException {
        Future<UserProfile> profile = REQUESTS.submit(() -> client.getUserProfile(user));
        Future<UserAwards> awards = REQUESTS.submit(() -> client.getUserAwards(user));
        try {
            UserProfile p = await(profile);
            UserAwards a = await(awards);
            return new Shelf(p, a, clock.instant());
        } finally {
            profile.cancel(true);
            awards.cancel(true);
        }
    }

    private static <T> T await(Future<T> future) throws ApiException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(ApiException.Kind.CANCELLED, "The search was cancelled.")
                    .because(ApiException.Reason.CANCELLED);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ApiException api) {
                throw api;
            }
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException("Unexpected failure while loading a shelf", e.getCause());
        }
    }
}
