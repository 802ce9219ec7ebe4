package io.github.badgeshelf.ui.shelf;

import io.github.badgeshelf.lastlooked.NewAwards;
import io.github.badgeshelf.model.Award;
import io.github.badgeshelf.model.AwardCounts;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static io.github.badgeshelf.ui.shelf.Awards.beatenHardcore;
import static io.github.badgeshelf.ui.shelf.Awards.event;
import static io.github.badgeshelf.ui.shelf.Awards.mastered;
import static org.assertj.core.api.Assertions.assertThat;

/** The "New" chip's filter: the new awards alone, with the other filters, cleared by Reset and by a shelf without any. */
class NewAwardsFilterTest {
    private static final Instant LAST_LOOK = Instant.parse("2026-12-01T00:00:00Z");
    private final ShelfFilterModel model = new ShelfFilterModel();
    private final Award old = mastered("Pokémon Red", "Game Boy", "2016-01-02T05:53:52Z", 0);
    private final Award freshGame = beatenHardcore("Mega Man", "NES/Famicom", "2026-12-03T16:44:46Z", 1);
    private final Award freshEvent = event("Spooky Season", "2026-12-04T20:00:00Z", 2);
    private final List<Award> awards = List.of(old, freshGame, freshEvent);

    @Test
    void theNewAwardsAloneAndResetBringsEveryAwardBack() {
        model.setShelf(awards, AwardCounts.ZERO, NewAwards.since(LAST_LOOK, awards));
        assertThat(model.newAwardsProperty().get().count()).isEqualTo(2);
        assertThat(model.getShown()).containsExactlyElementsOf(awards);

        model.newOnlyProperty().set(true);
        assertThat(model.getShown()).containsExactly(freshGame, freshEvent);
        assertThat(model.filterActiveProperty().get()).isTrue();
        assertThat(model.summaryProperty().get()).isEqualTo("Showing 2 of 3");

        // With the other filters: new and an event.
        model.toggle(KindFilter.EVENTS, true);
        assertThat(model.getShown()).containsExactly(freshEvent);

        model.reset();
        assertThat(model.newOnlyProperty().get()).isFalse();
        assertThat(model.getShown()).containsExactlyElementsOf(awards);
    }

    @Test
    void aShelfWithNothingNewTurnsTheFilterOffAndAShelfWithNewOnesKeepsIt() {
        model.setShelf(awards, AwardCounts.ZERO, NewAwards.since(LAST_LOOK, awards));
        model.newOnlyProperty().set(true);

        // Refreshed: a new list, one more new award; "new only" stays on.
        Award fresher = mastered("Zelda", "NES/Famicom", "2026-12-05T10:00:00Z", 3);
        List<Award> refreshed = new ArrayList<>(awards);
        refreshed.add(fresher);
        model.setShelf(refreshed, AwardCounts.ZERO, NewAwards.since(LAST_LOOK, refreshed));
        assertThat(model.getShown()).containsExactly(freshGame, freshEvent, fresher);

        // Another shelf, nothing new: its chip is hidden, so the filter must not hold the grid empty.
        List<Award> other = List.of(mastered("Ape Escape", "PlayStation", "2019-09-09T09:09:09Z", 0));
        model.setShelf(other, AwardCounts.ZERO, NewAwards.NONE);
        assertThat(model.newOnlyProperty().get()).isFalse();
        assertThat(model.getShown()).containsExactlyElementsOf(other);
    }

    @Test
    void aNewShelfFillsTheShownListOnceWithItsMarks() {
        model.setShelf(awards, AwardCounts.ZERO, NewAwards.since(LAST_LOOK, awards));
        model.newOnlyProperty().set(true);
        int[] changes = {0};
        model.getShown().addListener((javafx.collections.ListChangeListener<Award>) c -> changes[0]++);
        model.setShelf(List.of(old), AwardCounts.ZERO, NewAwards.NONE);
        assertThat(changes[0]).as("one change for the grid, not one per filter put right").isEqualTo(1);
    }
}
