package io.github.badgeshelf.ui.insights;

import io.github.badgeshelf.insights.ShelfInsights;
import io.github.badgeshelf.model.Award;
import io.github.badgeshelf.ui.common.TaskExecutor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;

/**
 * The charts' data for the awards shown (filters apply): recomputed off the FX thread whenever the
 * shown awards change while the charts are open, and not at all while they are closed. A newer
 * computation always wins over an older one.
 */
public final class InsightsViewModel {
    private final TaskExecutor executor;
    private final ObservableList<Award> shown;
    private final Consumer<String> filterToConsole;
    private final ZoneId zone;
    private final BooleanProperty showing = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<ShelfInsights> insights = new ReadOnlyObjectWrapper<>(ShelfInsights.EMPTY);
    private TaskExecutor.Cancellable pending;
    /** Counts computations, so a late answer for older awards is dropped even if cancel came too late. */
    private long generation;
    private boolean stale = true;

    /**
     * @param shown           the awards on screen, in the order shown (read on the UI thread only)
     * @param filterToConsole narrows the grid to one console (a click on its bar)
     */
    public InsightsViewModel(TaskExecutor executor, ObservableList<Award> shown, Consumer<String> filterToConsole, ZoneId zone) {
        this.executor = executor;
        this.shown = shown;
        this.filterToConsole = filterToConsole;
        this.zone = zone;
        shown.addListener((ListChangeListener<Award>) change -> {
            stale = true;
            if (showing.get()) {
                recompute();
            }
        });
        showing.addListener((obs, was, now) -> {
            if (now && stale) {
                recompute();
            }
        });
    }

    private void recompute() {
        if (pending != null) {
            pending.cancel();
        }
        long mine = ++generation;
        stale = false;
        List<Award> snapshot = List.copyOf(shown);
        pending = executor.submit(() -> ShelfInsights.of(snapshot, zone), result -> {
            if (mine == generation) {
                insights.set(result);
            }
        }, failure -> {
            // A bug of ours: the charts keep what they showed, and the next change tries again.
            stale = true;
        });
    }

    /** A click on a console's bar: the grid shows that console's awards alone. */
    public void showConsole(String console) {
        if (console != null && !console.isBlank()) {
            filterToConsole.accept(console);
        }
    }

    public BooleanProperty showingProperty() {
        return showing;
    }

    public ReadOnlyObjectProperty<ShelfInsights> insightsProperty() {
        return insights.getReadOnlyProperty();
    }

    public ZoneId zone() {
        return zone;
    }
}
