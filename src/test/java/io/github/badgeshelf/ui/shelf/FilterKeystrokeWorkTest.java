package io.github.badgeshelf.ui.shelf;

import io.github.badgeshelf.model.Award;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static io.github.badgeshelf.ui.shelf.Awards.beatenHardcore;
import static io.github.badgeshelf.ui.shelf.Awards.beatenSoftcore;
import static io.github.badgeshelf.ui.shelf.Awards.completed;
import static io.github.badgeshelf.ui.shelf.Awards.event;
import static io.github.badgeshelf.ui.shelf.Awards.mastered;
import static io.github.badgeshelf.ui.shelf.Awards.site;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The work a keystroke in the filter does on a big shelf (issue 24), counted rather than timed:
 * a letter added examines only the awards shown before, the grid gets at most one change per
 * keystroke and none when the awards stay the same; and, whatever the sequence of filters and
 * sorts, what is shown is exactly what filtering everything and sorting the result shows.
 */
class FilterKeystrokeWorkTest {
    private static final String[] WORDS = {"Mega", "Man", "Zelda", "Pokémon", "Red", "Castle", "Ábaco", "Sonic",
        "Metroid", "Mario", "Kart", "Final", "Fantasy", "Tetris", "Dragon", "Quest"};
    private static final String[] CONSOLES = {"NES/Famicom", "Game Boy", "PlayStation", "SNES/Super Famicom", "Genesis"};

    private static List<Award> shelf(int size, long seed) {
        Random random = new Random(seed);
        List<Award> awards = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            String title = WORDS[random.nextInt(WORDS.length)] + " " + WORDS[random.nextInt(WORDS.length)] + " " + i % 97;
            String console = CONSOLES[random.nextInt(CONSOLES.length)];
            String when = Instant.parse("2015-01-01T00:00:00Z").plusSeconds(random.nextInt(300) * 86_400L).toString();
            awards.add(switch (random.nextInt(7)) {
                case 0 -> mastered(title, console, when, i);
                case 1 -> completed(title, console, when, i);
                case 2 -> beatenHardcore(title, console, when, i);
                case 3 -> beatenSoftcore(title, console, when, i);
                case 4 -> event(title, when, i);
                case 5 -> site("Patreon Supporter", when, i);
                default -> mastered(title.toUpperCase(), console, when, i);
            });
        }
        return awards;
    }

    @Test
    void aLetterAddedExaminesOnlyTheAwardsShownBefore() {
        ShelfFilterModel model = new ShelfFilterModel();
        model.setAwards(shelf(20_000, 1));

        model.filterTextProperty().set("m");
        assertThat(model.examinedLastTime()).as("the first letter looks at every award").isEqualTo(20_000);
        int afterM = model.getShown().size();
        assertThat(afterM).isBetween(1, 19_999);

        model.filterTextProperty().set("me");
        assertThat(model.examinedLastTime()).as("the second only at those the first showed").isEqualTo(afterM);
        int afterMe = model.getShown().size();

        model.filterTextProperty().set("meg");
        assertThat(model.examinedLastTime()).isEqualTo(afterMe);

        model.filterTextProperty().set("me");
        assertThat(model.examinedLastTime()).as("a letter taken away looks at every award again").isEqualTo(20_000);
        assertThat(model.getShown()).hasSize(afterMe);
    }

    @Test
    void aKeystrokeChangesTheGridsItemsOnceAndNotAtAllWhenTheyStayTheSame() {
        ShelfFilterModel model = new ShelfFilterModel();
        model.setAwards(shelf(20_000, 2));
        List<Integer> changes = new ArrayList<>();
        model.getShown().addListener((ListChangeListener<Award>) c -> changes.add(model.getShown().size()));

        model.filterTextProperty().set("t");
        assertThat(changes).hasSize(1);
        model.filterTextProperty().set("te");
        model.filterTextProperty().set("tet");
        model.filterTextProperty().set("tetr");
        // "te" can still match across words and consoles; from "tet" on, only Tetris: the same awards each time.
        int afterTet = changes.size();
        model.filterTextProperty().set("tetri");
        model.filterTextProperty().set("tetris");
        assertThat(changes).as("letters that keep the same awards").hasSize(afterTet);
        assertThat(changes.size()).isLessThanOrEqualTo(4);
    }

    @Test
    void whateverIsTypedAndChosenTheShownAwardsAreThoseOfFilteringEverythingThenSorting() {
        List<Award> awards = shelf(1_000, 3);
        ShelfFilterModel model = new ShelfFilterModel();
        model.setAwards(awards);
        Random random = new Random(4);
        String[] typed = {"m", "ma", "mar", "mari", "mario", "mario k", "me", "meg", "fam", "famicom", "a", "ab",
            "aba", "poke", "pokemon r", "  ", "5", "57", "x", ""};
        Map<Award, String> texts = new IdentityHashMap<>();
        for (Award a : awards) {
            texts.put(a, SearchKey.fold(a.displayTitle()) + "\n" + SearchKey.fold(a.consoleName()));
        }
        for (int step = 0; step < 250; step++) {
            switch (random.nextInt(6)) {
                case 0, 1, 2 -> model.filterTextProperty().set(typed[random.nextInt(typed.length)]);
                case 3 -> model.toggle(KindFilter.values()[random.nextInt(KindFilter.values().length)], random.nextBoolean());
                case 4 -> model.sortOrderProperty().set(SortOrder.values()[random.nextInt(SortOrder.values().length)]);
                default -> model.modeProperty().set(ModeFilter.values()[random.nextInt(ModeFilter.values().length)]);
            }
            assertThat(model.getShown()).as("step %d", step).containsExactlyElementsOf(reference(model, awards, texts));
        }
    }

    /** The filter as written plainly: every award tested, then a stable sort. */
    private static List<Award> reference(ShelfFilterModel model, List<Award> awards, Map<Award, String> texts) {
        String needle = SearchKey.fold(model.filterTextProperty().get().trim());
        List<Award> out = new ArrayList<>();
        for (Award a : awards) {
            if ((needle.isEmpty() || texts.get(a).contains(needle))
                    && (model.getKinds().isEmpty() || model.getKinds().contains(KindFilter.of(a.kind())))
                    && model.modeProperty().get().matches(a)) {
                out.add(a);
            }
        }
        Comparator<Award> order = model.sortOrderProperty().get().comparator();
        if (order != null) {
            out.sort(order);
        }
        return out;
    }
}
