package io.github.badgeshelf.news;

import io.github.badgeshelf.testsupport.AwardsFixtures;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Award bodies dated where a news test needs them. */
final class NewsFixtures {
    private static final DateTimeFormatter WIRE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

    private NewsFixtures() {
    }

    /** One mastered game award per time, game IDs from {@code firstGame}, in display order as given. */
    static String masteredAt(int firstGame, Instant... times) {
        List<Map<String, Object>> awards = new ArrayList<>();
        for (int i = 0; i < times.length; i++) {
            int game = firstGame + i;
            awards.add(AwardsFixtures.gameAward("Mastery/Completion", game, true, i, "Game " + game, 7, "NES/Famicom",
                    WIRE.format(times[i].atOffset(ZoneOffset.UTC)), String.format(Locale.ROOT, "/Images/%06d.png", game)));
        }
        return AwardsFixtures.bodyOf(awards);
    }
}
