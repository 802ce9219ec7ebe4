package io.github.badgeshelf.wall;

import io.github.badgeshelf.model.AwardCounts;

import java.util.List;
import java.util.function.ToIntFunction;

/**
 * The words the wall draws: the counter cards' captions. The command line draws English; the
 * window passes its own language's words.
 */
public record WallCaptions(String total, String mastered, String completed, String beaten, String beatenSoftcore,
                           String events, String site, String hidden) {

    public static final WallCaptions ENGLISH = new WallCaptions("Total", "Mastered", "Completed", "Beaten",
            "Beaten (softcore)", "Events", "Site", "Hidden");

    /** One counter card: its caption, how to read its number, and whether it is drawn in an accent colour. */
    record Card(String caption, ToIntFunction<AwardCounts> value, Accent accent) {
    }

    enum Accent { NONE, GOLD, GREEN }

    /** The cards in the window's order (CountersView). */
    List<Card> cards() {
        return List.of(
                new Card(total, AwardCounts::total, Accent.NONE),
                new Card(mastered, AwardCounts::mastery, Accent.GOLD),
                new Card(completed, AwardCounts::completion, Accent.NONE),
                new Card(beaten, AwardCounts::beatenHardcore, Accent.NONE),
                new Card(beatenSoftcore, AwardCounts::beatenSoftcore, Accent.NONE),
                new Card(events, AwardCounts::event, Accent.GREEN),
                new Card(site, AwardCounts::site, Accent.NONE),
                new Card(hidden, AwardCounts::hidden, Accent.NONE));
    }
}
