package io.github.badgeshelf.ui.shelf;

import io.github.badgeshelf.api.UserNames;
import io.github.badgeshelf.lastlooked.NewAwards;
import io.github.badgeshelf.lastlooked.ShelfLooks;
import io.github.badgeshelf.model.AwardCounts;
import io.github.badgeshelf.model.Shelf;
import io.github.badgeshelf.settings.RecentSearches;
import io.github.badgeshelf.shelf.Loaded;
import io.github.badgeshelf.shelf.ShelfMemory;
import io.github.badgeshelf.shelf.Source;
import io.github.badgeshelf.ui.common.ErrorMessages;
import io.github.badgeshelf.ui.common.LatestTask;
import io.github.badgeshelf.ui.common.StatusAction;
import io.github.badgeshelf.ui.common.Retries;
import io.github.badgeshelf.ui.common.StatusMessage;
import io.github.badgeshelf.ui.common.TaskExecutor;
import io.github.badgeshelf.ui.i18n.Messages;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * Looks people up and holds the shelf on screen. A newer search cancels the older one and a
 * result that is not for the latest request is dropped; a failure leaves the previous shelf in
 * place and says what went wrong.
 */
public final class ShelfViewModel {
    /** Shelves younger than this are shown again from memory on back/forward and re-clicks. */
    static final Duration FRESH_FOR = Duration.ofMinutes(5);
    private static final Logger LOG = Logger.getLogger(ShelfViewModel.class.getName());

    // Properties
    private final StringProperty searchText = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<StatusMessage> status = new ReadOnlyObjectWrapper<>(StatusMessage.EMPTY);
    private final ReadOnlyObjectWrapper<Shelf> shelf = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<AwardCounts> counts = new ReadOnlyObjectWrapper<>(AwardCounts.ZERO);
    private final ReadOnlyObjectWrapper<NewAwards> newAwards = new ReadOnlyObjectWrapper<>(NewAwards.NONE);
    private final ReadOnlyObjectWrapper<Instant> offlineSince = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper canRetry = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<String> recentSearches = FXCollections.observableArrayList();
    private final ShelfHistory history = new ShelfHistory();

    private final Source<String, Shelf> source;
    private final LatestTask loads;
    private final ShelfMemory memory;
    private Consumer<List<String>> recentSearchesListener = list -> { };
    private GamePages gamePages = GamePages.NONE;
    /** Marks what is new since the viewer last looked; null: nothing is marked (tests, no viewer). */
    private ShelfLooks looks;
    private ComparePages comparePages = ComparePages.NONE;
    private NewsPages newsPages = NewsPages.NONE;
    /** Back to the shelf behind a page: the window says the shelf's line again (see {@link #setOnShelfAgain}). */
    private Runnable onShelfAgain = () -> { };

    private String lastRequested;

    public ShelfViewModel(Source<String, Shelf> source, TaskExecutor executor) {
        this(source, executor, Clock.systemUTC());
    }

    public ShelfViewModel(Source<String, Shelf> source, TaskExecutor executor, Clock clock) {
        this.source = source;
        this.loads = new LatestTask(executor, busy);
        this.memory = new ShelfMemory(clock, FRESH_FOR);
    }

    // Commands

    /** Searches for what is in the search field. */
    public void search() {
        show(searchText.get(), true, false);
    }

    /** Shows a user's shelf (a friend clicked, a recent search picked). */
    public void show(String user) {
        searchText.set(user == null ? "" : user.trim());
        show(user, true, false);
    }

    /** Fetches the current shelf again, whatever its age. */
    public void refresh() {
        Shelf current = shelf.get();
        String user = current != null ? current.profile().user() : lastRequested;
        if (user != null) {
            show(user, false, true);
        }
    }

    /** Runs the last request again after a failure. */
    public void retry() {
        if (lastRequested != null) {
            show(lastRequested, false, true);
        }
    }

    public void back() {
        history.back().ifPresent(this::go);
    }

    public void forward() {
        history.forward().ifPresent(this::go);
    }

    /** Who is looking, so that shelves shown mark what is new since their last look. */
    public void setLooks(ShelfLooks looks) {
        this.looks = looks;
    }

    public void setGamePages(GamePages pages) {
        this.gamePages = pages == null ? GamePages.NONE : pages;
    }

    /**
     * Run when back/forward return to the shelf behind a game page, a comparison or the news, which
     * is still there as it was: its status did not change, so the status line, which said the
     * other page's words meanwhile, has to be told to say the shelf's again.
     */
    public void setOnShelfAgain(Runnable action) {
        this.onShelfAgain = action == null ? () -> { } : action;
    }

    public void setComparePages(ComparePages pages) {
        this.comparePages = pages == null ? ComparePages.NONE : pages;
    }

    public void setNewsPages(NewsPages pages) {
        this.newsPages = pages == null ? NewsPages.NONE : pages;
    }

    /** The news page was opened: back/forward will come to it. */
    public void visitedNews() {
        history.visit(ShelfHistory.Place.newsPage());
    }

    /**
     * The news page was left (#closeNews, Escape, Back): a step back to where the person was (a
     * shelf, a game page, a comparison); false when nothing lies behind it.
     */
    public boolean leftNews() {
        if (history.current().filter(ShelfHistory.Place::isNews).isEmpty() || history.previous().isEmpty()) {
            return false;
        }
        back();
        return true;
    }

    /** The comparison of {@code left} with {@code right} was opened: back/forward will come to it. */
    public void visitedComparison(String left, String right) {
        history.visit(ShelfHistory.Place.comparison(left, right));
    }

    /**
     * The comparison page was left (Escape, its back button): back to the place behind the
     * comparisons, as a browser's "back N pages"; false when there was no place to go back to.
     */
    public boolean leftComparison() {
        if (history.current().filter(ShelfHistory.Place::isComparison).isEmpty()) {
            return false;
        }
        var behind = history.backPastComparisons();
        if (behind.isPresent()) {
            go(behind.get());
            return true;
        }
        if (lastRequested != null) {
            history.visit(ShelfHistory.Place.shelf(lastRequested));
        }
        return false;
    }

    /** A game page of {@code user} was opened: back/forward will come to it. */
    public void visitedGame(String user, int gameId) {
        history.visit(new ShelfHistory.Place(user, gameId));
    }

    /**
     * The game page was left (Escape, the close button): a step back in the history when that is
     * the shelf behind it, else a visit to that shelf, as a browser would have it.
     */
    public void leftGame() {
        if (history.current().filter(ShelfHistory.Place::isGame).isEmpty() || lastRequested == null) {
            return;
        }
        // A game opened from a comparison or the news goes back to that page.
        if (history.previous().filter(p -> p.isComparison() || p.isNews()).isPresent()) {
            back();
            return;
        }
        ShelfHistory.Place behind = ShelfHistory.Place.shelf(lastRequested);
        if (behind.sameAs(history.previous().orElse(null))) {
            history.back();
        } else {
            history.visit(behind);
        }
    }

    private void go(ShelfHistory.Place place) {
        if (place.isNews()) {
            newsPages.reopen();
            return;
        }
        boolean leftNews = newsPages.close();
        if (place.isComparison()) {
            comparePages.reopen(place.user(), place.rival());
            return;
        }
        boolean leftComparison = comparePages.close();
        if (place.isGame()) {
            gamePages.reopen(place.user(), place.gameId());
            return;
        }
        boolean leftGame = gamePages.close();
        // Back from a game page, a comparison or the news to the shelf behind it: that shelf is still there, exactly as it was.
        if ((leftGame || leftComparison || leftNews) && shelf.get() != null && lastRequested != null
                && lastRequested.equalsIgnoreCase(place.user())) {
            onShelfAgain.run();
            return;
        }
        show(place.user(), false, false);
    }

    /** Cancels the search in progress, if any; the shelf on screen stays. */
    public boolean cancel() {
        if (!loads.cancel()) {
            return false;
        }
        status.set(StatusMessage.worded(StatusMessage.Tone.INFO, () -> Messages.get("shelf.status.cancelled")));
        return true;
    }

    private void show(String rawUser, boolean recordHistory, boolean forceFetch) {
        String user = rawUser == null ? "" : rawUser.trim();
        var problem = UserNames.problem(user);
        if (problem.isPresent()) {
            String key = switch (problem.get()) {
                case EMPTY -> "error.userName.empty";
                case NOT_LETTERS_AND_DIGITS -> "error.userName.characters";
                case LENGTH -> "error.userName.length";
            };
            // The same name again would be refused again: no Retry.
            canRetry.set(false);
            status.set(retryable(StatusMessage.worded(StatusMessage.Tone.ERROR, () -> Messages.get(key))));
            return;
        }
        long ticket = loads.next();
        lastRequested = user;
        if (recordHistory) {
            history.visit(user);
            // A shelf asked for (a search, a person clicked) is what the person wants to see now.
            comparePages.close();
        }
        if (!forceFetch) {
            var fresh = memory.fresh(user);
            if (fresh.isPresent()) {
                busy.set(false);
                display(user, fresh.get(), false);
                return;
            }
        }
        busy.set(true);
        canRetry.set(false);
        status.set(StatusMessage.worded(StatusMessage.Tone.BUSY, () -> Messages.format("shelf.status.lookingUp", user)));
        loads.submit(ticket, () -> source.load(user),
                result -> {
                    if (result.offline()) {
                        displayOffline(user, result);
                    } else {
                        memory.remember(user, result.value());
                        display(user, result.value(), true);
                    }
                },
                failure -> {
                    canRetry.set(Retries.canHelp(failure));
                    status.set(retryable(StatusMessage.worded(StatusMessage.Tone.ERROR,
                            () -> ErrorMessages.describe(failure, user))));
                });
    }

    /** The server could not be reached: show the last copy kept on disk, clearly marked. */
    private void displayOffline(String requested, Loaded<Shelf> result) {
        markNew(requested, result.value());
        shelf.set(result.value());
        counts.set(result.value().awards().counts());
        offlineSince.set(result.value().fetchedAt());
        canRetry.set(true);
        LOG.info(() -> "Shelf shown: " + displayName(requested, result.value()) + " (offline copy)");
        Shelf kept = result.value();
        status.set(retryable(StatusMessage.worded(StatusMessage.Tone.WARNING, () -> Messages.format("shelf.status.offline",
                result.offlineCause() == null ? Messages.get("error.network.unnamed")
                        : ErrorMessages.describe(result.offlineCause(), requested),
                displayName(requested, kept), AwardText.dateTime(kept.fetchedAt())))));
    }

    private static String displayName(String requested, Shelf shelf) {
        return shelf.profile().user() == null ? requested : shelf.profile().user();
    }

    /** Set before the shelf, so that whatever follows the shelf finds its marks ready. */
    private void markNew(String requested, Shelf shown) {
        newAwards.set(looks == null ? NewAwards.NONE : looks.shown(shown, requested));
    }

    private void display(String requested, Shelf result, boolean fetched) {
        markNew(requested, result);
        shelf.set(result);
        offlineSince.set(null);
        counts.set(result.awards().counts());
        canRetry.set(false);
        rememberRecent(displayName(requested, result));
        int shown = result.awards().visibleAwards().size();
        String name = displayName(requested, result);
        // One line per shelf put on screen: tools/smoke/javafx-run-smoke.sh waits for it.
        LOG.info(() -> "Shelf shown: " + name + ", " + shown + " awards" + (fetched ? "" : " (from memory)"));
        status.set(StatusMessage.worded(StatusMessage.Tone.SUCCESS, () -> fetched
                ? Messages.format("shelf.status.loaded", shown, name)
                : Messages.format("shelf.status.remembered", shown, name, FRESH_FOR.toMinutes())));
    }

    private void rememberRecent(String user) {
        recentSearches.setAll(RecentSearches.withFirst(recentSearches, user));
        recentSearchesListener.accept(List.copyOf(recentSearches));
    }

    /** Puts back the recent searches remembered from an earlier run. */
    public void restoreRecentSearches(List<String> saved) {
        recentSearches.setAll(RecentSearches.tidy(saved));
    }

    public void setOnRecentSearchesChanged(Consumer<List<String>> listener) {
        this.recentSearchesListener = listener == null ? list -> { } : listener;
    }

    /** The message with Retry beside it while the last request can be run again. */
    private StatusMessage retryable(StatusMessage message) {
        return canRetry.get() ? message.withAction(new StatusAction.Retry(this::retry)) : message;
    }

    // Properties

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<StatusMessage> statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Shelf> shelfProperty() {
        return shelf.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<AwardCounts> countsProperty() {
        return counts.getReadOnlyProperty();
    }

    /** The awards of the shelf on screen that are new since the viewer last looked at it. */
    public ReadOnlyObjectProperty<NewAwards> newAwardsProperty() {
        return newAwards.getReadOnlyProperty();
    }

    /** When the shelf on screen is an offline copy: the time it was fetched; otherwise null. */
    public ReadOnlyObjectProperty<Instant> offlineSinceProperty() {
        return offlineSince.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRetryProperty() {
        return canRetry.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canGoBackProperty() {
        return history.canGoBackProperty();
    }

    public ReadOnlyBooleanProperty canGoForwardProperty() {
        return history.canGoForwardProperty();
    }

    public ObservableList<String> getRecentSearches() {
        return FXCollections.unmodifiableObservableList(recentSearches);
    }
}
