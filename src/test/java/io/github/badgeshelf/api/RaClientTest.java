package io.github.badgeshelf.api;

import io.github.badgeshelf.model.Award;
import io.github.badgeshelf.model.AwardCounts;
import io.github.badgeshelf.model.AwardKind;
import io.github.badgeshelf.model.FollowingPage;
import io.github.badgeshelf.model.UserAwards;
import io.github.badgeshelf.model.UserProfile;
import io.github.badgeshelf.testsupport.AwardsFixtures;
import io.github.badgeshelf.testsupport.ClientAgainstFakeServer;
import io.github.badgeshelf.testsupport.FakeRaServer.Endpoint;
import io.github.badgeshelf.testsupport.FakeRaServer.RecordedRequest;
import io.github.badgeshelf.testsupport.FakeRaServer;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The client against the loopback fake: successful answers, parsed field by field. */
class RaClientTest extends ClientAgainstFakeServer {

    @Test
    void documentedAwardsBodyGivesEveryCounterAndField() throws ApiException {
        UserAwards awards = client.getUserAwards("MaxMilyin");

        assertThat(awards.counts()).isEqualTo(new AwardCounts(1613, 0, 805, 0, 807, 0, 2, 0));
        assertThat(awards.visibleAwards()).hasSize(1);
        Award a = awards.visibleAwards().get(0);
        assertThat(a.awardedAt()).isEqualTo(Instant.parse("2016-01-02T05:53:52Z"));
        assertThat(a.awardType()).isEqualTo("Game Beaten");
        assertThat(a.awardData()).isEqualTo(1448);
        assertThat(a.awardDataExtra()).isEqualTo(1);
        assertThat(a.displayOrder()).isZero();
        assertThat(a.title()).isEqualTo("Mega Man");
        assertThat(a.consoleId()).isEqualTo(7);
        assertThat(a.consoleName()).isEqualTo("NES");
        assertThat(a.imageIcon()).isEqualTo("/Images/024519.png");
        assertThat(a.iconUrl()).isEqualTo(server.mediaBase() + "/Images/024519.png");
        assertThat(a.kind()).isEqualTo(AwardKind.BEATEN_HARDCORE);
    }

    @Test
    void requestCarriesCredentialsTargetAndHeaders() throws ApiException {
        client.getUserAwards("MaxMilyin");

        RecordedRequest r = server.lastRequest();
        assertThat(r.method()).isEqualTo("GET");
        assertThat(r.path()).isEqualTo("/API/API_GetUserAwards.php");
        assertThat(r.query()).containsEntry("z", FakeRaServer.USERNAME)
                .containsEntry("y", FakeRaServer.API_KEY)
                .containsEntry("u", "MaxMilyin");
        assertThat(r.header("User-Agent")).isEqualTo(Version.userAgent());
        assertThat(r.header("Accept")).isEqualTo("application/json");
    }

    @Test
    void valuesAreUrlEncoded() throws ApiException {
        RaClient odd = new RaClient(server.config(), new Credentials("Me & You", "a+b=c&d"));
        server.acceptKey("a+b=c&d");
        try {
            odd.getUserAwards("Nobody");
        } finally {
            server.acceptKey(FakeRaServer.API_KEY);
        }
        assertThat(server.lastRequest().query()).containsEntry("z", "Me & You").containsEntry("y", "a+b=c&d");
    }

    @Test
    void documentedProfileIsMapped() throws ApiException {
        UserProfile p = client.getUserProfile("maxmilyin");

        assertThat(p.user()).isEqualTo("MaxMilyin");
        assertThat(p.ulid()).isEqualTo("00003EMFWR7XB8SDPEHB3K56ZQ");
        assertThat(p.avatarUrl()).isEqualTo(server.mediaBase() + "/UserPic/MaxMilyin.png");
        assertThat(p.memberSince()).isEqualTo("2016-01-02 00:43:04");
        assertThat(p.totalPoints()).isEqualTo(399597);
        assertThat(p.totalSoftcorePoints()).isZero();
        assertThat(p.totalTruePoints()).isEqualTo(1599212);
        assertThat(p.motto()).isEqualTo("Join me on Twitch!");
        assertThat(p.richPresence()).isEqualTo("Playing ...");
        assertThat(server.lastRequest().path()).isEqualTo("/API/API_GetUserProfile.php");
    }

    @Test
    void userCanBeLookedUpByUlid() throws ApiException {
        assertThat(client.getUserProfile(AwardsFixtures.DOCUMENTED_ULID).user()).isEqualTo("MaxMilyin");
        assertThat(client.getUserAwards(AwardsFixtures.DOCUMENTED_ULID).counts().total()).isEqualTo(1613);
    }

    @Test
    void unknownUserHasZeroAwardsButNoProfile() throws ApiException {
        UserAwards awards = client.getUserAwards("NoSuchPerson");
        assertThat(awards.counts()).isEqualTo(AwardCounts.ZERO);
        assertThat(awards.visibleAwards()).isEmpty();
    }

    @Test
    void followingPageIsMappedAndPaged() throws ApiException {
        server.addFollowing("zuliman92", "00003EMFWR7XB8SDPEHB3K56ZQ", 1882, 258, true)
                .addFollowing("Second", AwardsFixtures.ulidFor("Second"), 10, 0, false)
                .addFollowing("Third", AwardsFixtures.ulidFor("Third"), 20, 5, false);

        FollowingPage first = client.getUsersIFollow(2, 0);
        FollowingPage rest = client.getUsersIFollow(2, 2);

        assertThat(first.count()).isEqualTo(2);
        assertThat(first.total()).isEqualTo(3);
        assertThat(first.results().get(0).user()).isEqualTo("zuliman92");
        assertThat(first.results().get(0).points()).isEqualTo(1882);
        assertThat(first.results().get(0).pointsSoftcore()).isEqualTo(258);
        assertThat(first.results().get(0).followsMe()).isTrue();
        assertThat(rest.results()).extracting(f -> f.user()).containsExactly("Third");
        RecordedRequest r = server.lastRequest();
        assertThat(r.query()).containsEntry("c", "2").containsEntry("o", "2").containsEntry("y", FakeRaServer.API_KEY);
    }

    @Test
    void documentedFollowingBodyParses() throws ApiException {
        server.failNext(Endpoint.FOLLOWING, 200, AwardsFixtures.DOCUMENTED_FOLLOWING, Map.of());
        FollowingPage page = client.getUsersIFollow(100, 0);
        assertThat(page.count()).isEqualTo(20);
        assertThat(page.total()).isEqualTo(120);
        assertThat(page.results()).singleElement()
                .satisfies(f -> assertThat(f.ulid()).isEqualTo("00003EMFWR7XB8SDPEHB3K56ZQ"));
    }

    @Test
    void numbersAsStringsAreAccepted() throws ApiException {
        String body = """
                {"TotalAwardsCount":"2","HiddenAwardsCount":"0","MasteryAwardsCount":"1","CompletionAwardsCount":"0",
                 "BeatenHardcoreAwardsCount":"1","BeatenSoftcoreAwardsCount":"0","EventAwardsCount":"0","SiteAwardsCount":"0",
                 "VisibleUserAwards":[{"AwardedAt":"2015-07-02T16:44:46+00:00","AwardType":"Mastery/Completion",
                 "AwardData":"12","AwardDataExtra":"1","DisplayOrder":"3","Title":"Twelve","ConsoleID":"7",
                 "ConsoleName":"NES","Flags":0,"ImageIcon":"/Images/000012.png"}]}
                """;
        server.failNext(Endpoint.AWARDS, 200, body, Map.of("Content-Type", "application/json"));

        UserAwards awards = client.getUserAwards("Someone");

        assertThat(awards.counts()).isEqualTo(new AwardCounts(2, 0, 1, 0, 1, 0, 0, 0));
        Award a = awards.visibleAwards().get(0);
        assertThat(a.awardData()).isEqualTo(12);
        assertThat(a.awardDataExtra()).isEqualTo(1);
        assertThat(a.displayOrder()).isEqualTo(3);
        assertThat(a.consoleId()).isEqualTo(7);
        assertThat(a.kind()).isEqualTo(AwardKind.MASTERED);
    }

    @Test
    void missingConsoleIdNullsAndUnknownTypesAreKept() throws ApiException {
        String body = """
                {"TotalAwardsCount":3,"SiteAwardsCount":2,"Brand_New_Counter":9,
                 "VisibleUserAwards":[
                  {"AwardedAt":"2019-01-01T00:00:00+00:00","AwardType":"Certified Legend","AwardData":0,
                   "AwardDataExtra":0,"DisplayOrder":0,"Title":null,"ConsoleName":null,"Flags":null,"ImageIcon":null},
                  {"AwardedAt":"not a time","AwardType":"Galactic Champion","AwardData":5,"AwardDataExtra":2,
                   "DisplayOrder":1,"Title":"Space","ConsoleID":null,"ConsoleName":null,"ImageIcon":"/Images/1.png",
                   "display_award_tier":3,"SomethingElse":{"nested":[1,2]}},
                  {"AwardType":"Event","AwardData":null,"AwardDataExtra":null,"DisplayOrder":2,"Title":"Halloween",
                   "ConsoleID":101,"ConsoleName":"Events","ImageIcon":"/Images/2.png"}
                 ]}
                """;
        server.failNext(Endpoint.AWARDS, 200, body, Map.of());

        List<Award> awards = client.getUserAwards("Someone").visibleAwards();

        assertThat(awards).hasSize(3);
        Award legend = awards.get(0);
        assertThat(legend.consoleId()).isNull();
        assertThat(legend.title()).isNull();
        assertThat(legend.iconUrl()).isNull();
        assertThat(legend.kind()).isEqualTo(AwardKind.LEGEND);
        assertThat(legend.displayTitle()).isEqualTo("Certified Legend");
        Award unknown = awards.get(1);
        assertThat(unknown.awardType()).isEqualTo("Galactic Champion");
        assertThat(unknown.kind()).isEqualTo(AwardKind.UNKNOWN);
        assertThat(unknown.awardedAt()).as("an unreadable time becomes null").isNull();
        assertThat(unknown.iconUrl()).isEqualTo(server.mediaBase() + "/Images/1.png");
        Award event = awards.get(2);
        assertThat(event.awardedAt()).isNull();
        assertThat(event.awardData()).isZero();
        assertThat(event.consoleId()).isEqualTo(101);
    }

    @Test
    void generatedAwardsKeepTheApiOrderAndCounts() throws ApiException {
        server.addUser("ManyAwards", AwardsFixtures.generate(500, 7));
        UserAwards awards = client.getUserAwards("ManyAwards");
        assertThat(awards.visibleAwards()).hasSize(500);
        assertThat(awards.visibleAwards()).extracting(Award::displayOrder).isSorted();
        AwardCounts c = awards.counts();
        assertThat(c.mastery() + c.completion() + c.beatenHardcore() + c.beatenSoftcore() + c.event() + c.site())
                .isEqualTo(500);
        assertThat(awards.visibleAwards()).filteredOn(a -> a.kind().isSiteAward())
                .allSatisfy(a -> {
                    assertThat(a.title()).isNull();
                    assertThat(a.iconUrl()).isNull();
                    assertThat(a.consoleId()).isNull();
                });
    }

    @Test
    void trickyTitlesArriveExactly() throws ApiException {
        server.addUser("Tricky", AwardsFixtures.withTitles(AwardsFixtures.TRICKY_TITLES));
        assertThat(client.getUserAwards("Tricky").visibleAwards()).extracting(Award::title)
                .containsExactlyElementsOf(AwardsFixtures.TRICKY_TITLES);
    }

    @Test
    void imagesAreRealPngsAndCounted() throws Exception {
        var http = HttpClient.newHttpClient();
        var response = http.send(HttpRequest.newBuilder(
                        URI.create(server.mediaBase() + "/Images/024519.png")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("image/png");
        var image = javax.imageio.ImageIO.read(new ByteArrayInputStream(response.body()));
        assertThat(image.getWidth()).isEqualTo(16);
        assertThat(server.iconRequestCount()).isEqualTo(1);
        assertThat(server.imageRequestCount("/Images/024519.png")).isEqualTo(1);
    }
}
