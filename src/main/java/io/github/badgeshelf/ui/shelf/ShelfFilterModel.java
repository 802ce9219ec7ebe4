package io.github.badgeshelf.ui.shelf;

import io.github.badgeshelf.lastlooked.NewAwards;
import io.github.badgeshelf.model.Award;
import io.github.badgeshelf.model.AwardCounts;
import io.github.badgeshelf.ui.i18n.Messages;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Filters and sorts the awards of the shelf on screen. The text filter matches title and console,
 * ignoring case and accents; {@link ShelfMatcher} does the matching with as little work per
 * keystroke as it can (texts folded and orders sorted once per shelf, a letter added examines
 * only the awards shown before).
 *
 * <p>The shown list is handed over with one {@code setAll}, and only when it differs: a
 * FilteredList under a SortedList cost 50-80 ms a keystroke on 50,000 awards (the SortedList
 * re-maps every element of the change), and the grid refills every visible tile on each change
 * of its items, even when one more letter keeps the same awards.
 */
public final class ShelfFilterModel {
    /**
     * The console choice's "no filter" entry: a value no console is named, shown as the bundle's
     * {@code filter.console.all} in the window's language.
     */
    public static final String ALL_CONSOLES = "\u0000";

    private final ObservableList<Award> all = FXCollections.observableArrayList();
    private final ReplaceableList<Award> shownItems = new ReplaceableList<>();
    private final ObservableList<Award> shown = FXCollections.unmodifiableObservableList(shownItems);
    /** Matches the filters against the awards of {@link #all}: made anew with each shelf. */
    private ShelfMatcher matcher = new ShelfMatcher(List.of());

    private final StringProperty filterText = new SimpleStringProperty("");
    private final ObservableSet<KindFilter> kinds = FXCollections.observableSet();
    private final ObjectProperty<String> console = new SimpleObjectProperty<>(ALL_CONSOLES);
    private final ObjectProperty<ModeFilter> mode = new SimpleObjectProperty<>(ModeFilter.ANY);
    private final ObjectProperty<SortOrder> sortOrder = new SimpleObjectProperty<>(SortOrder.USER_ORDER);
    /** The awards new since the viewer's last look, and whether they alone are shown. */
    private final ReadOnlyObjectWrapper<NewAwards> newAwards = new ReadOnlyObjectWrapper<>(NewAwards.NONE);
    private final BooleanProperty newOnly = new SimpleBooleanProperty(false);
    /** True while a new shelf's marks are put in place: the one refilter comes after, with its awards. */
    private boolean replacing;
    private final ObservableList<String> consoles = FXCollections.observableArrayList(ALL_CONSOLES);
    private final Map<KindFilter, ReadOnlyIntegerWrapper> kindCounts = new EnumMap<>(KindFilter.class);
    private final Map<KindFilter, ReadOnlyIntegerWrapper> notListed = new EnumMap<>(KindFilter.class);
    private final BooleanBinding filterActive;
    private final StringBinding summary;

    public ShelfFilterModel() {
        for (KindFilter k : KindFilter.values()) {
            kindCounts.put(k, new ReadOnlyIntegerWrapper(0));
            notListed.put(k, new ReadOnlyIntegerWrapper(0));
        }
        filterText.addListener((obs, old, now) -> refilter());
        console.addListener((obs, old, now) -> refilter());
        mode.addListener((obs, old, now) -> refilter());
        kinds.addListener((SetChangeListener<KindFilter>) change -> refilter());
        sortOrder.addListener((obs, old, now) -> refilter());
        newOnly.addListener((obs, old, now) -> refilter());

        filterActive = Bindings.createBooleanBinding(() -> !filterText.get().isBlank() || !kinds.isEmpty()
                || !ALL_CONSOLES.equals(console.get()) || mode.get() != ModeFilter.ANY || newOnly.get(),
                filterText, kinds, console, mode, newOnly);
        summary = Bindings.createStringBinding(() -> filterActive.get()
                ? Messages.format("filter.summary.filtered", shown.size(), all.size())
                : Messages.format("filter.summary.all", all.size()), filterActive, shown, all);
    }

    /**
     * Replaces the awards with a shelf's visible ones and notes, per chip, how many more the
     * server's counters count (hidden awards), so the chips can say why they differ.
     */
    public void setShelf(List<Award> visible, AwardCounts counts) {
        setShelf(visible, counts, NewAwards.NONE);
    }

    /**
     * As {@link #setShelf(List, AwardCounts)}, with the awards new since the viewer's last look. "New
     * only" stays on while the new shelf has new awards, and goes off when it has none (its chip is
     * then hidden, and a filter no one can see must not hold the grid empty).
     */
    public void setShelf(List<Award> visible, AwardCounts counts, NewAwards marks) {
        replacing = true;
        try {
            newAwards.set(marks == null ? NewAwards.NONE : marks);
            if (newAwards.get().count() == 0) {
                newOnly.set(false);
            }
        } finally {
            replacing = false;
        }
        setAwards(visible);
        for (KindFilter kind : KindFilter.values()) {
            notListed.get(kind).set(Math.max(0, kind.counted(counts) - kindCounts.get(kind).get()));
        }
    }

    /** Replaces the awards (a new shelf); filters stay as they are, a console no longer present is reset. */
    public void setAwards(List<Award> awards) {
        notListed.values().forEach(count -> count.set(0));
        // The awards and their matcher change together, before anything refilters.
        matcher = new ShelfMatcher(awards);
        all.setAll(awards);
        // Counted first and set once each: the chips' labels listen to these properties.
        Map<KindFilter, Integer> counted = new EnumMap<>(KindFilter.class);
        TreeSet<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (Award a : awards) {
            counted.merge(KindFilter.of(a.kind()), 1, Integer::sum);
            if (a.consoleName() != null && !a.consoleName().isBlank()) {
                names.add(a.consoleName());
            }
        }
        kindCounts.forEach((kind, count) -> count.set(counted.getOrDefault(kind, 0)));
        String chosen = console.get();
        List<String> wanted = new ArrayList<>(names.size() + 1);
        wanted.add(ALL_CONSOLES);
        wanted.addAll(names);
        boolean resetConsole = !wanted.contains(chosen);
        if (resetConsole) {
            console.set(ALL_CONSOLES); // refilters through its listener
        }
        replaceKeepingChoice(wanted);
        if (!resetConsole) {
            refilter(); // once: a second pass would make the grid refill every visible tile again
        }
    }

    /**
     * Makes the console list {@code wanted} without ever taking the chosen entry out of it: a
     * ComboBox whose selected item leaves its list (as with setAll) clears its value, and through
     * the binding the filter's console became null, a blank choice counted as an active filter.
     * Both lists are sorted the same way, so removing the stale entries and inserting the new
     * ones in place keeps the chosen one throughout.
     */
    private void replaceKeepingChoice(List<String> wanted) {
        Set<String> keep = new HashSet<>(wanted);
        consoles.removeIf(name -> !keep.contains(name));
        for (int i = 0; i < wanted.size(); i++) {
            if (i >= consoles.size() || !consoles.get(i).equals(wanted.get(i))) {
                consoles.add(i, wanted.get(i));
            }
        }
    }

    /** Clears every filter (the sort stays). */
    public void reset() {
        filterText.set("");
        kinds.clear();
        console.set(ALL_CONSOLES);
        mode.set(ModeFilter.ANY);
        newOnly.set(false);
    }

    public void toggle(KindFilter kind, boolean on) {
        if (on) {
            kinds.add(kind);
        } else {
            kinds.remove(kind);
        }
    }

    private void refilter() {
        if (replacing) {
            return;
        }
        String needle = SearchKey.fold(filterText.get().trim());
        ShelfMatcher.Result result = matcher.match(needle, otherFilters(), sortOrder.get());
        // The grid refills every tile on screen on any change of its items: none when nothing changed.
        if (!result.sameAsLast() && !sameAwards(result.shown(), shownItems)) {
            shownItems.replaceWith(result.shown());
        }
    }

    /** How many awards the last change of a filter examined (issue 24: a letter added examines only those shown). */
    int examinedLastTime() {
        return matcher.examined();
    }

    private static boolean sameAwards(List<Award> a, List<Award> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }

    /** The chips, the console and the mode. */
    private ShelfMatcher.Others otherFilters() {
        String chosenConsole = console.get();
        boolean anyConsole = chosenConsole == null || ALL_CONSOLES.equals(chosenConsole);
        return new ShelfMatcher.Others(kinds, anyConsole ? null : chosenConsole, mode.get(),
                newOnly.get() ? newAwards.get() : null);
    }

    // Properties

    /** The awards shown, filtered and in the chosen order: the grid's items. */
    public ObservableList<Award> getShown() {
        return shown;
    }

    public ObservableList<Award> getAll() {
        return FXCollections.unmodifiableObservableList(all);
    }

    public StringProperty filterTextProperty() {
        return filterText;
    }

    public ObservableSet<KindFilter> getKinds() {
        return kinds;
    }

    public ObjectProperty<String> consoleProperty() {
        return console;
    }

    public ObservableList<String> getConsoles() {
        return consoles;
    }

    public ObjectProperty<ModeFilter> modeProperty() {
        return mode;
    }

    public ObjectProperty<SortOrder> sortOrderProperty() {
        return sortOrder;
    }

    /** The awards of the shelf shown that are new since the viewer's last look (set with the awards). */
    public ReadOnlyObjectProperty<NewAwards> newAwardsProperty() {
        return newAwards.getReadOnlyProperty();
    }

    /** Whether only the new awards are shown. */
    public BooleanProperty newOnlyProperty() {
        return newOnly;
    }

    public ReadOnlyIntegerProperty countProperty(KindFilter kind) {
        return kindCounts.get(kind).getReadOnlyProperty();
    }

    /** How many awards of this kind the server's counter counts beyond the visible ones (hidden awards). */
    public ReadOnlyIntegerProperty notListedProperty(KindFilter kind) {
        return notListed.get(kind).getReadOnlyProperty();
    }

    public BooleanBinding filterActiveProperty() {
        return filterActive;
    }

    /** "Showing N of M" while a filter is active, else "M awards". */
    public StringBinding summaryProperty() {
        return summary;
    }

    /** Words the summary again, after the window's language changed. */
    public void refreshWords() {
        summary.invalidate();
    }
}
