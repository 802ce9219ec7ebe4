package io.github.badgeshelf.settings;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The one rule for recent searches, as both the settings and the window's list keep it. */
class RecentSearchesTest {

    @Test
    void theNewestSpellingGoesFirstAndReplacesOneDifferingOnlyInCase() {
        assertThat(RecentSearches.withFirst(List.of("Alice", "Bob"), " bob ")).containsExactly("bob", "Alice");
    }

    @Test
    void theOldestGoBeyondTheLimit() {
        List<String> full = IntStream.range(0, RecentSearches.MAX).mapToObj(i -> "user" + i).toList();
        List<String> next = RecentSearches.withFirst(full, "newest");
        assertThat(next).hasSize(RecentSearches.MAX).startsWith("newest", "user0").doesNotContain("user" + (RecentSearches.MAX - 1));
    }

    @Test
    void blanksAreNeverKept() {
        assertThat(RecentSearches.withFirst(List.of("Alice"), "  ")).containsExactly("Alice");
        assertThat(RecentSearches.tidy(Arrays.asList("Alice", null, "", "ALICE", "Bob"))).containsExactly("Alice", "Bob");
        assertThat(RecentSearches.tidy(null)).isEmpty();
    }
}
