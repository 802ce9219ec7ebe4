package io.github.badgeshelf.ui.game;

import io.github.badgeshelf.game.GameKey;
import io.github.badgeshelf.game.GamePage;
import io.github.badgeshelf.model.Achievement;
import io.github.badgeshelf.shelf.Loaded;
import io.github.badgeshelf.shelf.RecentMemory;
import io.github.badgeshelf.shelf.Source;
import io.github.badgeshelf.ui.common.StatusAction;
import io.github.badgeshelf.ui.common.ErrorMessages;
import io.github.badgeshelf.ui.common.LatestTask;
import io.github.badgeshelf.ui.common.Retries;
import io.github.badgeshelf.ui.common.StatusMessage;
import io.github.badgeshelf.ui.common.TaskExecutor;
import io.github.badgeshelf.ui.i18n.Messages;
import io.github.badgeshelf.ui.shelf.AwardText;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * The game page: loads a game with the user's progress in the background (a newer request wins, a
 * failure leaves whatever was on screen and says why), keeps recent pages in memory and shows the
 * last copy offline, and filters, sorts and selects the achievements.
 */
public final class GamePageViewModel {
    /** Pages younger than this are shown again from memory, as shelves are. */
    static final Duration FRESH_FOR = Duration.ofMinutes(5);
    private static final int MEMORY = 20;

    private final ReadOnlyObjectWrapper<GamePage> page = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Instant> offlineSince = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<AchievementFilter> filter = new SimpleObjectProperty<>(AchievementFilter.ALL);
    private final ObjectProperty<AchievementSort> sort = new SimpleObjectProperty<>(AchievementSort.GAME_ORDER);
    private final ObjectProperty<Achievement> selected = new SimpleObjectProperty<>();
    private final ObservableList<Achievement> shown = FXCollections.observableArrayList();
    private final ObservableList<Achievement> shownReadOnly = FXCollections.unmodifiableObservableList(shown);

    private final Source<GameKey, GamePage> source;
    private final LatestTask loads;
    private final Consumer<StatusMessage> status;
    private final RecentMemory<GameKey, GamePage> memory;
    private Consumer<GameKey> onOpened = key -> { };

    private GameKey lastRequested;

    public GamePageViewModel(Source<GameKey, GamePage> source, TaskExecutor executor, Clock clock,
                             Consumer<StatusMessage> status) {
        this.source = source;
        this.loads = new LatestTask(executor, busy);
        this.status = status;
        this.memory = new RecentMemory<>(MEMORY, clock, FRESH_FOR, GamePage::fetchedAt);
        filter.addListener((obs, old, now) -> refilter());
        sort.addListener((obs, old, now) -> refilter());
    }

    // Commands

    /** Opens a game page (a tile's Enter or double-click); {@code title} names it while it loads. */
    public void open(GameKey key, String title) {
        load(key, title, true, false);
    }

    /** Opens a page again from the history (back/forward), without recording a visit. */
    public void reopen(GameKey key) {
        load(key, null, false, false);
    }

    /** Fetches the page on screen again, whatever its age. */
    public void refresh() {
        GameKey key = page.get() != null ? page.get().key() : lastRequested;
        if (key != null) {
            load(key, null, false, true);
        }
    }

    /** Runs the last request again (after a failure, or to bring an offline copy up to date). */
    public void retry() {
        if (lastRequested != null) {
            load(lastRequested, null, false, true);
        }
    }

    /** Cancels a load in progress; what is on screen stays. */
    public boolean cancel() {
        if (!loads.cancel()) {
            return false;
        }
        status.accept(StatusMessage.info(Messages.get("game.cancelled")));
        return true;
    }

    /** Leaves the game page; true if one was open. */
    public boolean close() {
        loads.cancel();
        if (page.get() == null) {
            return false;
        }
        page.set(null);
        offlineSince.set(null);
        selected.set(null);
        shown.clear();
        return true;
    }

    /** Called with the key of every page opened by {@link #open} (not by {@link #reopen}), for the history. */
    public void setOnOpened(Consumer<GameKey> listener) {
        this.onOpened = listener == null ? key -> { } : listener;
    }

    private void load(GameKey key, String title, boolean visit, boolean force) {
        loads.cancel();
        long ticket = loads.next();
        lastRequested = key;
        if (!force) {
            var fresh = memory.fresh(key);
            if (fresh.isPresent()) {
                display(fresh.get(), null, visit);
                return;
            }
        }
        busy.set(true);
        String name = title != null ? title : page.get() != null && page.get().key().equals(key)
                ? page.get().game().title() : Messages.format("game.numbered", key.gameId());
        status.accept(StatusMessage.busy(Messages.format("game.opening", name)));
        loads.submit(ticket, () -> source.load(key),
                result -> {
                    if (!result.offline()) {
                        memory.remember(key, result.value());
                    }
                    display(result.value(), result, visit);
                },
                failure -> {
                    StatusMessage said = StatusMessage.error(describe(failure, key));
                    status.accept(Retries.canHelp(failure) ? said.withAction(new StatusAction.Retry(this::retry)) : said);
                });
    }

    /** The failure in words; the server's "[]" names the game and the user asked for. */
    private static String describe(Throwable failure, GameKey key) {
        if (failure instanceof io.github.badgeshelf.api.ApiException api
                && api.kind() == io.github.badgeshelf.api.ApiException.Kind.NO_SUCH_GAME) {
            return Messages.format("game.noSuchGame", key.gameId(), key.user());
        }
        return ErrorMessages.describe(failure, key.user());
    }

    private void display(GamePage shownPage, Loaded<GamePage> result, boolean visit) {
        boolean samePage = page.get() != null && page.get().key().equals(shownPage.key());
        Achievement keep = samePage ? selected.get() : null;
        // Listed before the page is announced: whoever shows the page (the view's grid) finds its
        // achievements ready, and a first page does not go through an empty list on its way in.
        refilter(shownPage);
        page.set(shownPage);
        boolean offline = result != null && result.offline();
        offlineSince.set(offline ? shownPage.fetchedAt() : null);
        selected.set(keep == null ? null : shown.stream().filter(a -> a.id() == keep.id()).findFirst().orElse(null));
        var game = shownPage.game();
        if (offline) {
            status.accept(StatusMessage.warning(Messages.format("game.offline", result.offlineReason(), game.title(),
                    AwardText.dateTime(shownPage.fetchedAt()))).withAction(new StatusAction.Retry(this::retry)));
        } else {
            status.accept(StatusMessage.success(Messages.format("game.loaded", game.title(), game.earned(),
                    game.total())));
        }
        if (visit) {
            onOpened.accept(shownPage.key());
        }
    }

    private void refilter() {
        refilter(page.get());
    }

    private void refilter(GamePage current) {
        if (current == null) {
            shown.clear();
            return;
        }
        AchievementFilter f = filter.get();
        List<Achievement> list = current.game().achievements().stream().filter(f::test)
                .sorted(sort.get().order()).toList();
        shown.setAll(list);
        if (selected.get() != null && !list.contains(selected.get())) {
            selected.set(null);
        }
    }

    // Properties

    /** The page on screen, or null when none is open. */
    public ReadOnlyObjectProperty<GamePage> pageProperty() {
        return page.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** When the page on screen is an offline copy: the time it was fetched; otherwise null. */
    public ReadOnlyObjectProperty<Instant> offlineSinceProperty() {
        return offlineSince.getReadOnlyProperty();
    }

    public ObjectProperty<AchievementFilter> filterProperty() {
        return filter;
    }

    public ObjectProperty<AchievementSort> sortProperty() {
        return sort;
    }

    public ObjectProperty<Achievement> selectedProperty() {
        return selected;
    }

    /** The achievements shown, filtered and sorted. */
    public ObservableList<Achievement> getShown() {
        return shownReadOnly;
    }

    public boolean isOpen() {
        return page.get() != null;
    }
}
