package io.github.badgeshelf.testsupport;

import io.github.badgeshelf.model.Award;
import io.github.badgeshelf.model.AwardTypes;

import java.time.Instant;

/** Award builders for the core tests of insights and the wall: game ID and icon path from a number. */
public final class TestAwards {
    private TestAwards() {
    }

    public static Award game(String type, boolean hardcore, int gameId, String console, String when, String iconBase) {
        return new Award(when == null ? null : Instant.parse(when), type, gameId, hardcore ? 1 : 0, gameId,
                "Game " + gameId, console == null ? null : console.hashCode() & 0xff, console,
                "/Images/" + gameId + ".png", iconBase == null ? null : iconBase + "/Images/" + gameId + ".png");
    }

    public static Award mastered(int gameId, String console, String when) {
        return game(AwardTypes.MASTERY_COMPLETION, true, gameId, console, when, "http://127.0.0.1:9");
    }

    public static Award completed(int gameId, String console, String when) {
        return game(AwardTypes.MASTERY_COMPLETION, false, gameId, console, when, "http://127.0.0.1:9");
    }

    public static Award beaten(int gameId, String console, String when) {
        return game(AwardTypes.GAME_BEATEN, true, gameId, console, when, "http://127.0.0.1:9");
    }

    public static Award beatenSoftcore(int gameId, String console, String when) {
        return game(AwardTypes.GAME_BEATEN, false, gameId, console, when, "http://127.0.0.1:9");
    }

    public static Award event(int eventId, String when) {
        return new Award(Instant.parse(when), AwardTypes.EVENT, eventId, 0, eventId, "Event " + eventId, 101, "Events",
                "/Images/e" + eventId + ".png", "http://127.0.0.1:9/Images/e" + eventId + ".png");
    }

    public static Award site(String type, String when) {
        return new Award(when == null ? null : Instant.parse(when), type, 1, 0, 0, null, null, null, null, null);
    }

    /** The same award with its icon under another origin (a loopback server's). */
    public static Award withIconBase(Award a, String base) {
        return new Award(a.awardedAt(), a.awardType(), a.awardData(), a.awardDataExtra(), a.displayOrder(), a.title(),
                a.consoleId(), a.consoleName(), a.imageIcon(), a.imageIcon() == null ? null : base + a.imageIcon());
    }
}
