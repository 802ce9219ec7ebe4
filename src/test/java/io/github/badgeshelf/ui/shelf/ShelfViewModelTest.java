package io.github.badgeshelf.ui.shelf;

import io.github.badgeshelf.api.RaClient;
import io.github.badgeshelf.model.AwardCounts;
import io.github.badgeshelf.model.Shelf;
import io.github.badgeshelf.shelf.ShelfLoader;
import io.github.badgeshelf.shelf.Source;
import io.github.badgeshelf.testsupport.AwardsFixtures;
import io.github.badgeshelf.testsupport.FakeRaServer;
import io.github.badgeshelf.testsupport.FakeRaServer.Endpoint;
import io.github.badgeshelf.ui.common.CurrentThreadTaskExecutor;
import io.github.badgeshelf.ui.common.StatusMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The shelf's ViewModel against a real client and a loopback server playing the API. */
class ShelfViewModelTest {
    private FakeRaServer server;
    private Source<String, Shelf> source;

    @BeforeEach
    void setUp() {
        server = FakeRaServer.start();
        server.addUser(AwardsFixtures.DOCUMENTED_USER, AwardsFixtures.DOCUMENTED_ULID,
                AwardsFixtures.DOCUMENTED_PROFILE, AwardsFixtures.DOCUMENTED_AWARDS);
        server.addUser("Alice", AwardsFixtures.generate(30, 1));
        server.addUser("Bob", AwardsFixtures.generate(12, 2));
        ShelfLoader loader = new ShelfLoader(new RaClient(server.config(), server.credentials()));
        source = Source.direct(loader);
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    private ShelfViewModel model(CurrentThreadTaskExecutor executor) {
        return new ShelfViewModel(source, executor);
    }

    @Test
    void searchShowsTheServersCountersAndAwards() {
        ShelfViewModel vm = model(CurrentThreadTaskExecutor.immediate());
        vm.searchTextProperty().set("  MaxMilyin ");
        vm.search();
        assertThat(vm.countsProperty().get()).isEqualTo(new AwardCounts(1613, 0, 805, 0, 807, 0, 2, 0));
        assertThat(vm.shelfProperty().get().profile().user()).isEqualTo("MaxMilyin");
        assertThat(vm.shelfProperty().get().awards().visibleAwards()).isNotEmpty();
        assertThat(vm.statusProperty().get().tone()).isEqualTo(StatusMessage.Tone.SUCCESS);
        assertThat(vm.statusProperty().get().text()).contains("for MaxMilyin");
        assertThat(vm.getRecentSearches()).containsExactly("MaxMilyin");
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void aNameTheServerWouldRefuseIsFlaggedBeforeAnyRequest() {
        ShelfViewModel vm = model(CurrentThreadTaskExecutor.immediate());
        for (String bad : List.of("a", "has space", "way_too_long_name_for_ra", "")) {
            vm.searchTextProperty().set(bad);
            vm.search();
            assertThat(vm.statusProperty().get().tone()).isEqualTo(StatusMessage.Tone.ERROR);
        }
        assertThat(server.requests()).isEmpty();
        assertThat(vm.shelfProperty().get()).isNull();
    }

    @Test
    void anUnknownUserSaysSoAndKeepsThePreviousShelf() {
        ShelfViewModel vm = model(CurrentThreadTaskExecutor.immediate());
        vm.show("Alice");
        var alice = vm.shelfProperty().get();
        vm.show("NobodyHere");
        assertThat(vm.statusProperty().get().tone()).isEqualTo(StatusMessage.Tone.ERROR);
        assertThat(vm.statusProperty().get().text()).containsIgnoringCase("no RetroAchievements user");
        assertThat(vm.shelfProperty().get()).isSameAs(alice);
        assertThat(vm.countsProperty().get()).isEqualTo(alice.awards().counts());
        // Asking again would get the same answer: no Retry, neither on the model nor on the line.
        assertThat(vm.canRetryProperty().get()).as("Retry offered for an unknown user").isFalse();
        assertThat(vm.statusProperty().get().action()).isNull();
    }

    @Test
    void errorsARetryCannotFixOfferNoRetryWhileANetworkFailureDoes() {
        ShelfViewModel vm = model(CurrentThreadTaskExecutor.immediate());
        // A server failure first, so a stale Retry would show if it were kept.
        server.htmlNext(Endpoint.AWARDS, 500);
        vm.show("Alice");
        assertThat(vm.canRetryProperty().get()).isTrue();
        assertThat(vm.statusProperty().get().action()).isInstanceOf(io.github.badgeshelf.ui.common.StatusAction.Retry.class);

        vm.show("has space");
        assertThat(vm.statusProperty().get().tone()).isEqualTo(StatusMessage.Tone.ERROR);
        assertThat(vm.canRetryProperty().get()).as("Retry offered for a name the server refuses").isFalse();
        assertThat(vm.statusProperty().get().action()).isNull();

        server.failNext(Endpoint.AWARDS, 401, "{\"message\":\"Unauthenticated.\"}", Map.of());
        vm.show("Bob");
        assertThat(vm.statusProperty().get().tone()).isEqualTo(StatusMessage.Tone.ERROR);
        assertThat(vm.canRetryProperty().get()).as("Retry offered for a key the server rejects").isFalse();
        assertThat(vm.statusProperty().get().action()).isNull();
    }

    @Test
    void aServerFailureKeepsThePreviousShelfAndOffersRetry() {
        ShelfViewModel vm = model(CurrentThreadTaskExecutor.immediate());
        vm.show("Alice");
        var alice = vm.shelfProperty().get();
        server.htmlNext(Endpoint.AWARDS, 500);
        vm.show("Bob");
        assertThat(vm.shelfProperty().get()).isSameAs(alice);
        assertThat(vm.statusProperty().get().tone()).isEqualTo(StatusMessage.Tone.ERROR);
        assertThat(vm.canRetryProperty().get()).isTrue();

        vm.retry();
        assertThat(vm.shelfProperty().get().profile().user()).isEqualTo("Bob");
        assertThat(vm.canRetryProperty().get()).isFalse();
    }

    @Test
    void aStaleResultNeverReplacesANewerOne() {
        CurrentThreadTaskExecutor executor = CurrentThreadTaskExecutor.racing();
        ShelfViewModel vm = model(executor);
        vm.show("Alice");
        vm.show("Bob");
        // Bob's answer arrives first, then Alice's late one: Bob must stay.
        executor.runNewestFirst();
        assertThat(vm.shelfProperty().get().profile().user()).isEqualTo("Bob");
        assertThat(vm.statusProperty().get().text()).contains("Bob");
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void aNewerSearchCancelsTheOlderOne() {
        CurrentThreadTaskExecutor executor = CurrentThreadTaskExecutor.deferred();
        ShelfViewModel vm = model(executor);
        vm.show("Alice");
        vm.show("Bob");
        executor.runOldestFirst();
        assertThat(server.requests(Endpoint.AWARDS)).extracting(r -> r.query().get("u")).containsExactly("Bob");
        assertThat(vm.shelfProperty().get().profile().user()).isEqualTo("Bob");
    }

    @Test
    void cancelStopsTheSearchAndKeepsTheShelf() {
        CurrentThreadTaskExecutor executor = CurrentThreadTaskExecutor.deferred();
        ShelfViewModel vm = model(executor);
        vm.show("Alice");
        assertThat(vm.busyProperty().get()).isTrue();
        assertThat(vm.cancel()).isTrue();
        executor.runOldestFirst();
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(vm.shelfProperty().get()).isNull();
        assertThat(vm.statusProperty().get().text()).isEqualTo("Search cancelled.");
        assertThat(vm.cancel()).isFalse();
    }

    @Test
    void backAndForwardReturnToFreshShelvesWithoutRefetching() {
        ShelfViewModel vm = model(CurrentThreadTaskExecutor.immediate());
        vm.show("Alice");
        vm.show("Bob");
        int before = server.requests().size();
        assertThat(vm.canGoBackProperty().get()).isTrue();
        vm.back();
        assertThat(vm.shelfProperty().get().profile().user()).isEqualTo("Alice");
        assertThat(vm.canGoForwardProperty().get()).isTrue();
        vm.forward();
        assertThat(vm.shelfProperty().get().profile().user()).isEqualTo("Bob");
        assertThat(server.requests()).hasSize(before);

        vm.refresh();
        assertThat(server.requests().size()).isGreaterThan(before);
    }

    /** The comparison page as back/forward see it: which comparison it shows, if any. */
    private static final class ComparisonPage implements ComparePages {
        String shown;
        int reopened;

        @Override
        public void reopen(String left, String right) {
            shown = left + " vs " + right;
            reopened++;
        }

        @Override
        public boolean close() {
            boolean wasOpen = shown != null;
            shown = null;
            return wasOpen;
        }
    }

    @Test
    void comparisonsAreStepsOfTheHistoryAndLeavingOneGoesBackPastThem() {
        ShelfViewModel vm = model(CurrentThreadTaskExecutor.immediate());
        ComparisonPage page = new ComparisonPage();
        vm.setComparePages(page);
        vm.show("Alice");
        page.shown = "Alice vs Bob"; // what the comparison controller does, then records the visit
        vm.visitedComparison("Alice", "Bob");
        page.shown = "Alice vs MaxMilyin";
        vm.visitedComparison("Alice", "MaxMilyin");
        int requests = server.requests().size();

        vm.back();
        assertThat(page.shown).isEqualTo("Alice vs Bob");
        vm.back();
        assertThat(page.shown).as("back to the shelf closes the page").isNull();
        assertThat(vm.shelfProperty().get().profile().user()).isEqualTo("Alice");
        assertThat(server.requests()).as("the shelf behind is still there").hasSize(requests);
        vm.forward();
        vm.forward();
        assertThat(page.shown).isEqualTo("Alice vs MaxMilyin");
        assertThat(vm.canGoForwardProperty().get()).isFalse();

        // The page's own Back: to the place behind all the comparisons, the shelf, with both ahead.
        assertThat(vm.leftComparison()).isTrue();
        assertThat(page.shown).isNull();
        assertThat(vm.canGoBackProperty().get()).isFalse();
        vm.forward();
        assertThat(page.shown).isEqualTo("Alice vs Bob");

        // A shelf asked for while a comparison is shown replaces it.
        vm.show("Bob");
        assertThat(page.shown).isNull();
        assertThat(vm.leftComparison()).as("no comparison is current any more").isFalse();
    }

    @Test
    void aGameOpenedFromAComparisonGoesBackToIt() {
        ShelfViewModel vm = model(CurrentThreadTaskExecutor.immediate());
        ComparisonPage page = new ComparisonPage();
        vm.setComparePages(page);
        vm.show("Alice");
        page.shown = "Alice vs Bob";
        vm.visitedComparison("Alice", "Bob");
        page.close(); // the game page came over the comparison
        vm.visitedGame("Alice", 1448);

        vm.leftGame();
        assertThat(page.shown).isEqualTo("Alice vs Bob");
        assertThat(vm.canGoForwardProperty().get()).as("the game lies ahead").isTrue();
    }

    /** The news page as back/forward see it: shown or not, and how often shown again. */
    private static final class NewsPage implements NewsPages {
        boolean shown;
        int reopened;

        @Override
        public void reopen() {
            shown = true;
            reopened++;
        }

        @Override
        public boolean close() {
            boolean was = shown;
            shown = false;
            return was;
        }
    }

    @Test
    void theNewsIsAStepOfTheHistoryLeftForWhereThePersonWasAndAGameFromItComesBack() {
        ShelfViewModel vm = model(CurrentThreadTaskExecutor.immediate());
        NewsPage news = new NewsPage();
        vm.setNewsPages(news);
        vm.show("Alice");
        vm.show("Bob");
        news.shown = true; // what the news controller does, then records the visit
        vm.visitedNews();
        int requests = server.requests().size();

        // Back (or the page's own way back) leaves it for Bob's shelf, not for Alice's before it.
        assertThat(vm.leftNews()).isTrue();
        assertThat(news.shown).isFalse();
        assertThat(vm.shelfProperty().get().profile().user()).isEqualTo("Bob");
        assertThat(server.requests()).as("Bob's shelf is still there").hasSize(requests);
        assertThat(vm.leftNews()).as("the news is no longer current").isFalse();
        vm.forward();
        assertThat(news.shown).isTrue();
        assertThat(news.reopened).isEqualTo(1);

        // A game page opened from an entry: leaving it comes back to the news, with the game ahead.
        news.close();
        vm.visitedGame("Nina", 777);
        vm.leftGame();
        assertThat(news.shown).isTrue();
        assertThat(vm.canGoForwardProperty().get()).isTrue();
        vm.back();
        assertThat(news.shown).isFalse();
        assertThat(vm.shelfProperty().get().profile().user()).isEqualTo("Bob");
    }

    @Test
    void recentSearchesAreMostRecentFirstWithoutDuplicatesAndReported() {
        ShelfViewModel vm = model(CurrentThreadTaskExecutor.immediate());
        List<List<String>> reported = new ArrayList<>();
        vm.setOnRecentSearchesChanged(reported::add);
        vm.show("Alice");
        vm.show("Bob");
        vm.show("alice");
        assertThat(vm.getRecentSearches()).containsExactly("Alice", "Bob");
        assertThat(reported).last().isEqualTo(List.of("Alice", "Bob"));
    }

    @Test
    void aRateLimitSaysHowLongToWait() {
        ShelfViewModel vm = model(CurrentThreadTaskExecutor.immediate());
        server.failNext(Endpoint.AWARDS, 429, "{\"message\":\"Too Many Attempts.\"}", Map.of("Retry-After", "42"));
        vm.show("Alice");
        assertThat(vm.statusProperty().get().text()).contains("42 seconds");
        assertThat(server.requests(Endpoint.AWARDS)).hasSize(1); // no automatic hammering
    }
}
