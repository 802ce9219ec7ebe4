package io.github.badgeshelf.export;

import io.github.badgeshelf.files.AtomicFiles;
import io.github.badgeshelf.model.Award;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.List;
import java.util.Locale;

/**
 * Awards to CSV exactly as docs/contracts.md defines it: UTF-8, RFC 4180 quoting, a header row, one row
 * per award, and a leading apostrophe on cells a spreadsheet would run as a formula.
 */
public final class CsvExporter {

    public static final List<String> HEADER = List.of(
            "Title", "Console", "Award Type", "Mode", "Awarded At",
            "Game ID", "Console ID", "Display Order", "Image URL");

    /** ISO-8601 with a numeric offset, "2016-01-02T05:53:52+00:00": the form the server itself sends. */
    private static final DateTimeFormatter ISO_UTC = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .appendOffset("+HH:MM", "+00:00")
            .toFormatter(Locale.ROOT);

    private CsvExporter() {
    }

    /** Writes the awards, in the order given, to the file whole or not at all. */
    public static void export(List<Award> awards, Path target) throws IOException {
        AtomicFiles.write(target, out -> write(awards, out));
    }

    /** Writes the awards to a stream (UTF-8) and flushes it; the stream stays open. */
    public static void write(List<Award> awards, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        write(awards, writer);
        writer.flush();
    }

    public static void write(List<Award> awards, Writer writer) throws IOException {
        writeRow(writer, HEADER);
        for (Award award : awards) {
            writeRow(writer, row(award));
        }
    }

    /** The nine cells of one award, before quoting. */
    public static List<String> row(Award a) {
        return List.of(
                a.displayTitle(),
                nullToEmpty(a.consoleName()),
                a.awardType(),
                a.mode().label(),
                isoUtc(a.awardedAt()),
                a.gameId().isPresent() ? Integer.toString(a.gameId().getAsInt()) : "",
                a.consoleId() == null ? "" : a.consoleId().toString(),
                Integer.toString(a.displayOrder()),
                nullToEmpty(a.iconUrl()));
    }

    /** "2016-01-02T05:53:52+00:00", or empty for no time. */
    static String isoUtc(Instant time) {
        return time == null ? "" : ISO_UTC.format(time.atOffset(ZoneOffset.UTC));
    }

    /** One record: each cell formula-guarded and quoted, ended by CRLF. */
    static void writeRow(Writer w, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            w.write(quote(guardFormula(cells.get(i))));
        }
        // RFC 4180 ends records with CRLF.
        w.write("\r\n");
    }

    /** A cell starting with = + - @ tab or CR gets a leading apostrophe so it is not run as a formula. */
    static String guardFormula(String cell) {
        if (cell.isEmpty()) {
            return cell;
        }
        char c = cell.charAt(0);
        if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') {
            return "'" + cell;
        }
        return cell;
    }

    static String quote(String cell) {
        boolean needsQuotes = false;
        for (int i = 0; i < cell.length() && !needsQuotes; i++) {
            char c = cell.charAt(i);
            needsQuotes = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        // Leading/trailing spaces are quoted too, so spreadsheets do not trim them.
        if (!needsQuotes && !cell.isEmpty()
                && (Character.isWhitespace(cell.charAt(0)) || Character.isWhitespace(cell.charAt(cell.length() - 1)))) {
            needsQuotes = true;
        }
        return needsQuotes ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
