package io.github.badgeshelf.ui.shelf;

import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The shown awards' list: a whole replacement is one change that says what went and what came. */
class ReplaceableListTest {
    private final ReplaceableList<String> list = new ReplaceableList<>();
    private final ObservableList<String> readOnly = FXCollections.unmodifiableObservableList(list);
    private final List<String> seen = new ArrayList<>();

    ReplaceableListTest() {
        readOnly.addListener((ListChangeListener<String>) c -> {
            StringBuilder one = new StringBuilder();
            while (c.next()) {
                one.append(c.wasReplaced() ? "replaced " : c.wasAdded() ? "added " : "removed ")
                        .append(c.getRemoved()).append(" by ").append(c.getAddedSubList()).append(';');
            }
            seen.add(one.toString());
        });
    }

    @Test
    void eachReplacementIsOneChangeWithTheOldAndTheNewContent() {
        list.replaceWith(List.of("a", "b", "c"));
        list.replaceWith(List.of("b", "d"));
        list.replaceWith(List.of());
        list.replaceWith(List.of());

        assertThat(seen).containsExactly(
                "added [] by [a, b, c];",
                "replaced [a, b, c] by [b, d];",
                "removed [b, d] by [];");
        assertThat(readOnly).isEmpty();
    }

    @Test
    void readsAsTheListItWasGiven() {
        list.replaceWith(List.of("x", "y"));

        assertThat(readOnly).containsExactly("x", "y");
        assertThat(readOnly.get(1)).isEqualTo("y");
        assertThat(readOnly.indexOf("y")).isEqualTo(1);
    }
}
