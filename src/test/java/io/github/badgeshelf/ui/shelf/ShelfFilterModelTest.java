package io.github.badgeshelf.ui.shelf;

import io.github.badgeshelf.model.Award;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.github.badgeshelf.ui.shelf.Awards.*;
import static org.assertj.core.api.Assertions.assertThat;

class ShelfFilterModelTest {
    private final ShelfFilterModel model = new ShelfFilterModel();
    private List<Award> awards;

    @BeforeEach
    void setUp() {
        awards = List.of(
                mastered("Pokémon Red", "Game Boy", "2016-01-02T05:53:52Z", 0),
                beatenHardcore("Mega Man", "NES/Famicom", "2015-07-02T16:44:46Z", 1),
                completed("Zelda", "NES/Famicom", "2018-03-01T10:00:00Z", 2),
                beatenSoftcore("Ape Escape", "PlayStation", "2019-09-09T09:09:09Z", 3),
                event("Spooky Season", "2020-10-31T20:00:00Z", 4),
                site("Patreon Supporter", "2021-01-01T00:00:00Z", 5),
                mastered("ábaco", "SNES/Super Famicom", "2017-05-05T05:05:05Z", 6));
        model.setAwards(awards);
    }

    private List<String> titles() {
        return model.getShown().stream().map(Award::displayTitle).toList();
    }

    @Test
    void showsEverythingInTheUsersOrderByDefault() {
        assertThat(model.getShown()).containsExactlyElementsOf(awards);
        assertThat(model.filterActiveProperty().get()).isFalse();
        assertThat(model.summaryProperty().get()).isEqualTo("7 awards");
    }

    @Test
    void textFilterIgnoresCaseAndAccentsAndMatchesConsoleToo() {
        model.filterTextProperty().set("POKEMON");
        assertThat(titles()).containsExactly("Pokémon Red");
        model.filterTextProperty().set("abaco");
        assertThat(titles()).containsExactly("ábaco");
        model.filterTextProperty().set("famicom");
        assertThat(titles()).containsExactly("Mega Man", "Zelda", "ábaco");
        assertThat(model.summaryProperty().get()).isEqualTo("Showing 3 of 7");
    }

    @Test
    void kindCountsComeFromTheAwardsOnTheShelf() {
        assertThat(model.countProperty(KindFilter.MASTERED).get()).isEqualTo(2);
        assertThat(model.countProperty(KindFilter.COMPLETED).get()).isEqualTo(1);
        assertThat(model.countProperty(KindFilter.BEATEN_HARDCORE).get()).isEqualTo(1);
        assertThat(model.countProperty(KindFilter.BEATEN_SOFTCORE).get()).isEqualTo(1);
        assertThat(model.countProperty(KindFilter.EVENTS).get()).isEqualTo(1);
        assertThat(model.countProperty(KindFilter.SITE).get()).isEqualTo(1);
    }

    @Test
    void kindTogglesCombine() {
        model.toggle(KindFilter.MASTERED, true);
        assertThat(titles()).containsExactly("Pokémon Red", "ábaco");
        model.toggle(KindFilter.SITE, true);
        assertThat(titles()).containsExactly("Pokémon Red", "Patreon Supporter", "ábaco");
        model.toggle(KindFilter.MASTERED, false);
        assertThat(titles()).containsExactly("Patreon Supporter");
    }

    @Test
    void consoleChoiceListsTheConsolesPresent() {
        assertThat(model.getConsoles()).containsExactly(ShelfFilterModel.ALL_CONSOLES, "Events", "Game Boy",
                "NES/Famicom", "PlayStation", "SNES/Super Famicom");
        model.consoleProperty().set("NES/Famicom");
        assertThat(titles()).containsExactly("Mega Man", "Zelda");
    }

    @Test
    void modeChoiceSplitsHardcoreAndSoftcore() {
        model.modeProperty().set(ModeFilter.HARDCORE);
        assertThat(titles()).containsExactly("Pokémon Red", "Mega Man", "ábaco");
        model.modeProperty().set(ModeFilter.SOFTCORE);
        assertThat(titles()).containsExactly("Zelda", "Ape Escape");
    }

    @Test
    void sortOrders() {
        model.sortOrderProperty().set(SortOrder.NEWEST);
        assertThat(titles()).containsExactly("Patreon Supporter", "Spooky Season", "Ape Escape", "Zelda", "ábaco",
                "Pokémon Red", "Mega Man");
        model.sortOrderProperty().set(SortOrder.OLDEST);
        assertThat(titles().get(0)).isEqualTo("Mega Man");
        model.sortOrderProperty().set(SortOrder.TITLE);
        assertThat(titles()).containsExactly("ábaco", "Ape Escape", "Mega Man", "Patreon Supporter", "Pokémon Red",
                "Spooky Season", "Zelda");
        model.sortOrderProperty().set(SortOrder.CONSOLE);
        assertThat(titles()).containsExactly("Spooky Season", "Pokémon Red", "Mega Man", "Zelda", "Ape Escape",
                "ábaco", "Patreon Supporter");
        model.sortOrderProperty().set(SortOrder.USER_ORDER);
        assertThat(model.getShown()).containsExactlyElementsOf(awards);
    }

    @Test
    void resetClearsEveryFilterButKeepsTheSort() {
        model.sortOrderProperty().set(SortOrder.TITLE);
        model.filterTextProperty().set("zz");
        model.toggle(KindFilter.EVENTS, true);
        model.modeProperty().set(ModeFilter.HARDCORE);
        model.consoleProperty().set("Game Boy");
        assertThat(model.getShown()).isEmpty();
        assertThat(model.summaryProperty().get()).isEqualTo("Showing 0 of 7");
        model.reset();
        assertThat(model.getShown()).hasSize(7);
        assertThat(model.filterActiveProperty().get()).isFalse();
        assertThat(model.sortOrderProperty().get()).isEqualTo(SortOrder.TITLE);
    }

    @Test
    void aNewShelfKeepsTheFiltersAndDropsAConsoleNoLongerPresent() {
        model.filterTextProperty().set("a");
        model.consoleProperty().set("Game Boy");
        model.setAwards(List.of(mastered("Alpha", "Genesis", "2016-01-01T00:00:00Z", 0),
                mastered("Beta", "Genesis", "2016-01-01T00:00:00Z", 1)));
        assertThat(model.consoleProperty().get()).isEqualTo(ShelfFilterModel.ALL_CONSOLES);
        assertThat(titles()).containsExactly("Alpha", "Beta");
    }

    @Test
    void filtersSixThousandAwards() {
        List<Award> many = new ArrayList<>();
        for (int i = 0; i < 6000; i++) {
            many.add(i % 3 == 0 ? mastered("Game " + i, "NES/Famicom", "2016-01-01T00:00:00Z", i)
                    : beatenHardcore("Título " + i, "Game Boy", "2016-01-01T00:00:00Z", i));
        }
        model.setAwards(many);
        model.filterTextProperty().set("titulo 59");
        // "Título 59", "Título 590".."Título 599" (those not multiples of 3), and 5900..5999 likewise
        long expected = many.stream().filter(a -> a.displayTitle().startsWith("Título 59")).count();
        assertThat(model.getShown()).hasSize((int) expected);
        assertThat(model.countProperty(KindFilter.MASTERED).get()).isEqualTo(2000);
    }
}
