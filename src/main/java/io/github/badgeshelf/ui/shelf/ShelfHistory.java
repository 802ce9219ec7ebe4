package io.github.badgeshelf.ui.shelf;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Back and forward through the shelves, game pages, comparisons and news pages looked at, like a browser's history. */
final class ShelfHistory {
    /**
     * A shelf ({@code gameId} 0, no {@code rival}), a game page of a user, the comparison of
     * {@code user} (the left side) with {@code rival}, or the news page ({@code news}, no user).
     */
    record Place(String user, int gameId, String rival, boolean news) {
        Place(String user, int gameId) {
            this(user, gameId, null, false);
        }

        static Place shelf(String user) {
            return new Place(user, 0);
        }

        static Place comparison(String left, String right) {
            return new Place(left, 0, right, false);
        }

        static Place newsPage() {
            return new Place("", 0, null, true);
        }

        boolean isNews() {
            return news;
        }

        boolean isGame() {
            return gameId != 0;
        }

        boolean isComparison() {
            return rival != null;
        }

        boolean sameAs(Place other) {
            return other != null && other.news == news && other.gameId == gameId && other.user.equalsIgnoreCase(user)
                    && (rival == null ? other.rival == null : rival.equalsIgnoreCase(other.rival));
        }
    }

    private final List<Place> visited = new ArrayList<>();
    private int position = -1;
    private final ReadOnlyBooleanWrapper canGoBack = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canGoForward = new ReadOnlyBooleanWrapper(false);

    void visit(String user) {
        visit(Place.shelf(user));
    }

    void visit(Place place) {
        if (position >= 0 && visited.get(position).sameAs(place)) {
            return;
        }
        // A new visit drops whatever lay ahead, as in a browser.
        visited.subList(position + 1, visited.size()).clear();
        visited.add(place);
        position = visited.size() - 1;
        update();
    }

    Optional<Place> current() {
        return position < 0 ? Optional.empty() : Optional.of(visited.get(position));
    }

    /** The place one step back, without going there. */
    Optional<Place> previous() {
        return position <= 0 ? Optional.empty() : Optional.of(visited.get(position - 1));
    }

    Optional<Place> back() {
        if (position <= 0) {
            return Optional.empty();
        }
        position--;
        update();
        return Optional.of(visited.get(position));
    }

    /** Steps back to the nearest place behind that is not a comparison, as a browser's "back N pages". */
    Optional<Place> backPastComparisons() {
        for (int i = position - 1; i >= 0; i--) {
            if (!visited.get(i).isComparison()) {
                position = i;
                update();
                return Optional.of(visited.get(i));
            }
        }
        return Optional.empty();
    }

    Optional<Place> forward() {
        if (position >= visited.size() - 1) {
            return Optional.empty();
        }
        position++;
        update();
        return Optional.of(visited.get(position));
    }

    private void update() {
        canGoBack.set(position > 0);
        canGoForward.set(position < visited.size() - 1);
    }

    ReadOnlyBooleanProperty canGoBackProperty() {
        return canGoBack.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty canGoForwardProperty() {
        return canGoForward.getReadOnlyProperty();
    }
}
