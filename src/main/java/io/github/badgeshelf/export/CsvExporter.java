package io.github.badgeshelf.export;

import io.github.badgeshelf.files.AtomicFiles;
import io.github.badgeshelf.model.Award;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;

/**
 * Awards to CSV exactly as docs/contracts.md defines it, with the shared rules of {@link CsvTable}
 * (quoting, formula guard, UTC times, whole-or-nothing files).
 */
public final class CsvExporter {

    public static final List<String> HEADER = List.of(
            "Title", "Console", "Award Type", "Mode", "Awarded At",
            "Game ID", "Console ID", "Display Order", "Image URL");

    private CsvExporter() {
    }

    /** Writes the awards, in the order given, to the file whole or not at all. */
    public static void export(List<Award> awards, Path target) throws IOException {
        CsvTable.export(HEADER, awards, CsvExporter::row, target);
    }

    /** Writes the awards to a stream (UTF-8) and flushes it; the stream stays open. */
    public static void write(List<Award> awards, OutputStream out) throws IOException {
        CsvTable.write(HEADER, awards, CsvExporter::row, out);
    }

    public static void write(List<Award> awards, Writer writer) throws IOException {
        CsvTable.write(HEADER, awards, CsvExporter::row, writer);
    }

    /** The nine cells of one award, before quoting. */
    public static List<String> row(Award a) {
        return List.of(
                a.displayTitle(),
                nullToEmpty(a.consoleName()),
                a.awardType(),
                a.mode().label(),
                CsvTable.time(a.awardedAt()),
                a.gameId().isPresent() ? Integer.toString(a.gameId().getAsInt()) : "",
                a.consoleId() == null ? "" : a.consoleId().toString(),
                a.displayOrder() == null ? "" : a.displayOrder().toString(),
                nullToEmpty(a.iconUrl()));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
