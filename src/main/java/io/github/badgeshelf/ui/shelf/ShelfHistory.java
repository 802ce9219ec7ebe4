package io.github.badgeshelf.ui.shelf;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Back and forward through the shelves looked at, like a browser's history. */
final class ShelfHistory {
    private final List<String> visited = new ArrayList<>();
    private int position = -1;
    private final ReadOnlyBooleanWrapper canGoBack = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canGoForward = new ReadOnlyBooleanWrapper(false);

    void visit(String user) {
        if (position >= 0 && visited.get(position).equalsIgnoreCase(user)) {
            return;
        }
        // A new visit drops whatever lay ahead, as in a browser.
        visited.subList(position + 1, visited.size()).clear();
        visited.add(user);
        position = visited.size() - 1;
        update();
    }

    Optional<String> back() {
        if (position <= 0) {
            return Optional.empty();
        }
        position--;
        update();
        return Optional.of(visited.get(position));
    }

    Optional<String> forward() {
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
