package io.github.badgeshelf.export;

import io.github.badgeshelf.compare.ComparedGame;
import io.github.badgeshelf.model.Award;
import io.github.badgeshelf.model.AwardKind;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;

/**
 * A comparison of two shelves as CSV (docs/contracts.md, {@code compare}): one row per game, header
 * {@code Game ID,Title,Console,<A> Award,<A> Awarded At,<B> Award,<B> Awarded At}. Quoting, the
 * formula guard, UTC times and the whole-or-nothing file are {@link CsvTable}'s.
 */
public final class ComparisonCsv {
    private ComparisonCsv() {
    }

    /** The header, with the two users as the server spells them. */
    public static List<String> header(String leftUser, String rightUser) {
        return List.of("Game ID", "Title", "Console",
                leftUser + " Award", leftUser + " Awarded At",
                rightUser + " Award", rightUser + " Awarded At");
    }

    /** The seven cells of one game, before quoting. */
    public static List<String> row(ComparedGame game) {
        return List.of(
                Integer.toString(game.gameId()),
                game.title(),
                game.consoleName() == null ? "" : game.consoleName(),
                label(game.left()), CsvTable.time(game.left() == null ? null : game.left().awardedAt()),
                label(game.right()), CsvTable.time(game.right() == null ? null : game.right().awardedAt()));
    }

    /**
     * "Mastered", "Completed", "Beaten", "Beaten (softcore)" (RA's HighestAwardKind), or empty.
     * Spelled out here rather than taken from {@link AwardKind#label()}: scripts parse these.
     */
    static String label(Award award) {
        if (award == null) {
            return "";
        }
        return switch (award.kind()) {
            case MASTERED -> "Mastered";
            case COMPLETED -> "Completed";
            case BEATEN_HARDCORE -> "Beaten";
            case BEATEN_SOFTCORE -> "Beaten (softcore)";
            default -> throw new IllegalArgumentException(award.kind() + " is not a game award");
        };
    }

    /** Writes the games, in the order given, to the file whole or not at all. */
    public static void export(String leftUser, String rightUser, List<ComparedGame> games, Path target)
            throws IOException {
        CsvTable.export(header(leftUser, rightUser), games, ComparisonCsv::row, target);
    }

    /** Writes the games to a stream (UTF-8) and flushes it; the stream stays open. */
    public static void write(String leftUser, String rightUser, List<ComparedGame> games, OutputStream out)
            throws IOException {
        CsvTable.write(header(leftUser, rightUser), games, ComparisonCsv::row, out);
    }
}
