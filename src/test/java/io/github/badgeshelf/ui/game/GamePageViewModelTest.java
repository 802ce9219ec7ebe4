package io.github.badgeshelf.ui.game;

import io.github.badgeshelf.api.RaClient;
import io.github.badgeshelf.game.GameKey;
import io.github.badgeshelf.game.GamePageCache;
import io.github.badgeshelf.game.GamePageLoader;
import io.github.badgeshelf.game.GamePage;
import io.github.badgeshelf.shelf.OfflineAwareSource;
import io.github.badgeshelf.shelf.Source;
import io.github.badgeshelf.model.Achievement;
import io.github.badgeshelf.testsupport.AwardsFixtures;
import io.github.badgeshelf.testsupport.FakeRaServer;
import io.github.badgeshelf.testsupport.FakeRaServer.Endpoint;
import io.github.badgeshelf.testsupport.Fault;
import io.github.badgeshelf.testsupport.GameFixtures;
import io.github.badgeshelf.ui.common.CurrentThreadTaskExecutor;
import io.github.badgeshelf.ui.common.StatusMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The game page's ViewModel against the real client, a loopback server and a real offline copy on disk. */
class GamePageViewModelTest {
    private static final String USER = "Player";
    private FakeRaServer server;
    private final List<StatusMessage> statuses = new ArrayList<>();
    private MutableClock clock;
    private Source<GameKey, GamePage> source;

    @TempDir
    Path dir;

    @BeforeEach
    void setUp() {
        server = FakeRaServer.start();
        server.addUser(USER, AwardsFixtures.EMPTY_AWARDS);
        server.addGameProgress(USER, 1, GameFixtures.generated(1, "Big Game", 60, 50, 11));
        server.addGameProgress(USER, 2, GameFixtures.generated(2, "Small Game", 5, 100, 12));
        clock = new MutableClock(Instant.parse("2026-01-01T10:00:00Z"));
        RaClient client = new RaClient(server.config(), server.credentials());
        source = new OfflineAwareSource<>(new GamePageLoader(client, clock), new GamePageCache(dir), Runnable::run);
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    private GamePageViewModel model(CurrentThreadTaskExecutor executor) {
        return new GamePageViewModel(source, executor, clock, statuses::add);
    }

    private StatusMessage lastStatus() {
        return statuses.get(statuses.size() - 1);
    }

    @Test
    void openShowsTheGameInItsOrderAndSaysSo() {
        GamePageViewModel vm = model(CurrentThreadTaskExecutor.immediate());
        List<GameKey> visits = new ArrayList<>();
        vm.setOnOpened(visits::add);

        vm.open(new GameKey(USER, 1), "Big Game");

        assertThat(vm.isOpen()).isTrue();
        assertThat(vm.pageProperty().get().game().title()).isEqualTo("Big Game");
        assertThat(vm.getShown()).hasSize(60).isSortedAccordingTo(Achievement.GAME_ORDER);
        assertThat(statuses.get(0).tone()).isEqualTo(StatusMessage.Tone.BUSY);
        assertThat(statuses.get(0).text()).contains("Big Game");
        assertThat(lastStatus().tone()).isEqualTo(StatusMessage.Tone.SUCCESS);
        assertThat(visits).containsExactly(new GameKey("player", 1));
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(vm.offlineSinceProperty().get()).isNull();
    }

    @Test
    void filtersAndSortsTheAchievements() {
        GamePageViewModel vm = model(CurrentThreadTaskExecutor.immediate());
        vm.open(new GameKey(USER, 1), null);
        List<Achievement> all = vm.pageProperty().get().game().achievements();

        vm.filterProperty().set(AchievementFilter.EARNED);
        assertThat(vm.getShown()).isNotEmpty().allMatch(Achievement::isEarned)
                .hasSize((int) all.stream().filter(Achievement::isEarned).count());
        vm.filterProperty().set(AchievementFilter.NOT_EARNED);
        assertThat(vm.getShown()).isNotEmpty().noneMatch(Achievement::isEarned);
        vm.filterProperty().set(AchievementFilter.MISSABLE);
        assertThat(vm.getShown()).isNotEmpty().allMatch(Achievement::isMissable);

        vm.filterProperty().set(AchievementFilter.ALL);
        vm.sortProperty().set(AchievementSort.POINTS);
        assertThat(vm.getShown()).isSortedAccordingTo(Comparator.comparingInt(Achievement::points).reversed());
        vm.sortProperty().set(AchievementSort.RARITY);
        assertThat(vm.getShown()).isSortedAccordingTo(Comparator.comparingInt(Achievement::numAwarded));
        vm.sortProperty().set(AchievementSort.DATE_EARNED);
        List<Achievement> byDate = vm.getShown();
        int firstUnearned = byDate.indexOf(byDate.stream().filter(a -> !a.isEarned()).findFirst().orElseThrow());
        assertThat(byDate.subList(0, firstUnearned)).allMatch(Achievement::isEarned)
                .isSortedAccordingTo(Comparator.comparing(Achievement::earnedAt).reversed());
        assertThat(byDate.subList(firstUnearned, byDate.size())).noneMatch(Achievement::isEarned);
    }

    @Test
    void selectionSurvivesAFilterThatKeepsItAndIsDroppedByOneThatHidesIt() {
        GamePageViewModel vm = model(CurrentThreadTaskExecutor.immediate());
        vm.open(new GameKey(USER, 1), null);
        Achievement earned = vm.getShown().stream().filter(Achievement::isEarned).findFirst().orElseThrow();
        vm.selectedProperty().set(earned);
        vm.filterProperty().set(AchievementFilter.EARNED);
        assertThat(vm.selectedProperty().get()).isSameAs(earned);
        vm.filterProperty().set(AchievementFilter.NOT_EARNED);
        assertThat(vm.selectedProperty().get()).isNull();
    }

    @Test
    void aNewerRequestWinsOverAnOlderOneThatAnswersLater() {
        CurrentThreadTaskExecutor executor = CurrentThreadTaskExecutor.racing();
        GamePageViewModel vm = model(executor);
        vm.open(new GameKey(USER, 1), "Big Game");
        vm.open(new GameKey(USER, 2), "Small Game");
        executor.runNewestFirst();
        assertThat(vm.pageProperty().get().game().title()).isEqualTo("Small Game");
        assertThat(lastStatus().text()).contains("Small Game");
    }

    @Test
    void everyFaultLeavesWhatWasOnScreenAndSaysWhyInPlainWords() {
        GamePageViewModel vm = model(CurrentThreadTaskExecutor.immediate());
        vm.open(new GameKey(USER, 2), null);
        var before = vm.pageProperty().get();
        List<Runnable> faults = List.of(
                () -> server.failNext(Endpoint.GAME, 401, AwardsFixtures.UNAUTHENTICATED, Map.of()),
                () -> server.failNext(Endpoint.GAME, 422, AwardsFixtures.validationError("The u field is required."), Map.of()),
                () -> server.failNext(Endpoint.GAME, 429, "", Map.of("Retry-After", "30")),
                () -> server.failNext(Endpoint.GAME, 503, "", Map.of()),
                () -> server.htmlNext(Endpoint.GAME, 200),
                () -> server.truncateNext(Endpoint.GAME));
        for (Runnable fault : faults) {
            fault.run();
            vm.open(new GameKey(USER, 1), "Big Game");
            assertThat(vm.pageProperty().get()).isSameAs(before);
            assertThat(lastStatus().tone()).isEqualTo(StatusMessage.Tone.ERROR);
            assertThat(lastStatus().text()).doesNotContain(FakeRaServer.API_KEY).doesNotContain("Exception");
        }
        vm.open(new GameKey(USER, 999), "Nothing");
        assertThat(lastStatus().text()).contains("999");
        assertThat(vm.pageProperty().get()).isSameAs(before);
    }

    @Test
    void offlineTheLastCopyIsShownWithItsAge() {
        GamePageViewModel vm = model(CurrentThreadTaskExecutor.immediate());
        vm.open(new GameKey(USER, 1), null);
        Instant fetched = vm.pageProperty().get().fetchedAt();
        vm.close();
        clock.advance(Duration.ofHours(2));
        server.failAlways(Endpoint.GAME, Fault.respond(503, new byte[0], Map.of()));

        vm.open(new GameKey(USER, 1), null);

        assertThat(vm.pageProperty().get().game().title()).isEqualTo("Big Game");
        assertThat(vm.getShown()).hasSize(60);
        assertThat(vm.offlineSinceProperty().get()).isEqualTo(fetched);
        assertThat(lastStatus().tone()).isEqualTo(StatusMessage.Tone.WARNING);
        assertThat(lastStatus().text()).contains("Big Game");

        server.clearFaults();
        vm.retry();
        assertThat(vm.offlineSinceProperty().get()).isNull();
        assertThat(lastStatus().tone()).isEqualTo(StatusMessage.Tone.SUCCESS);
    }

    @Test
    void aPageOpenedAgainWithinFiveMinutesComesFromMemory() {
        GamePageViewModel vm = model(CurrentThreadTaskExecutor.immediate());
        vm.open(new GameKey(USER, 1), null);
        vm.close();
        clock.advance(Duration.ofMinutes(4));
        vm.reopen(new GameKey("PLAYER", 1));
        assertThat(vm.isOpen()).isTrue();
        assertThat(server.requests(Endpoint.GAME)).hasSize(1);
        clock.advance(Duration.ofMinutes(2));
        vm.close();
        vm.reopen(new GameKey(USER, 1));
        assertThat(server.requests(Endpoint.GAME)).hasSize(2);
        vm.refresh();
        assertThat(server.requests(Endpoint.GAME)).hasSize(3);
    }

    @Test
    void cancelStopsALoadAndCloseForgetsThePage() {
        CurrentThreadTaskExecutor executor = CurrentThreadTaskExecutor.deferred();
        GamePageViewModel vm = model(executor);
        vm.open(new GameKey(USER, 1), null);
        assertThat(vm.busyProperty().get()).isTrue();
        assertThat(vm.cancel()).isTrue();
        executor.runOldestFirst();
        assertThat(vm.isOpen()).isFalse();
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(vm.cancel()).isFalse();

        vm.open(new GameKey(USER, 2), null);
        executor.runOldestFirst();
        assertThat(vm.isOpen()).isTrue();
        assertThat(vm.close()).isTrue();
        assertThat(vm.getShown()).isEmpty();
        assertThat(vm.close()).isFalse();
    }

    /** A clock a test can move forward. */
    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
