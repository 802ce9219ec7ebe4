package io.github.badgeshelf.shelf;

import io.github.badgeshelf.model.Shelf;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * Recently fetched shelves by user name, ignoring case: a shelf is found again both under the
 * name that was typed and under the name the server spelled.
 */
public final class ShelfMemory {
    private static final int CAPACITY = 20;

    private final RecentMemory<String, Shelf> shelves;

    public ShelfMemory(Clock clock, Duration freshFor) {
        this.shelves = new RecentMemory<>(CAPACITY, clock, freshFor, Shelf::fetchedAt);
    }

    public void remember(String user, Shelf shelf) {
        shelves.remember(key(user), shelf);
        if (shelf.profile().user() != null) {
            shelves.remember(key(shelf.profile().user()), shelf);
        }
    }

    public Optional<Shelf> fresh(String user) {
        return shelves.fresh(key(user));
    }

    private static String key(String user) {
        return user.trim().toLowerCase(Locale.ROOT);
    }
}
