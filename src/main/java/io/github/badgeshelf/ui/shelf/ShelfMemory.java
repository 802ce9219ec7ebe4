package io.github.badgeshelf.ui.shelf;

import io.github.badgeshelf.model.Shelf;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Recently fetched shelves, so going back to one does not ask the server again while it is fresh. */
final class ShelfMemory {
    private static final int CAPACITY = 20;

    private final Clock clock;
    private final Duration freshFor;
    private final Map<String, Shelf> shelves = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Shelf> eldest) {
            return size() > CAPACITY;
        }
    };

    ShelfMemory(Clock clock, Duration freshFor) {
        this.clock = clock;
        this.freshFor = freshFor;
    }

    void remember(String user, Shelf shelf) {
        shelves.put(key(user), shelf);
        if (shelf.profile().user() != null) {
            shelves.put(key(shelf.profile().user()), shelf);
        }
    }

    Optional<Shelf> fresh(String user) {
        Shelf shelf = shelves.get(key(user));
        if (shelf == null || shelf.fetchedAt().plus(freshFor).isBefore(clock.instant())) {
            return Optional.empty();
        }
        return Optional.of(shelf);
    }

    private static String key(String user) {
        return user.trim().toLowerCase(Locale.ROOT);
    }
}
