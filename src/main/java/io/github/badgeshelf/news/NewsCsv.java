package io.github.badgeshelf.news;

import io.github.badgeshelf.export.CsvExporter;
import io.github.badgeshelf.export.CsvTable;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** The {@code news} command's CSV: who, then the award's cells exactly as {@code export} writes them. */
public final class NewsCsv {
    public static final List<String> HEADER =
            List.of("User", "Awarded At", "Award Type", "Mode", "Title", "Console", "Game ID", "Image URL");

    private NewsCsv() {
    }

    public static void write(List<NewsEntry> entries, OutputStream out) throws IOException {
        CsvTable.write(HEADER, entries, NewsCsv::row, out);
    }

    /** The eight cells of one entry, before quoting (the formula guard is CsvTable's, as for export). */
    public static List<String> row(NewsEntry e) {
        // export's cells: Title, Console, Award Type, Mode, Awarded At, Game ID, Console ID, Display Order, Image URL
        List<String> award = CsvExporter.row(e.award());
        return List.of(e.user(), award.get(4), award.get(2), award.get(3), award.get(0), award.get(1), award.get(5),
                award.get(8));
    }
}
