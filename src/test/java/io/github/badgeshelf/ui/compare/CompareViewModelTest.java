package io.github.badgeshelf.ui.compare;

import io.github.badgeshelf.api.RaClient;
import io.github.badgeshelf.compare.ComparedGame;
import io.github.badgeshelf.compare.Presence;
import io.github.badgeshelf.model.AwardKind;
import io.github.badgeshelf.model.Shelf;
import io.github.badgeshelf.shelf.ShelfLoader;
import io.github.badgeshelf.shelf.Source;
import io.github.badgeshelf.testsupport.AwardsFixtures;
import io.github.badgeshelf.testsupport.FakeRaServer;
import io.github.badgeshelf.testsupport.FakeRaServer.Endpoint;
import io.github.badgeshelf.ui.common.CurrentThreadTaskExecutor;
import io.github.badgeshelf.ui.common.StatusMessage;
import io.github.badgeshelf.ui.i18n.Messages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The comparison's ViewModel against the real client and the loopback fake, results delivered on the test thread. */
class CompareViewModelTest {
    private static final byte[] PRECIOUS = "keep me\r\n".getBytes(StandardCharsets.UTF_8);
    private static FakeRaServer server;
    private static Locale before;
    private Source<String, Shelf> source;
    private final List<StatusMessage> statusLine = new ArrayList<>();

    @TempDir
    Path dir;

    @BeforeAll
    static void startServer() {
        before = Messages.locale();
        Messages.setLocale(Locale.ENGLISH);
        server = FakeRaServer.start();
        server.addUser("Alice", AwardsFixtures.bodyOf(List.of(
                game("Mastery/Completion", 1, true, "Pokémon Red", 4, "Game Boy"),
                game("Game Beaten", 1, true, "Pokémon Red", 4, "Game Boy"),
                game("Game Beaten", 2, true, "Sonic", 1, "Genesis/Mega Drive"),
                game("Mastery/Completion", 3, false, "Zelda", 3, "SNES/Super Famicom"))));
        server.addUser("BobTheBeater", AwardsFixtures.bodyOf(List.of(
                game("Game Beaten", 1, false, "Pokémon Red", 4, "Game Boy"),
                game("Mastery/Completion", 4, true, "Castlevania", 7, "NES/Famicom"),
                game("Game Beaten", 5, true, "Contra", 7, "NES/Famicom"))));
        server.addUser("Carol", AwardsFixtures.bodyOf(List.of(
                game("Mastery/Completion", 2, true, "Sonic", 1, "Genesis/Mega Drive"))));
    }

    private static Map<String, Object> game(String type, int id, boolean hardcore, String title, int consoleId,
                                            String console) {
        return AwardsFixtures.gameAward(type, id, hardcore, 0, title, consoleId, console,
                "2020-01-0" + id + "T10:00:00+00:00", String.format(Locale.ROOT, "/Images/%06d.png", id));
    }

    @AfterAll
    static void stopServer() {
        server.close();
        Messages.setLocale(before);
    }

    @BeforeEach
    void setUp() {
        server.reset();
        source = Source.direct(new ShelfLoader(new RaClient(server.config(), server.credentials())));
    }

    @AfterEach
    void clear() {
        statusLine.clear();
    }

    private CompareViewModel model(CurrentThreadTaskExecutor executor) {
        return new CompareViewModel(source, executor, statusLine::add,
                Clock.fixed(Instant.parse("2026-12-03T12:00:00Z"), ZoneOffset.UTC));
    }

    private static List<Integer> ids(List<ComparedGame> games) {
        return games.stream().map(ComparedGame::gameId).toList();
    }

    @Test
    void comparesBothShelvesIntoThreeGroupsWithTheServersSpelling() {
        CompareViewModel vm = model(CurrentThreadTaskExecutor.immediate());
        vm.compare(null, "alice", "bobthebeater");

        assertThat(vm.leftNameProperty().get()).isEqualTo("Alice");
        assertThat(vm.rightNameProperty().get()).isEqualTo("BobTheBeater");
        assertThat(vm.countProperty(Presence.BOTH).get()).isEqualTo(1);
        assertThat(vm.countProperty(Presence.ONLY_LEFT).get()).isEqualTo(2);
        assertThat(vm.countProperty(Presence.ONLY_RIGHT).get()).isEqualTo(2);
        ComparedGame pokemon = vm.shown(Presence.BOTH).get(0);
        assertThat(pokemon.leftKind()).isEqualTo(AwardKind.MASTERED);
        assertThat(pokemon.rightKind()).isEqualTo(AwardKind.BEATEN_SOFTCORE);
        assertThat(ids(vm.shown(Presence.ONLY_LEFT))).containsExactly(2, 3);
        assertThat(ids(vm.shown(Presence.ONLY_RIGHT))).containsExactly(4, 5);
        assertThat(vm.busyProperty().get()).isFalse();
        // Said once: in the status line; the page's own line is for progress, failures and offline copies.
        assertThat(vm.messageProperty().get()).isEqualTo(StatusMessage.EMPTY);
        assertThat(statusLine).last().satisfies(m -> {
            assertThat(m.tone()).isEqualTo(StatusMessage.Tone.SUCCESS);
            assertThat(m.text()).isEqualTo("Compared Alice with BobTheBeater: 1 games both have, 2 only Alice, 2 only BobTheBeater.");
        });
        assertThat(server.requests(Endpoint.AWARDS)).extracting(r -> r.param("u"))
                .containsExactlyInAnyOrder("alice", "bobthebeater");
        assertThat(AwardWords.sentence(pokemon, "Alice", "BobTheBeater"))
                .isEqualTo("Pokémon Red, Game Boy: BobTheBeater beat it in softcore, Alice mastered it.");
    }

    @Test
    void theShelfOnScreenIsUsedAsItIsForTheLeftSide() throws Exception {
        Shelf shown = new ShelfLoader(new RaClient(server.config(), server.credentials())).fetch("Alice");
        server.reset();
        CompareViewModel vm = model(CurrentThreadTaskExecutor.immediate());

        vm.compare(shown, "ALICE", "Carol");

        assertThat(server.requests(Endpoint.AWARDS)).extracting(r -> r.param("u")).containsExactly("Carol");
        assertThat(vm.countProperty(Presence.BOTH).get()).isEqualTo(1);
        assertThat(vm.shown(Presence.BOTH).get(0).leftKind()).isEqualTo(AwardKind.BEATEN_HARDCORE);
        assertThat(vm.shown(Presence.BOTH).get(0).rightKind()).isEqualTo(AwardKind.MASTERED);
    }

    @Test
    void aNewerComparisonWinsOverAnOlderOneWhateverOrderTheAnswersCome() {
        for (boolean newestFirst : new boolean[]{true, false}) {
            CurrentThreadTaskExecutor executor = CurrentThreadTaskExecutor.racing();
            CompareViewModel vm = model(executor);
            vm.compare(null, "Alice", "BobTheBeater");
            vm.compare(null, "Alice", "Carol");
            // Fetches first, then the comparison each settled fetch pair asks for.
            while (executor.pending() > 0) {
                if (newestFirst) {
                    executor.runNewestFirst();
                } else {
                    executor.runOldestFirst();
                }
            }
            assertThat(vm.rightNameProperty().get()).isEqualTo("Carol");
            assertThat(vm.countProperty(Presence.ONLY_RIGHT).get()).isZero();
            assertThat(vm.busyProperty().get()).isFalse();
        }
    }

    @Test
    void aFailureOnTheOtherSideSaysWhichAndKeepsThePage() {
        CompareViewModel vm = model(CurrentThreadTaskExecutor.immediate());
        vm.compare(null, "Alice", "BobTheBeater");
        var before = vm.comparisonProperty().get();

        vm.compare(null, "Alice", "NobodyHere");

        StatusMessage m = vm.messageProperty().get();
        assertThat(m.tone()).isEqualTo(StatusMessage.Tone.ERROR);
        assertThat(m.text()).startsWith("Could not load the other shelf (NobodyHere): ")
                .contains("no RetroAchievements user called NobodyHere");
        assertThat(vm.comparisonProperty().get()).as("the page keeps what it showed").isSameAs(before);
        assertThat(vm.rightNameProperty().get()).isEqualTo("BobTheBeater");
        // Asking again for a user who does not exist gets the same answer: no Retry.
        assertThat(vm.canRetryProperty().get()).isFalse();
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void aFailureOnTheShownSideSaysSoAndRetryFetchesAgain() {
        CompareViewModel vm = model(CurrentThreadTaskExecutor.immediate());
        server.htmlNext(Endpoint.AWARDS, 500); // the first awards request is the left one on the test thread
        vm.compare(null, "Alice", "BobTheBeater");

        assertThat(vm.messageProperty().get().text()).startsWith("Could not load the shown shelf (Alice)")
                .contains("HTTP 500");
        assertThat(vm.comparisonProperty().get()).isNull();

        vm.retry();
        assertThat(vm.comparisonProperty().get()).isNotNull();
        assertThat(vm.countProperty(Presence.BOTH).get()).isEqualTo(1);
        assertThat(vm.canRetryProperty().get()).isFalse();
    }

    @Test
    void aNameTheServerWouldRefuseIsFlaggedBeforeAnyRequest() {
        CompareViewModel vm = model(CurrentThreadTaskExecutor.immediate());
        vm.compare(null, "Alice", "bad name!");
        assertThat(vm.messageProperty().get().tone()).isEqualTo(StatusMessage.Tone.ERROR);
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void textAndConsoleFiltersNarrowEveryGroup() {
        CompareViewModel vm = model(CurrentThreadTaskExecutor.immediate());
        vm.compare(null, "Alice", "BobTheBeater");
        assertThat(vm.summaryProperty().get()).isEqualTo("one game");

        vm.filterTextProperty().set("POKEMON");
        assertThat(vm.shown(Presence.BOTH)).hasSize(1);
        assertThat(vm.shown(Presence.ONLY_LEFT)).isEmpty();
        assertThat(vm.summaryProperty().get()).isEqualTo("Showing 1 of 1");

        vm.filterTextProperty().set("");
        assertThat(vm.consoles()).containsExactly("All consoles", "Game Boy", "Genesis/Mega Drive",
                "NES/Famicom", "SNES/Super Famicom");
        vm.consoleProperty().set("NES/Famicom");
        vm.layoutProperty().set(CompareLayout.SIDE_BY_SIDE);
        assertThat(ids(vm.shownGames())).containsExactly(4, 5);
        assertThat(vm.summaryProperty().get()).isEqualTo("Showing 2 of 5");
        assertThat(vm.resetFilters()).isTrue();
        assertThat(ids(vm.shownGames())).as("side by side: all, by title").containsExactly(4, 5, 1, 2, 3);
        vm.layoutProperty().set(CompareLayout.ONLY_RIGHT);
        assertThat(ids(vm.shownGames())).containsExactly(4, 5);
    }

    @Test
    void exportWritesWhatIsShownInTheCompareFormat() throws Exception {
        CompareViewModel vm = model(CurrentThreadTaskExecutor.immediate());
        vm.compare(null, "Alice", "BobTheBeater");
        vm.layoutProperty().set(CompareLayout.ONLY_RIGHT);
        assertThat(vm.proposedFileName()).isEqualTo("Alice-vs-BobTheBeater-2026-12-03.csv");
        Path file = dir.resolve("out.csv");

        vm.export(file);

        assertThat(Files.readString(file)).isEqualTo(
                "Game ID,Title,Console,Alice Award,Alice Awarded At,BobTheBeater Award,BobTheBeater Awarded At\r\n"
                        + "4,Castlevania,NES/Famicom,,,Mastered,2020-01-04T10:00:00+00:00\r\n"
                        + "5,Contra,NES/Famicom,,,Beaten,2020-01-05T10:00:00+00:00\r\n");
        assertThat(statusLine).last().satisfies(m -> assertThat(m.tone()).isEqualTo(StatusMessage.Tone.SUCCESS));
    }

    @Test
    void aFailedExportLeavesTheOldFile() throws Exception {
        CompareViewModel vm = model(CurrentThreadTaskExecutor.immediate());
        vm.compare(null, "Alice", "BobTheBeater");
        Path file = dir.resolve("x".repeat(240) + ".csv");
        Files.write(file, PRECIOUS);

        vm.export(file);

        assertThat(Files.readAllBytes(file)).isEqualTo(PRECIOUS);
        assertThat(statusLine).last().satisfies(m -> {
            assertThat(m.tone()).isEqualTo(StatusMessage.Tone.ERROR);
            assertThat(m.text()).contains("left as it was");
        });
        assertThat(vm.exportingProperty().get()).isFalse();
    }

    @Test
    void suggestionsArePeopleFollowedThenRecentSearchesEachOnce() {
        assertThat(CompareSuggestions.of("b", List.of("Bob", "Carol", "Barbara"), List.of("bob", "Bert", "Alice")))
                .containsExactly("Bob", "Barbara", "Bert");
        assertThat(CompareSuggestions.of("", List.of("Bob"), List.of("Alice"))).containsExactly("Bob", "Alice");
        assertThat(CompareSuggestions.of("bob", List.of("Bob"), List.of())).isEmpty();
    }
}
