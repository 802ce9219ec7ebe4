package io.github.badgeshelf.ui.compare;

import io.github.badgeshelf.compare.ComparedGame;
import io.github.badgeshelf.model.Award;
import io.github.badgeshelf.ui.i18n.Messages;
import io.github.badgeshelf.ui.shelf.AwardText;

/** How the comparison puts a side's award into words: "Mastered", and "Bob mastered it, Alice beat it". */
final class AwardWords {
    private AwardWords() {
    }

    /** "Mastered", "Completed", "Beaten", "Beaten (softcore)", or "none" for a side without one. */
    static String kind(Award award) {
        if (award == null) {
            return Messages.get("compare.kind.none");
        }
        return Messages.get(switch (award.kind()) {
            case MASTERED -> "compare.kind.mastered";
            case COMPLETED -> "compare.kind.completed";
            case BEATEN_HARDCORE -> "compare.kind.beaten";
            default -> "compare.kind.beatenSoftcore";
        });
    }

    /** "mastered it", "completed it", "beat it", "beat it in softcore": what a person did. */
    private static String verb(Award award) {
        return Messages.get(switch (award.kind()) {
            case MASTERED -> "compare.verb.mastered";
            case COMPLETED -> "compare.verb.completed";
            case BEATEN_HARDCORE -> "compare.verb.beaten";
            default -> "compare.verb.beatenSoftcore";
        });
    }

    /** What a screen reader says for a tile, e.g. "Mega Man, NES: Bob mastered it, Alice beat it." */
    static String sentence(ComparedGame game, String leftName, String rightName) {
        String where = game.consoleName() == null || game.consoleName().isBlank()
                ? game.title() : game.title() + ", " + game.consoleName();
        if (game.left() != null && game.right() != null) {
            return Messages.format("compare.tile.both", where, rightName, verb(game.right()), leftName, verb(game.left()));
        }
        return game.left() != null
                ? Messages.format("compare.tile.one", where, leftName, verb(game.left()), rightName)
                : Messages.format("compare.tile.one", where, rightName, verb(game.right()), leftName);
    }

    /** One side's line in a tooltip: "Alice: Mastered on 3 Feb 2016". */
    static String sideLine(String name, Award award) {
        return award == null
                ? Messages.format("compare.side.none", name)
                : Messages.format("compare.side.award", name, kind(award), AwardText.date(award));
    }
}
