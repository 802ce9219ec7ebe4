package io.github.badgeshelf.ui.compare;

import io.github.badgeshelf.compare.ComparedGame;
import io.github.badgeshelf.compare.Presence;
import io.github.badgeshelf.ui.i18n.Messages;
import io.github.badgeshelf.ui.shelf.SearchKey;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The comparison's text and console filters, the shelf's own two: text matches title and console
 * ignoring case and accents (folded once per comparison), the console is one of those present.
 * One filtered list per group, in the comparison's order (title, then game ID).
 */
final class CompareFilters {
    private final String allConsoles = Messages.get("compare.allConsoles");
    private final Map<Presence, ObservableList<ComparedGame>> all = new EnumMap<>(Presence.class);
    private final Map<Presence, FilteredList<ComparedGame>> shown = new EnumMap<>(Presence.class);
    private final Map<ComparedGame, String> folded = new IdentityHashMap<>();
    private final StringProperty filterText = new SimpleStringProperty("");
    private final ObjectProperty<String> console = new SimpleObjectProperty<>(allConsoles);
    private final ObservableList<String> consoles = FXCollections.observableArrayList(allConsoles);
    private final BooleanBinding active;

    CompareFilters() {
        for (Presence p : Presence.values()) {
            ObservableList<ComparedGame> games = FXCollections.observableArrayList();
            all.put(p, games);
            shown.put(p, new FilteredList<>(games));
        }
        filterText.addListener((obs, old, now) -> refilter());
        console.addListener((obs, old, now) -> refilter());
        // No console chosen counts as all of them: a blank choice is never a filter.
        active = Bindings.createBooleanBinding(() -> !filterText.get().isBlank()
                || (console.get() != null && !Objects.equals(allConsoles, console.get())), filterText, console);
    }

    /** A new comparison: filters stay, a console no longer present is reset. */
    void setGames(List<ComparedGame> games) {
        folded.clear();
        TreeSet<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        Map<Presence, ArrayList<ComparedGame>> groups = new EnumMap<>(Presence.class);
        for (Presence p : Presence.values()) {
            groups.put(p, new ArrayList<>());
        }
        for (ComparedGame g : games) {
            folded.put(g, SearchKey.fold(g.title()) + "\n" + SearchKey.fold(g.consoleName()));
            groups.get(g.presence()).add(g);
            if (g.consoleName() != null && !g.consoleName().isBlank()) {
                names.add(g.consoleName());
            }
        }
        String chosen = console.get();
        List<String> choices = new ArrayList<>(names.size() + 1);
        choices.add(allConsoles);
        choices.addAll(names);
        // Replacing the choices makes a ComboBox shown with them drop its value (and, bound, the
        // console): the choice is set again after, the same console or all of them.
        consoles.setAll(choices);
        console.set(chosen != null && consoles.contains(chosen) ? chosen : allConsoles);
        refilter();
        groups.forEach((p, list) -> all.get(p).setAll(list));
    }

    void reset() {
        filterText.set("");
        console.set(allConsoles);
    }

    private void refilter() {
        Predicate<ComparedGame> predicate = predicate();
        shown.values().forEach(list -> list.setPredicate(predicate));
    }

    private Predicate<ComparedGame> predicate() {
        String needle = SearchKey.fold(filterText.get().trim());
        String chosen = console.get();
        boolean anyConsole = chosen == null || allConsoles.equals(chosen);
        return g -> (needle.isEmpty() || folded.getOrDefault(g, "").contains(needle))
                && (anyConsole || chosen.equals(g.consoleName()));
    }

    ObservableList<ComparedGame> shown(Presence presence) {
        return shown.get(presence);
    }

    int total(Presence presence) {
        return all.get(presence).size();
    }

    StringProperty filterTextProperty() {
        return filterText;
    }

    ObjectProperty<String> consoleProperty() {
        return console;
    }

    ObservableList<String> consoles() {
        return consoles;
    }

    BooleanBinding activeProperty() {
        return active;
    }
}
