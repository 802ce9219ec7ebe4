package io.github.badgeshelf.ui.compare;

import io.github.badgeshelf.api.UserNames;
import io.github.badgeshelf.compare.ComparedGame;
import io.github.badgeshelf.compare.Presence;
import io.github.badgeshelf.compare.ShelfComparer;
import io.github.badgeshelf.compare.ShelfComparison;
import io.github.badgeshelf.model.Shelf;
import io.github.badgeshelf.shelf.Loaded;
import io.github.badgeshelf.shelf.Source;
import io.github.badgeshelf.ui.common.ErrorMessages;
import io.github.badgeshelf.ui.common.Retries;
import io.github.badgeshelf.ui.common.StatusMessage;
import io.github.badgeshelf.ui.common.TaskExecutor;
import io.github.badgeshelf.ui.compare.ComparisonRequest.Side;
import io.github.badgeshelf.ui.i18n.Messages;
import io.github.badgeshelf.ui.shelf.AwardText;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Compares the shelf on screen (the left side) with another user's (the right side). Both
 * shelves are fetched at once, each as its own background task; when both are in, the
 * comparison is made in the background too. A newer comparison cancels an older one and drops
 * its late answers; a failure says which side failed and leaves the page as it was (the last
 * comparison, filters and all), with Retry. Each thing is said once: progress, failures and
 * offline copies on the page's own line, a comparison made (and exports) in the status line.
 */
public final class CompareViewModel {
    private final Source<String, Shelf> source;
    private final TaskExecutor executor;
    private final Consumer<StatusMessage> statusLine;
    /** What the status line said when the comparison shown was made (null: it said nothing). */
    private StatusMessage doneLine;
    private final CompareExport export;

    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canRetry = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<StatusMessage> message = new ReadOnlyObjectWrapper<>(StatusMessage.EMPTY);
    private final ReadOnlyObjectWrapper<ShelfComparison> comparison = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper leftName = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper rightName = new ReadOnlyStringWrapper("");
    private final Map<Presence, ReadOnlyIntegerWrapper> counts = new EnumMap<>(Presence.class);
    private final ObjectProperty<CompareLayout> layout = new SimpleObjectProperty<>(CompareLayout.BOTH);
    private final CompareFilters filters = new CompareFilters();
    private final StringBinding summary;

    private final List<TaskExecutor.Cancellable> running = new ArrayList<>();
    private long generation;
    private ComparisonRequest lastRequest;
    /** The request whose comparison is on the page. */
    private ComparisonRequest shownRequest;

    public CompareViewModel(Source<String, Shelf> source, TaskExecutor executor, Consumer<StatusMessage> statusLine, Clock clock) {
        this.source = source;
        this.executor = executor;
        this.statusLine = statusLine == null ? m -> { } : statusLine;
        this.export = new CompareExport(executor, this.statusLine, clock);
        for (Presence p : Presence.values()) {
            counts.put(p, new ReadOnlyIntegerWrapper(0));
        }
        summary = Bindings.createStringBinding(this::describeShown, layout, filters.activeProperty(), comparison,
                filters.shown(Presence.BOTH), filters.shown(Presence.ONLY_LEFT), filters.shown(Presence.ONLY_RIGHT));
    }

    // Commands

    /**
     * Compares {@code leftUser} with {@code rightUser}. {@code shown} is the shelf on screen: when it
     * is the left user's, it is used as it is rather than fetched again. False when a name is one
     * the server would refuse (the page's line says why) and nothing was asked for.
     */
    public boolean compare(Shelf shown, String leftUser, String rightUser) {
        String left = leftUser == null ? "" : leftUser.trim();
        String right = rightUser == null ? "" : rightUser.trim();
        Optional<String> problem = UserNames.problemWith(right).or(() -> UserNames.problemWith(left));
        if (problem.isPresent()) {
            say(StatusMessage.error(problem.get()));
            return false;
        }
        start(shown, left, right);
        return true;
    }

    /** Whether the page shows (or is making) the comparison of {@code left} with {@code right}, ignoring case. */
    public boolean holds(String left, String right) {
        return lastRequest != null && lastRequest.isOf(left, right) && (busy.get() || shownRequest == lastRequest);
    }

    /**
     * The comparison shown is on screen again (back/forward came to it): the status line, which
     * said another page's words meanwhile, says what it said when this comparison was made.
     */
    public void sayAgain() {
        if (doneLine != null && !busy.get() && shownRequest == lastRequest) {
            statusLine.accept(doneLine);
        }
    }

    /** Runs the last comparison again, fetching both shelves afresh. */
    public void retry() {
        if (lastRequest != null) {
            start(null, lastRequest.left, lastRequest.right);
        }
    }

    /** Cancels the comparison in progress, if any; what is on the page stays. */
    public boolean cancel() {
        if (running.isEmpty()) {
            return false;
        }
        stopRunning();
        generation++;
        busy.set(false);
        canRetry.set(lastRequest != null);
        say(StatusMessage.info(Messages.get("compare.cancelled")));
        statusLine.accept(message.get()); // the page is usually being left: say it where it stays seen
        return true;
    }

    private void start(Shelf shown, String left, String right) {
        stopRunning();
        ComparisonRequest request = new ComparisonRequest(++generation, shown, left, right);
        lastRequest = request;
        busy.set(true);
        canRetry.set(false);
        say(StatusMessage.busy(Messages.format("compare.busy", left, right)));
        for (Side side : Side.values()) {
            if (!request.has(side)) {
                fetch(request, side);
            }
        }
    }

    private void fetch(ComparisonRequest request, Side side) {
        String user = request.user(side);
        running.add(executor.submit(() -> source.load(user),
                loaded -> {
                    request.arrived(side, loaded);
                    sideSettled(request);
                },
                failure -> {
                    request.failed(side, failure);
                    sideSettled(request);
                }));
    }

    private void sideSettled(ComparisonRequest request) {
        if (request.ticket != generation || !request.settled()) {
            return;
        }
        running.clear();
        if (request.anyFailed()) {
            failed(request.describeFailure(), request.retryCanHelp());
            return;
        }
        Shelf left = request.loaded(Side.LEFT).value();
        Shelf right = request.loaded(Side.RIGHT).value();
        // 6,000 awards a side compare in milliseconds, but never on the UI thread.
        running.add(executor.submit(
                () -> ShelfComparer.compare(left.awards().visibleAwards(), right.awards().visibleAwards()),
                result -> {
                    if (request.ticket == generation) {
                        running.clear();
                        show(request, left, right, result);
                    }
                },
                failure -> {
                    if (request.ticket == generation) {
                        running.clear();
                        failed(ErrorMessages.describe(failure), Retries.canHelp(failure));
                    }
                }));
    }

    private void failed(String why, boolean retryCanHelp) {
        busy.set(false);
        canRetry.set(retryCanHelp);
        say(StatusMessage.error(why));
    }

    private void show(ComparisonRequest request, Shelf left, Shelf right, ShelfComparison result) {
        shownRequest = request;
        leftName.set(nameOf(left, request.left));
        rightName.set(nameOf(right, request.right));
        filters.setGames(result.games());
        Map<Presence, Integer> n = result.gameCounts();
        counts.forEach((p, count) -> count.set(n.get(p)));
        comparison.set(result);
        busy.set(false);
        List<String> offline = new ArrayList<>();
        for (Side side : Side.values()) {
            Loaded<Shelf> loaded = request.loaded(side);
            if (loaded.offline()) {
                offline.add(Messages.format("compare.offline", nameOf(loaded.value(), request.user(side)),
                        AwardText.dateTime(loaded.value().fetchedAt())));
            }
        }
        canRetry.set(!offline.isEmpty());
        String done = Messages.format("compare.done", leftName.get(), rightName.get(),
                n.get(Presence.BOTH), n.get(Presence.ONLY_LEFT), n.get(Presence.ONLY_RIGHT));
        if (offline.isEmpty()) {
            message.set(StatusMessage.EMPTY);
            doneLine = StatusMessage.success(done);
            statusLine.accept(doneLine);
        } else {
            doneLine = null;
            say(StatusMessage.warning(done + " " + String.join(" ", offline)));
        }
    }

    private static String nameOf(Shelf shelf, String requested) {
        return shelf.profile().user() == null ? requested : shelf.profile().user();
    }

    private void stopRunning() {
        running.forEach(TaskExecutor.Cancellable::cancel);
        running.clear();
    }

    /** The page's own line; not the status line too, or the window would say it twice. */
    private void say(StatusMessage m) {
        message.set(m);
    }

    // Export

    /** The games shown, in the order shown: the chosen group, or all three groups side by side. */
    public List<ComparedGame> shownGames() {
        ShelfComparison current = comparison.get();
        if (current == null) {
            return List.of();
        }
        CompareLayout chosen = layout.get();
        if (chosen.group() != null) {
            return List.copyOf(filters.shown(chosen.group()));
        }
        // Side by side: every group's shown games, in the comparison's one order (title, then ID).
        Set<ComparedGame> shown = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Presence p : Presence.values()) {
            shown.addAll(filters.shown(p));
        }
        return current.games().stream().filter(shown::contains).toList();
    }

    /** {@code <left>-vs-<right>-<yyyy-mm-dd>.csv}, in the local date. */
    public String proposedFileName() {
        return export.proposedFileName(leftName.get(), rightName.get());
    }

    /** Saves the games shown, in the compare command's format, whole or not at all, in the background. */
    public void export(Path target) {
        if (comparison.get() != null) {
            export.export(leftName.get(), rightName.get(), shownGames(), target);
        }
    }

    private String describeShown() {
        if (comparison.get() == null) {
            return "";
        }
        CompareLayout chosen = layout.get();
        int shown = 0;
        int total = 0;
        for (Presence p : Presence.values()) {
            if (chosen.shows(p)) {
                shown += filters.shown(p).size();
                total += filters.total(p);
            }
        }
        return filters.activeProperty().get()
                ? Messages.format("filter.summary.filtered", shown, total)
                : Messages.format("compare.games", total);
    }

    /** Clears the text and console filters. */
    public boolean resetFilters() {
        if (!filters.activeProperty().get()) {
            return false;
        }
        filters.reset();
        return true;
    }

    // Properties

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRetryProperty() {
        return canRetry.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty exportingProperty() {
        return export.exportingProperty();
    }

    /** The page's own line: progress, which side failed, offline copies. */
    public ReadOnlyObjectProperty<StatusMessage> messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ShelfComparison> comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }

    /** The left user as the server spells them, once a comparison is shown. */
    public ReadOnlyStringProperty leftNameProperty() {
        return leftName.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty rightNameProperty() {
        return rightName.getReadOnlyProperty();
    }

    /** Games in the group, before the filters (the numbers on the group switch). */
    public ReadOnlyIntegerProperty countProperty(Presence presence) {
        return counts.get(presence).getReadOnlyProperty();
    }

    public ObjectProperty<CompareLayout> layoutProperty() {
        return layout;
    }

    /** The group's games after the filters, in the comparison's order: a grid's items. */
    public ObservableList<ComparedGame> shown(Presence presence) {
        return filters.shown(presence);
    }

    public StringProperty filterTextProperty() {
        return filters.filterTextProperty();
    }

    public ObjectProperty<String> consoleProperty() {
        return filters.consoleProperty();
    }

    public ObservableList<String> consoles() {
        return filters.consoles();
    }

    /** "Showing N of M games" while a filter is active, else "M games". */
    public StringBinding summaryProperty() {
        return summary;
    }
}
