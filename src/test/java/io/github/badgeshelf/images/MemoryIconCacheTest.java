package io.github.badgeshelf.images;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.badgeshelf.images.MemoryIconCache.Key;
import org.junit.jupiter.api.Test;

class MemoryIconCacheTest {

    private final MemoryIconCache<String> cache = new MemoryIconCache<>(300);

    @Test
    void evictsTheLeastRecentlyUsedWhenOverBudget() {
        cache.put(new Key("a", 1), "A", 100);
        cache.put(new Key("b", 1), "B", 100);
        cache.put(new Key("c", 1), "C", 100);
        cache.get(new Key("a", 1)); // a is now the most recently used

        cache.put(new Key("d", 1), "D", 100);

        assertThat(cache.get(new Key("b", 1))).isEmpty();
        assertThat(cache.get(new Key("a", 1))).contains("A");
        assertThat(cache.totalBytes()).isEqualTo(300);
        assertThat(cache.size()).isEqualTo(3);
    }

    @Test
    void theSameUrlAtAnotherSizeIsAnotherEntry() {
        cache.put(new Key("a", 32), "small", 50);
        cache.put(new Key("a", 64), "large", 200);

        assertThat(cache.get(new Key("a", 32))).contains("small");
        assertThat(cache.get(new Key("a", 64))).contains("large");
        assertThat(cache.totalBytes()).isEqualTo(250);
    }

    @Test
    void replacingAnEntryCountsItsWeightOnce() {
        cache.put(new Key("a", 1), "A", 100);
        cache.put(new Key("a", 1), "A2", 150);

        assertThat(cache.totalBytes()).isEqualTo(150);
        assertThat(cache.get(new Key("a", 1))).contains("A2");
    }

    @Test
    void anIconHeavierThanTheWholeBudgetIsNotKeptAndEvictsNothing() {
        cache.put(new Key("a", 1), "A", 100);

        cache.put(new Key("huge", 1), "H", 301);

        assertThat(cache.get(new Key("huge", 1))).isEmpty();
        assertThat(cache.get(new Key("a", 1))).contains("A");
        assertThat(cache.totalBytes()).isEqualTo(100);
    }

    @Test
    void aZeroBudgetKeepsNothing() {
        MemoryIconCache<String> none = new MemoryIconCache<>(0);

        none.put(new Key("a", 1), "A", 1);

        assertThat(none.size()).isZero();
    }
}
