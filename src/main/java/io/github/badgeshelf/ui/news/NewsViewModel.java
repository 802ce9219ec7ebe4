package io.github.badgeshelf.ui.news;

import io.github.badgeshelf.model.AwardCategory;
import io.github.badgeshelf.model.FollowedUser;
import io.github.badgeshelf.news.FollowList;
import io.github.badgeshelf.news.KeptCopies;
import io.github.badgeshelf.news.NewsEntry;
import io.github.badgeshelf.news.NewsFeed;
import io.github.badgeshelf.news.NewsGatherer;
import io.github.badgeshelf.news.PersonNews;
import io.github.badgeshelf.ui.common.ErrorMessages;
import io.github.badgeshelf.ui.common.TaskExecutor;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The news page without its nodes: what the copies on disk say at once, then fresher shelves as
 * they arrive (the polite {@link NewsGatherer}), merged newest first and filtered by period, kind
 * and person. UI thread only; the gathering runs through the {@link TaskExecutor}.
 */
public final class NewsViewModel {
    /** Merging the whole list again is not done for every person: at most this often while shelves arrive. */
    private static final long REMERGE_NANOS = 250_000_000L;

    private final TaskExecutor executor;
    private final NewsGatherer gatherer;
    private final FollowList.Pages pages;
    private final List<FollowedUser> knownFollowing;
    private final Clock clock;

    private final ObservableList<NewsEntry> all = FXCollections.observableArrayList();
    private final FilteredList<NewsEntry> shown = new FilteredList<>(all);
    private final ObservableList<String> people = FXCollections.observableArrayList();
    private final ObservableList<PersonNews> troubled = FXCollections.observableArrayList();
    private final ObjectProperty<NewsPeriod> period = new SimpleObjectProperty<>(NewsPeriod.DAYS_30);
    private final ObjectProperty<AwardCategory> kind = new SimpleObjectProperty<>();
    private final ObjectProperty<String> person = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyIntegerWrapper done = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper();
    private final ObjectProperty<String> failure = new SimpleObjectProperty<>();
    private final IntegerProperty generation = new SimpleIntegerProperty();
    private TaskExecutor.Cancellable running;
    private boolean loaded;

    /**
     * @param knownFollowing the follow list from sign-in, whose copies are shown before the whole list is read
     */
    public NewsViewModel(TaskExecutor executor, NewsGatherer gatherer, FollowList.Pages pages,
                         List<FollowedUser> knownFollowing, Clock clock) {
        this.executor = executor;
        this.gatherer = gatherer;
        this.pages = pages;
        this.knownFollowing = List.copyOf(knownFollowing);
        this.clock = clock;
        period.addListener((obs, old, now) -> refilter());
        kind.addListener((obs, old, now) -> refilter());
        person.addListener((obs, old, now) -> refilter());
        refilter();
    }

    /** Loads the first time the page is opened; later openings show what is there (refresh asks again). */
    public void open() {
        if (!loaded) {
            refresh();
        }
    }

    /** Shows the copies at once, then reads the whole follow list and asks for what the rule says is stale. */
    public void refresh() {
        cancel();
        loaded = true;
        int ticket = generation.get() + 1;
        generation.set(ticket);
        busy.set(true);
        failure.set(null);
        running = executor.submit(() -> gatherInBackground(ticket), result -> {
            if (ticket == generation.get()) {
                busy.set(false);
                running = null;
            }
        }, error -> {
            if (ticket == generation.get()) {
                busy.set(false);
                running = null;
                failure.set(ErrorMessages.describe(error));
            }
        });
    }

    /** Stops asking; what is shown stays. */
    public void cancel() {
        if (running != null) {
            running.cancel();
            running = null;
        }
        generation.set(generation.get() + 1);
        busy.set(false);
    }

    /** Runs off the UI thread: every step's result is handed to the UI thread, dropped if a newer load started. */
    private Boolean gatherInBackground(int ticket) throws Exception {
        Map<String, PersonNews> byPerson = new LinkedHashMap<>();
        // Each copy is read once: for the page shown at once, then judged against the fresh follow list.
        KeptCopies ahead = gatherer.readAhead(knownFollowing.stream().map(FollowedUser::user).toList());
        for (PersonNews p : gatherer.fromCopies(knownFollowing, ahead)) {
            byPerson.put(key(p.user()), p);
        }
        publish(ticket, byPerson, 0, knownFollowing.size());
        List<FollowedUser> followed = FollowList.all(pages);
        Map<String, PersonNews> current = new LinkedHashMap<>();
        for (FollowedUser f : followed) {
            PersonNews known = byPerson.get(key(f.user()));
            current.put(key(f.user()), known != null ? known
                    : new PersonNews(f, PersonNews.State.PENDING, null, null));
        }
        long[] lastMerge = {System.nanoTime()};
        publish(ticket, current, 0, followed.size());
        List<PersonNews> result = gatherer.gather(followed, ahead, (news, n, of) -> {
            current.put(key(news.user()), news);
            long now = System.nanoTime();
            if (n == of || now - lastMerge[0] > REMERGE_NANOS) {
                lastMerge[0] = now;
                publish(ticket, current, n, of);
            } else {
                executor.runOnUiThread(() -> {
                    if (ticket == generation.get()) {
                        done.set(n);
                    }
                });
            }
        });
        if (result.isEmpty()) {
            publish(ticket, current, 0, 0);
        }
        return Boolean.TRUE;
    }

    /** Merges off the UI thread and hands the result over. */
    private void publish(int ticket, Map<String, PersonNews> byPerson, int n, int of) {
        List<PersonNews> snapshot = List.copyOf(byPerson.values());
        List<NewsEntry> entries = NewsFeed.entries(snapshot, null);
        List<String> names = snapshot.stream().map(PersonNews::user).toList();
        List<PersonNews> problems = snapshot.stream().filter(p -> p.state() == PersonNews.State.STALE
                || p.state() == PersonNews.State.UNAVAILABLE).toList();
        executor.runOnUiThread(() -> {
            if (ticket != generation.get()) {
                return;
            }
            all.setAll(entries);
            if (!people.equals(names)) {
                people.setAll(names);
            }
            troubled.setAll(problems);
            done.set(n);
            total.set(of);
        });
    }

    private void refilter() {
        Instant since = period.get() == null ? null : period.get().since(clock.instant());
        AwardCategory k = kind.get();
        String who = person.get();
        Predicate<NewsEntry> keep = e -> (since == null || !e.award().awardedAt().isBefore(since))
                && (k == null || AwardCategory.of(e.award()) == k)
                && (who == null || who.equalsIgnoreCase(e.user()));
        shown.setPredicate(keep);
    }

    private static String key(String user) {
        return user.toLowerCase(Locale.ROOT);
    }

    /** The entries the filters let through, newest first. */
    public ObservableList<NewsEntry> getShown() {
        return shown;
    }

    /** Every entry known, newest first, whatever the filters. */
    public ObservableList<NewsEntry> getAll() {
        return FXCollections.unmodifiableObservableList(all);
    }

    /** The people followed, in the follow list's order: the person filter's choices. */
    public ObservableList<String> getPeople() {
        return FXCollections.unmodifiableObservableList(people);
    }

    /** The people shown from an old copy, or not at all, because their shelf could not be had. */
    public ObservableList<PersonNews> getTroubled() {
        return FXCollections.unmodifiableObservableList(troubled);
    }

    public ObjectProperty<NewsPeriod> periodProperty() {
        return period;
    }

    /** One kind, or null for every kind. */
    public ObjectProperty<AwardCategory> kindProperty() {
        return kind;
    }

    /** One person, or null for everyone. */
    public ObjectProperty<String> personProperty() {
        return person;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** People whose part is known, of {@link #totalProperty()}. */
    public ReadOnlyIntegerProperty doneProperty() {
        return done.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    /** Why the news could not be gathered at all (the follow list could not be read), in words; else null. */
    public ObjectProperty<String> failureProperty() {
        return failure;
    }

    public Instant now() {
        return clock.instant();
    }
}
