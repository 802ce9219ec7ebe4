package io.github.badgeshelf.insights;

import io.github.badgeshelf.model.Award;
import io.github.badgeshelf.model.AwardCategory;
import io.github.badgeshelf.model.AwardTypes;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static io.github.badgeshelf.testsupport.TestAwards.beaten;
import static io.github.badgeshelf.testsupport.TestAwards.beatenSoftcore;
import static io.github.badgeshelf.testsupport.TestAwards.completed;
import static io.github.badgeshelf.testsupport.TestAwards.event;
import static io.github.badgeshelf.testsupport.TestAwards.mastered;
import static io.github.badgeshelf.testsupport.TestAwards.site;
import static org.assertj.core.api.Assertions.assertThat;

class ShelfInsightsTest {
    private static final ZoneId UTC = ZoneOffset.UTC;

    @Test
    void countsAwardsPerConsoleSplitByCategoryMostFirst() {
        List<Award> awards = List.of(
                mastered(1, "SNES", "2020-01-05T10:00:00Z"),
                beaten(1, "SNES", "2020-01-04T10:00:00Z"),
                completed(2, "SNES", "2020-02-01T10:00:00Z"),
                mastered(3, "Game Boy", "2020-03-01T10:00:00Z"),
                beatenSoftcore(4, "Game Boy", "2020-03-02T10:00:00Z"),
                mastered(5, "Arcade", "2020-03-03T10:00:00Z"),
                event(70, "2020-03-04T10:00:00Z"),
                site(AwardTypes.PATREON, "2020-03-05T10:00:00Z"));

        ShelfInsights insights = ShelfInsights.of(awards, UTC);

        assertThat(insights.awards()).isEqualTo(8);
        assertThat(insights.consoles()).extracting(ConsoleCount::console)
                .containsExactly("SNES", "Game Boy", "Arcade", "Events");
        ConsoleCount snes = insights.console("SNES").orElseThrow();
        assertThat(snes.total()).isEqualTo(3);
        assertThat(snes.count(AwardCategory.MASTERED)).isEqualTo(1);
        assertThat(snes.count(AwardCategory.BEATEN)).isEqualTo(1);
        assertThat(snes.count(AwardCategory.COMPLETED)).isEqualTo(1);
        assertThat(snes.count(AwardCategory.BEATEN_SOFTCORE)).isZero();
        ConsoleCount gameBoy = insights.console("Game Boy").orElseThrow();
        assertThat(gameBoy.count(AwardCategory.BEATEN_SOFTCORE)).isEqualTo(1);
        assertThat(insights.console("Events").orElseThrow().count(AwardCategory.EVENT)).isEqualTo(1);
        // The Patreon award names no console: in no bar, but counted as such.
        assertThat(insights.withoutConsole()).isEqualTo(1);
        assertThat(insights.consoles().stream().mapToInt(ConsoleCount::total).sum() + insights.withoutConsole())
                .isEqualTo(awards.size());
    }

    @Test
    void countsPerMonthWithRunningTotalAndZerosForQuietMonths() {
        List<Award> awards = List.of(
                mastered(1, "SNES", "2021-03-31T23:59:59Z"),
                mastered(2, "SNES", "2021-03-01T00:00:00Z"),
                mastered(3, "SNES", "2021-06-15T12:00:00Z"),
                mastered(4, "SNES", "2021-06-16T12:00:00Z"),
                mastered(5, "SNES", "2021-06-17T12:00:00Z"));

        Timeline timeline = ShelfInsights.of(awards, UTC).timeline();

        assertThat(timeline.granularity()).isEqualTo(Timeline.Granularity.MONTH);
        assertThat(timeline.periods()).containsExactly(
                new Timeline.Period(LocalDate.of(2021, 3, 1), 2, 2),
                new Timeline.Period(LocalDate.of(2021, 4, 1), 0, 2),
                new Timeline.Period(LocalDate.of(2021, 5, 1), 0, 2),
                new Timeline.Period(LocalDate.of(2021, 6, 1), 3, 5));
    }

    @Test
    void aNewYearSplitsMonthsAndTheViewersTimeZoneDecidesWhichSide() {
        List<Award> awards = List.of(
                beaten(1, "NES", "2019-12-31T22:30:00Z"),
                beaten(2, "NES", "2020-01-01T00:30:00Z"),
                beaten(3, "NES", "2020-01-02T09:00:00Z"));

        Timeline utc = ShelfInsights.of(awards, UTC).timeline();
        assertThat(utc.periods()).containsExactly(
                new Timeline.Period(LocalDate.of(2019, 12, 1), 1, 1),
                new Timeline.Period(LocalDate.of(2020, 1, 1), 2, 3));

        // 22:30 UTC on New Year's Eve is already 2020 in Tokyo (UTC+9), and 00:30 is still 2019 in New York.
        assertThat(ShelfInsights.of(awards, ZoneId.of("Asia/Tokyo")).timeline().periods())
                .containsExactly(new Timeline.Period(LocalDate.of(2020, 1, 1), 3, 3));
        assertThat(ShelfInsights.of(awards, ZoneId.of("America/New_York")).timeline().periods())
                .containsExactly(new Timeline.Period(LocalDate.of(2019, 12, 1), 2, 2),
                        new Timeline.Period(LocalDate.of(2020, 1, 1), 1, 3));
    }

    @Test
    void aLongSpanIsCountedPerYearIncludingEmptyYears() {
        List<Award> awards = new ArrayList<>();
        awards.add(mastered(1, "SNES", "2016-01-02T05:53:52Z"));
        awards.add(mastered(2, "SNES", "2016-12-31T23:00:00Z"));
        awards.add(mastered(3, "SNES", "2019-07-01T00:00:00Z"));
        awards.add(mastered(4, "SNES", "2020-01-01T00:00:00Z"));

        Timeline timeline = ShelfInsights.of(awards, UTC).timeline();

        assertThat(timeline.granularity()).isEqualTo(Timeline.Granularity.YEAR);
        assertThat(timeline.periods()).containsExactly(
                new Timeline.Period(LocalDate.of(2016, 1, 1), 2, 2),
                new Timeline.Period(LocalDate.of(2017, 1, 1), 0, 2),
                new Timeline.Period(LocalDate.of(2018, 1, 1), 0, 2),
                new Timeline.Period(LocalDate.of(2019, 1, 1), 1, 3),
                new Timeline.Period(LocalDate.of(2020, 1, 1), 1, 4));
    }

    @Test
    void thirtySixMonthsStayMonthlyThirtySevenGoYearly() {
        List<Award> within = List.of(mastered(1, "A", "2018-01-15T00:00:00Z"), mastered(2, "A", "2020-12-15T00:00:00Z"));
        List<Award> beyond = List.of(mastered(1, "A", "2018-01-15T00:00:00Z"), mastered(2, "A", "2021-01-15T00:00:00Z"));

        assertThat(ShelfInsights.of(within, UTC).timeline().periods()).hasSize(36);
        assertThat(ShelfInsights.of(within, UTC).timeline().granularity()).isEqualTo(Timeline.Granularity.MONTH);
        assertThat(ShelfInsights.of(beyond, UTC).timeline().granularity()).isEqualTo(Timeline.Granularity.YEAR);
        assertThat(ShelfInsights.of(beyond, UTC).timeline().periods()).hasSize(4);
    }

    @Test
    void headlineNamesFirstLatestBestMonthAndMasteryShareOfGames() {
        Award first = completed(1, "SNES", "2017-05-01T10:00:00Z");
        Award latest = mastered(1, "SNES", "2022-02-02T10:00:00Z");
        List<Award> awards = List.of(
                latest,
                beaten(2, "SNES", "2021-08-03T10:00:00Z"),
                mastered(3, "SNES", "2021-08-04T10:00:00Z"),
                beaten(3, "SNES", "2021-08-01T10:00:00Z"),
                first,
                beatenSoftcore(4, "NES", "2020-01-01T10:00:00Z"),
                site(AwardTypes.LEGEND, null));

        Headline headline = ShelfInsights.of(awards, UTC).headline();

        assertThat(headline.first()).isSameAs(first);
        assertThat(headline.latest()).isSameAs(latest);
        assertThat(headline.bestMonth()).isEqualTo(YearMonth.of(2021, 8));
        assertThat(headline.bestMonthAwards()).isEqualTo(3);
        // Games 1..4 have game awards; 1 and 3 are mastered.
        assertThat(headline.gamesWithAwards()).isEqualTo(4);
        assertThat(headline.masteredGames()).isEqualTo(2);
        assertThat(headline.masteryShare()).hasValue(0.5);
        assertThat(ShelfInsights.of(awards, UTC).timeline().undated()).isEqualTo(1);
    }

    @Test
    void anEmptyShelfHasNothingToChartAndNoShare() {
        ShelfInsights insights = ShelfInsights.of(List.of(), UTC);

        assertThat(insights.awards()).isZero();
        assertThat(insights.consoles()).isEmpty();
        assertThat(insights.timeline().isEmpty()).isTrue();
        assertThat(insights.headline().firstAward()).isEmpty();
        assertThat(insights.headline().bestMonth()).isNull();
        assertThat(insights.headline().masteryShare()).isEmpty();
    }

    @Test
    void onlyUndatedSiteAwardsGiveNoTimeLineButAreCounted() {
        ShelfInsights insights = ShelfInsights.of(List.of(site(AwardTypes.PATREON, null), site(AwardTypes.LEGEND, null)), UTC);

        assertThat(insights.awards()).isEqualTo(2);
        assertThat(insights.withoutConsole()).isEqualTo(2);
        assertThat(insights.timeline().periods()).isEmpty();
        assertThat(insights.timeline().undated()).isEqualTo(2);
        assertThat(insights.headline().firstAward()).isEmpty();
    }
}
