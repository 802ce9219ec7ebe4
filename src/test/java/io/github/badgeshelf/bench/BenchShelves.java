package io.github.badgeshelf.bench;

import io.github.badgeshelf.api.ApiConfig;
import io.github.badgeshelf.api.ApiException;
import io.github.badgeshelf.api.AwardsJson;
import io.github.badgeshelf.model.AwardCounts;
import io.github.badgeshelf.testsupport.AwardsFixtures;
import io.github.badgeshelf.ui.i18n.Messages;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The benchmark's shelves: the fixtures' realistic mix, with an icon path of its own for every award. */
final class BenchShelves {
    private BenchShelves() {
    }

    /** {@code n} awards (plus {@code hidden} hidden ones counted by the server) whose icons are all different. */
    static String body(String prefix, int n, int hidden, long seed) {
        List<Map<String, Object>> awards = AwardsFixtures.generateAwards(n, seed);
        for (int i = 0; i < awards.size(); i++) {
            Map<String, Object> award = awards.get(i);
            if (award.get("ImageIcon") != null) {
                award.put("ImageIcon", String.format(Locale.ROOT, "/Images/%s%06d.png", prefix, i));
            }
        }
        return AwardsFixtures.bodyOf(awards, hidden);
    }

    /**
     * The first {@code count} awards of {@link #body}{@code (prefix, n, 0, seed)} in display order,
     * icons and all: a small shelf whose every icon is on the big one's first screen (the grid
     * keeps the API's order by default, and the fixtures list oldest first). Until round 3's
     * session 4 this took the last ones, which no first screen shows: the switch shared no icon.
     */
    static String firstOf(String prefix, int n, long seed, int count) {
        List<Map<String, Object>> awards = AwardsFixtures.generateAwards(n, seed);
        for (int i = 0; i < awards.size(); i++) {
            Map<String, Object> award = awards.get(i);
            if (award.get("ImageIcon") != null) {
                award.put("ImageIcon", String.format(Locale.ROOT, "/Images/%s%06d.png", prefix, i));
            }
        }
        return AwardsFixtures.bodyOf(awards.subList(0, count), 0);
    }

    /** The icon paths of a body, so the server can draw them before the clock starts. */
    static List<String> iconPaths(String body) {
        try {
            return AwardsJson.parse(body.getBytes(StandardCharsets.UTF_8), ApiConfig.defaults()).visibleAwards().stream()
                    .filter(a -> a.iconUrl() != null)
                    .map(a -> URI.create(a.iconUrl()).getPath())
                    .toList();
        } catch (ApiException e) {
            throw new IllegalStateException("The benchmark's own body does not parse", e);
        }
    }

    /** The game IDs of the body's game awards, in order, each once. */
    static List<Integer> gameIds(String body) {
        try {
            return AwardsJson.parse(body.getBytes(StandardCharsets.UTF_8), ApiConfig.defaults()).visibleAwards().stream()
                    .filter(a -> a.gameId().isPresent()).map(a -> a.gameId().getAsInt()).distinct().toList();
        } catch (ApiException e) {
            throw new IllegalStateException("The benchmark's own body does not parse", e);
        }
    }

    static int visibleCount(String body) {
        try {
            return AwardsJson.parse(body.getBytes(StandardCharsets.UTF_8), ApiConfig.defaults()).visibleAwards().size();
        } catch (ApiException e) {
            throw new IllegalStateException("The benchmark's own body does not parse", e);
        }
    }

    static AwardCounts counts(String body) {
        try {
            return AwardsJson.parse(body.getBytes(StandardCharsets.UTF_8), ApiConfig.defaults()).counts();
        } catch (ApiException e) {
            throw new IllegalStateException("The benchmark's own body does not parse", e);
        }
    }

    /** The counter Labels' IDs with the text each must show for these counts, written as the window writes numbers ("1,613"). */
    static Map<String, String> counterTexts(AwardCounts c) {
        return Map.of("#totalCount", Messages.number(c.total()),
                "#masteredCount", Messages.number(c.mastery()),
                "#completedCount", Messages.number(c.completion()),
                "#beatenHardcoreCount", Messages.number(c.beatenHardcore()),
                "#beatenSoftcoreCount", Messages.number(c.beatenSoftcore()),
                "#eventCount", Messages.number(c.event()),
                "#siteCount", Messages.number(c.site()),
                "#hiddenCount", Messages.number(c.hidden()));
    }
}
