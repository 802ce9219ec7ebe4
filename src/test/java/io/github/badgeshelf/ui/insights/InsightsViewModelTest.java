package io.github.badgeshelf.ui.insights;

import io.github.badgeshelf.insights.ShelfInsights;
import io.github.badgeshelf.model.Award;
import io.github.badgeshelf.ui.common.CurrentThreadTaskExecutor;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static io.github.badgeshelf.testsupport.TestAwards.beaten;
import static io.github.badgeshelf.testsupport.TestAwards.mastered;
import static org.assertj.core.api.Assertions.assertThat;

class InsightsViewModelTest {
    private final ObservableList<Award> shown = FXCollections.observableArrayList();
    private final List<String> consoleFilter = new ArrayList<>();

    private InsightsViewModel model(CurrentThreadTaskExecutor executor) {
        return new InsightsViewModel(executor, shown, consoleFilter::add, ZoneOffset.UTC);
    }

    @Test
    void computesOnlyWhileShowingAndFromTheAwardsShown() {
        CurrentThreadTaskExecutor executor = CurrentThreadTaskExecutor.deferred();
        InsightsViewModel model = model(executor);
        shown.setAll(mastered(1, "SNES", "2020-01-01T00:00:00Z"), beaten(2, "NES", "2020-02-01T00:00:00Z"));
        assertThat(executor.pending()).as("nothing computed while the charts are closed").isZero();

        model.showingProperty().set(true);
        executor.runOldestFirst();
        assertThat(model.insightsProperty().get().awards()).isEqualTo(2);
        assertThat(model.insightsProperty().get().consoles()).hasSize(2);

        shown.setAll(mastered(1, "SNES", "2020-01-01T00:00:00Z")); // a filter narrowed the grid
        executor.runOldestFirst();
        assertThat(model.insightsProperty().get().awards()).isEqualTo(1);

        model.showingProperty().set(false);
        shown.clear();
        assertThat(executor.pending()).isZero();
        model.showingProperty().set(true);
        executor.runOldestFirst();
        assertThat(model.insightsProperty().get()).isEqualTo(ShelfInsights.EMPTY);
        model.showingProperty().set(false);
        model.showingProperty().set(true);
        assertThat(executor.pending()).as("unchanged awards are not computed again").isZero();
    }

    @Test
    void aNewerComputationWinsOverAnOlderOneThatArrivesLate() {
        CurrentThreadTaskExecutor executor = CurrentThreadTaskExecutor.racing();
        InsightsViewModel model = model(executor);
        model.showingProperty().set(true);
        shown.setAll(mastered(1, "SNES", "2020-01-01T00:00:00Z"));
        shown.setAll(mastered(1, "SNES", "2020-01-01T00:00:00Z"), mastered(2, "SNES", "2020-01-01T00:00:00Z"),
                mastered(3, "SNES", "2020-01-01T00:00:00Z"));

        executor.runNewestFirst();

        assertThat(model.insightsProperty().get().awards()).isEqualTo(3);
    }

    @Test
    void aClickOnAConsoleFiltersTheGridToIt() {
        InsightsViewModel model = model(CurrentThreadTaskExecutor.immediate());
        model.showConsole("Game Boy");
        model.showConsole(" ");
        model.showConsole(null);
        assertThat(consoleFilter).containsExactly("Game Boy");
    }
}
