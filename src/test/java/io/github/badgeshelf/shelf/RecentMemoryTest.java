package io.github.badgeshelf.shelf;

import io.github.badgeshelf.model.Shelf;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class RecentMemoryTest {
    private static final Instant NOW = Instant.parse("2026-11-27T02:12:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    record Page(String name, Instant fetchedAt) {
    }

    @Test
    void aValueIsFreshUntilItsAgeReachesTheLimit() {
        RecentMemory<String, Page> memory = new RecentMemory<>(5, CLOCK, Duration.ofMinutes(5), Page::fetchedAt);
        memory.remember("young", new Page("young", NOW.minusSeconds(299)));
        memory.remember("old", new Page("old", NOW.minusSeconds(301)));
        assertThat(memory.fresh("young")).map(Page::name).contains("young");
        assertThat(memory.fresh("old")).isEmpty();
        assertThat(memory.fresh("never")).isEmpty();
    }

    @Test
    void theLeastRecentlyUsedGoesFirstWhenFull() {
        RecentMemory<Integer, Page> memory = new RecentMemory<>(2, CLOCK, Duration.ofMinutes(5), Page::fetchedAt);
        memory.remember(1, new Page("one", NOW));
        memory.remember(2, new Page("two", NOW));
        memory.fresh(1);
        memory.remember(3, new Page("three", NOW));
        assertThat(memory.fresh(1)).isPresent();
        assertThat(memory.fresh(2)).isEmpty();
        assertThat(memory.fresh(3)).isPresent();
    }

    @Test
    void aShelfIsFoundUnderTheTypedAndTheServersSpellingIgnoringCase() {
        ShelfMemory shelves = new ShelfMemory(Clock.fixed(Instant.parse("2026-11-27T02:11:00Z"), ZoneOffset.UTC),
                Duration.ofMinutes(5));
        Shelf shelf = ShelfCacheTest.sampleShelf();
        shelves.remember(" maxmilyin_typed ", shelf);
        assertThat(shelves.fresh("MAXMILYIN_TYPED")).contains(shelf);
        assertThat(shelves.fresh("MaxMilyin")).contains(shelf);
    }
}
