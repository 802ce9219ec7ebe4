package io.github.badgeshelf.news;

import io.github.badgeshelf.api.ApiException;
import io.github.badgeshelf.api.RaClient;
import io.github.badgeshelf.model.Shelf;
import io.github.badgeshelf.model.UserAwards;
import io.github.badgeshelf.model.UserProfile;
import io.github.badgeshelf.shelf.Fetcher;

import java.time.Clock;

/**
 * A followed user's shelf for the news: the profile, then the awards, one request after the other
 * (the window's {@code ShelfLoader} asks for both at once, for speed; here nobody waits on one
 * person, and it keeps the news to at most one request per worker). The profile comes first: its
 * points are what the next refetch decision compares, and its 404 tells a vanished user apart.
 */
public final class OneAtATimeShelfFetcher implements Fetcher<String, Shelf> {
    private final RaClient client;
    private final Clock clock;

    public OneAtATimeShelfFetcher(RaClient client, Clock clock) {
        this.client = client;
        this.clock = clock;
    }

    @Override
    public Shelf fetch(String user) throws ApiException {
        UserProfile profile = client.getUserProfile(user);
        UserAwards awards = client.getUserAwards(user);
        return new Shelf(profile, awards, clock.instant());
    }
}
