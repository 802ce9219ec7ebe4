package io.github.badgeshelf.ui.news;

import io.github.badgeshelf.api.RaClient;
import io.github.badgeshelf.model.AwardCategory;
import io.github.badgeshelf.model.FollowedUser;
import io.github.badgeshelf.news.FollowList;
import io.github.badgeshelf.news.NewsEntry;
import io.github.badgeshelf.news.NewsGatherer;
import io.github.badgeshelf.news.OneAtATimeShelfFetcher;
import io.github.badgeshelf.news.PersonNews;
import io.github.badgeshelf.news.RefetchRule;
import io.github.badgeshelf.shelf.ShelfCache;
import io.github.badgeshelf.testsupport.AwardsFixtures;
import io.github.badgeshelf.testsupport.FakeRaServer;
import io.github.badgeshelf.testsupport.FakeRaServer.Endpoint;
import io.github.badgeshelf.testsupport.SettableClock;
import io.github.badgeshelf.ui.common.CurrentThreadTaskExecutor;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The news page's model without a toolkit: copies at once, fresher shelves after, filters, and who could not be refreshed. */
class NewsViewModelTest {
    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");
    private static final DateTimeFormatter WIRE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

    @TempDir
    Path home;
    private FakeRaServer server;
    private SettableClock clock;

    @BeforeEach
    void start() {
        server = FakeRaServer.start();
        clock = new SettableClock(NOW);
        server.follow("Ana", 100, body(award(11, NOW.minus(Duration.ofDays(2)), "Mastery/Completion", 0),
                award(12, NOW.minus(Duration.ofDays(60)), "Game Beaten", 1)));
        server.follow("Ben", 200, body(award(21, NOW.minus(Duration.ofDays(5)), "Game Beaten", 0)));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static Map<String, Object> award(int game, Instant when, String type, int order) {
        return AwardsFixtures.gameAward(type, game, true, order, "Game " + game, 7, "NES/Famicom",
                WIRE.format(when.atOffset(ZoneOffset.UTC)), "/Images/000001.png");
    }

    private static String body(Map<String, Object>... awards) {
        return AwardsFixtures.bodyOf(List.of(awards));
    }

    private NewsViewModel model() throws Exception {
        RaClient client = new RaClient(server.config(), server.credentials(), clock);
        NewsGatherer gatherer = new NewsGatherer(new OneAtATimeShelfFetcher(client, clock),
                new ShelfCache(home.resolve("shelves")), new RefetchRule(clock));
        List<FollowedUser> atSignIn = FollowList.all(client::getUsersIFollow);
        return new NewsViewModel(CurrentThreadTaskExecutor.immediate(), gatherer, client::getUsersIFollow, atSignIn, clock);
    }

    private static List<String> games(List<NewsEntry> entries) {
        return entries.stream().map(e -> e.user() + " " + e.award().awardData()).toList();
    }

    @Test
    void theCopiesShowAtOnceThenFresherShelvesReplaceThem() throws Exception {
        model().open();
        server.reset();
        server.changeFollowed("Ben", 250, body(award(22, NOW.minus(Duration.ofHours(1)), "Mastery/Completion", 0),
                award(21, NOW.minus(Duration.ofDays(5)), "Game Beaten", 1)));

        NewsViewModel model = model();
        List<List<String>> seen = new ArrayList<>();
        List<Integer> awardsAskedWhenSeen = new ArrayList<>();
        model.getAll().addListener((ListChangeListener<NewsEntry>) c -> {
            seen.add(games(model.getAll()));
            awardsAskedWhenSeen.add(server.requests(Endpoint.AWARDS).size());
        });
        model.open();

        assertThat(seen.get(0)).as("the copies, before any request").containsExactly("Ana 11", "Ben 21", "Ana 12");
        assertThat(awardsAskedWhenSeen.get(0)).isZero();
        assertThat(games(model.getAll())).containsExactly("Ben 22", "Ana 11", "Ben 21", "Ana 12");
        assertThat(server.requests(Endpoint.AWARDS)).extracting(r -> r.param("u")).containsExactly("Ben");
        assertThat(model.doneProperty().get()).isEqualTo(2);
        assertThat(model.totalProperty().get()).isEqualTo(2);
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(games(model.getShown())).as("30 days by default").containsExactly("Ben 22", "Ana 11", "Ben 21");
    }

    @Test
    void theFiltersNarrowByPeriodKindAndPerson() throws Exception {
        NewsViewModel model = model();
        model.open();
        model.periodProperty().set(NewsPeriod.DAYS_7);
        assertThat(games(model.getShown())).containsExactly("Ana 11", "Ben 21");
        model.periodProperty().set(NewsPeriod.ALL);
        model.kindProperty().set(AwardCategory.BEATEN);
        assertThat(games(model.getShown())).containsExactly("Ben 21", "Ana 12");
        model.personProperty().set("ana");
        assertThat(games(model.getShown())).containsExactly("Ana 12");
        assertThat(model.getPeople()).containsExactly("Ana", "Ben");
    }

    @Test
    void aPersonWhoCannotBeRefreshedIsNamedWithTheirCopyAndTheRestStillShows() throws Exception {
        model().open();
        clock.advance(Duration.ofHours(25));
        server.reset();
        server.follow("Cleo", 300, body(award(31, NOW, "Game Beaten", 0)));
        server.failAlwaysHtml(Endpoint.PROFILE, 503);
        NewsViewModel model = model();
        model.open();
        assertThat(model.getTroubled()).extracting(p -> p.user() + " " + p.state())
                .containsExactly("Ana STALE", "Ben STALE", "Cleo UNAVAILABLE");
        assertThat(model.getTroubled().get(0).age(clock.instant())).contains(Duration.ofHours(25));
        assertThat(games(model.getAll())).containsExactly("Ana 11", "Ben 21", "Ana 12");
        assertThat(model.failureProperty().get()).isNull();
    }

    @Test
    void whenTheFollowListCannotBeReadTheCopiesStayAndTheFailureIsSaid() throws Exception {
        model().open();
        NewsViewModel model = model();
        server.failNext(Endpoint.FOLLOWING, 503, "<html>down</html>", Map.of("Content-Type", "text/html"));
        model.open();
        assertThat(games(model.getAll())).containsExactly("Ana 11", "Ben 21", "Ana 12");
        assertThat(model.failureProperty().get()).isNotBlank();
        assertThat(model.getTroubled()).isEmpty();
        assertThat(model.getTroubled()).noneMatch(p -> p.state() == PersonNews.State.FRESH);
    }
}
