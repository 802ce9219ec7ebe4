package io.github.badgeshelf.ui.compare;

import io.github.badgeshelf.api.UserNames;
import io.github.badgeshelf.compare.ComparedGame;
import io.github.badgeshelf.compare.Presence;
import io.github.badgeshelf.compare.ShelfComparer;
import io.github.badgeshelf.compare.ShelfComparison;
import io.github.badgeshelf.export.ComparisonCsv;
import io.github.badgeshelf.export.FileFailures;
import io.github.badgeshelf.model.Shelf;
import io.github.badgeshelf.shelf.Loaded;
import io.github.badgeshelf.shelf.Source;
import io.github.badgeshelf.ui.common.ErrorMessages;
import io.github.badgeshelf.ui.common.Retries;
import io.github.badgeshelf.ui.common.StatusMessage;
import io.github.badgeshelf.ui.common.TaskExecutor;
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
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Compares the shelf on screen (the left side) with another user's (the right side). Both
 * shelves are fetched at once, each as its own background task; when both are in, the
 * comparison is made in the background too. A newer comparison cancels an older one and drops
 * its late answers; a failure says which side failed and leaves the page as it was (the last
 * comparison, filters and all), with Retry.
 */
public final class CompareViewModel {
    /** Which of the two shelves. */
    public enum Side { LEFT, RIGHT }

    private final Source<String, Shelf> source;
    private final TaskExecutor executor;
    private final Consumer<StatusMessage> statusLine;
    private final Clock clock;

    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canRetry = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<StatusMessage> message = new ReadOnlyObjectWrapper<>(StatusMessage.EMPTY);
    private final ReadOnlyObjectWrapper<ShelfComparison> comparison = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper leftName = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper rightName = new ReadOnlyStringWrapper("");
    private final Map<Presence, ReadOnlyIntegerWrapper> counts = new EnumMap<>(Presence.class);
    private final ObjectProperty<CompareLayout> layout = new SimpleObjectProperty<>(CompareLayout.BOTH);
    private final ReadOnlyBooleanWrapper exporting = new ReadOnlyBooleanWrapper(false);
    private final CompareFilters filters = new CompareFilters();
    private final StringBinding summary;

    private final List<TaskExecutor.Cancellable> running = new ArrayList<>();
    private long generation;
    private Request lastRequest;

    /** One comparison asked for; {@code shown} is the left user's shelf when it is already on screen. */
    private record Request(Shelf shown, String left, String right) {
    }

    /** The two sides of one comparison as they arrive, each a shelf or a failure. */
    private final class Pending {
        final long ticket;
        final Request request;
        final Map<Side, Loaded<Shelf>> loaded = new EnumMap<>(Side.class);
        final Map<Side, Throwable> failed = new EnumMap<>(Side.class);

        Pending(long ticket, Request request) {
            this.ticket = ticket;
            this.request = request;
        }

        boolean settled() {
            return loaded.size() + failed.size() == 2;
        }

        String user(Side side) {
            return side == Side.LEFT ? request.left : request.right;
        }
    }

    public CompareViewModel(Source<String, Shelf> source, TaskExecutor executor, Consumer<StatusMessage> statusLine, Clock clock) {
        this.source = source;
        this.executor = executor;
        this.statusLine = statusLine == null ? m -> { } : statusLine;
        this.clock = clock;
        for (Presence p : Presence.values()) {
            counts.put(p, new ReadOnlyIntegerWrapper(0));
        }
        summary = Bindings.createStringBinding(this::describeShown, layout, filters.activeProperty(), comparison,
                filters.shown(Presence.BOTH), filters.shown(Presence.ONLY_LEFT), filters.shown(Presence.ONLY_RIGHT));
    }

    // Commands

    /**
     * Compares {@code leftUser} with {@code rightUser}. {@code shown} is the shelf on screen: when it
     * is the left user's, it is used as it is rather than fetched again.
     */
    public void compare(Shelf shown, String leftUser, String rightUser) {
        String left = leftUser == null ? "" : leftUser.trim();
        String right = rightUser == null ? "" : rightUser.trim();
        Optional<String> problem = UserNames.problemWith(right).or(() -> UserNames.problemWith(left));
        if (problem.isPresent()) {
            say(StatusMessage.error(problem.get()));
            return;
        }
        start(new Request(shown, left, right));
    }

    /** Runs the last comparison again, fetching both shelves afresh. */
    public void retry() {
        if (lastRequest != null) {
            start(new Request(null, lastRequest.left, lastRequest.right));
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
        return true;
    }

    private void start(Request request) {
        stopRunning();
        long ticket = ++generation;
        lastRequest = request;
        busy.set(true);
        canRetry.set(false);
        say(StatusMessage.busy(Messages.format("compare.busy", request.left, request.right)));
        Pending pending = new Pending(ticket, request);
        Shelf shown = request.shown;
        if (shown != null && shown.profile().user() != null && shown.profile().user().equalsIgnoreCase(request.left)) {
            pending.loaded.put(Side.LEFT, Loaded.fresh(shown));
        } else {
            fetch(pending, Side.LEFT);
        }
        fetch(pending, Side.RIGHT);
    }

    private void fetch(Pending pending, Side side) {
        String user = pending.user(side);
        running.add(executor.submit(() -> source.load(user),
                loaded -> {
                    pending.loaded.put(side, loaded);
                    sideSettled(pending);
                },
                failure -> {
                    pending.failed.put(side, failure);
                    sideSettled(pending);
                }));
    }

    private void sideSettled(Pending pending) {
        if (pending.ticket != generation || !pending.settled()) {
            return;
        }
        if (!pending.failed.isEmpty()) {
            running.clear();
            busy.set(false);
            canRetry.set(pending.failed.values().stream().anyMatch(Retries::canHelp));
            say(StatusMessage.error(describeFailure(pending)));
            return;
        }
        Shelf left = pending.loaded.get(Side.LEFT).value();
        Shelf right = pending.loaded.get(Side.RIGHT).value();
        running.clear();
        // 6,000 awards a side compare in milliseconds, but never on the UI thread.
        running.add(executor.submit(
                () -> ShelfComparer.compare(left.awards().visibleAwards(), right.awards().visibleAwards()),
                result -> {
                    if (pending.ticket == generation) {
                        running.clear();
                        show(pending, left, right, result);
                    }
                },
                failure -> {
                    if (pending.ticket == generation) {
                        running.clear();
                        busy.set(false);
                        canRetry.set(true);
                        say(StatusMessage.error(ErrorMessages.describe(failure)));
                    }
                }));
    }

    private String describeFailure(Pending pending) {
        Throwable left = pending.failed.get(Side.LEFT);
        Throwable right = pending.failed.get(Side.RIGHT);
        if (left != null && right != null) {
            String l = ErrorMessages.describe(left, pending.request.left);
            String r = ErrorMessages.describe(right, pending.request.right);
            return l.equals(r) ? Messages.format("compare.failed.both", l)
                    : Messages.format("compare.failed.left", pending.request.left, l) + " "
                    + Messages.format("compare.failed.right", pending.request.right, r);
        }
        return left != null
                ? Messages.format("compare.failed.left", pending.request.left, ErrorMessages.describe(left, pending.request.left))
                : Messages.format("compare.failed.right", pending.request.right,
                        ErrorMessages.describe(right, pending.request.right));
    }

    private void show(Pending pending, Shelf left, Shelf right, ShelfComparison result) {
        leftName.set(nameOf(left, pending.request.left));
        rightName.set(nameOf(right, pending.request.right));
        filters.setGames(result.games());
        Map<Presence, Integer> n = result.gameCounts();
        counts.forEach((p, count) -> count.set(n.get(p)));
        comparison.set(result);
        busy.set(false);
        List<String> offline = new ArrayList<>();
        for (Side side : Side.values()) {
            Loaded<Shelf> loaded = pending.loaded.get(side);
            if (loaded.offline()) {
                offline.add(Messages.format("compare.offline", nameOf(loaded.value(), pending.user(side)),
                        AwardText.dateTime(loaded.value().fetchedAt())));
            }
        }
        canRetry.set(!offline.isEmpty());
        String done = Messages.format("compare.done", leftName.get(), rightName.get(),
                n.get(Presence.BOTH), n.get(Presence.ONLY_LEFT), n.get(Presence.ONLY_RIGHT));
        say(offline.isEmpty() ? StatusMessage.success(done)
                : StatusMessage.warning(done + " " + String.join(" ", offline)));
    }

    private static String nameOf(Shelf shelf, String requested) {
        return shelf.profile().user() == null ? requested : shelf.profile().user();
    }

    private void stopRunning() {
        running.forEach(TaskExecutor.Cancellable::cancel);
        running.clear();
    }

    private void say(StatusMessage m) {
        message.set(m);
        statusLine.accept(m);
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
        java.util.Set<ComparedGame> shown = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Presence p : Presence.values()) {
            shown.addAll(filters.shown(p));
        }
        return current.games().stream().filter(shown::contains).toList();
    }

    /** {@code <left>-vs-<right>-<yyyy-mm-dd>.csv}, in the local date. */
    public String proposedFileName() {
        return safe(leftName.get()) + "-vs-" + safe(rightName.get()) + "-"
                + LocalDate.now(clock.withZone(ZoneId.systemDefault())) + ".csv";
    }

    private static String safe(String name) {
        return name == null || name.isBlank() ? "shelf" : name.replaceAll("[^A-Za-z0-9_-]", "_");
    }

    /** Saves the games shown, in the compare command's format, whole or not at all, in the background. */
    public void export(Path target) {
        if (comparison.get() == null || exporting.get()) {
            return;
        }
        List<ComparedGame> snapshot = shownGames();
        String left = leftName.get();
        String right = rightName.get();
        exporting.set(true);
        statusLine.accept(StatusMessage.busy(Messages.format("compare.exporting", snapshot.size(), target.getFileName())));
        executor.submit(() -> {
            ComparisonCsv.export(left, right, snapshot, target);
            return target;
        }, saved -> {
            exporting.set(false);
            statusLine.accept(StatusMessage.success(Messages.format("compare.exported", snapshot.size(), saved)));
        }, failure -> {
            exporting.set(false);
            statusLine.accept(StatusMessage.error(Messages.format("compare.exportFailed", target.getFileName(),
                    FileFailures.reason(failure))));
        });
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
        return exporting.getReadOnlyProperty();
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
