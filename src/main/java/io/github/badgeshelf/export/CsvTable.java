package io.github.badgeshelf.export;

import io.github.badgeshelf.files.AtomicFiles;

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
import java.util.function.Function;

/**
 * The CSV rules every export of docs/contracts.md shares: UTF-8, RFC 4180 quoting, a header row, CRLF
 * line ends, a leading apostrophe on cells a spreadsheet would run as a formula, times as
 * ISO-8601 in UTC with their offset, and files written whole or not at all.
 */
public final class CsvTable {

    /** ISO-8601 with a numeric offset, "2016-01-02T05:53:52+00:00": the form the server itself sends. */
    private static final DateTimeFormatter ISO_UTC = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .appendOffset("+HH:MM", "+00:00")
            .toFormatter(Locale.ROOT);

    private CsvTable() {
    }

    /** The instant as a cell, e.g. "2016-01-02T05:53:52+00:00"; empty for null. */
    public static String time(Instant when) {
        return when == null ? "" : ISO_UTC.format(when.atOffset(ZoneOffset.UTC));
    }

    /** Writes header and rows to the file whole or not at all. */
    public static <T> void export(List<String> header, List<T> items, Function<T, List<String>> row, Path target)
            throws IOException {
        AtomicFiles.write(target, out -> write(header, items, row, out));
    }

    /** Writes header and rows to a stream (UTF-8) and flushes it; the stream stays open. */
    public static <T> void write(List<String> header, List<T> items, Function<T, List<String>> row, OutputStream out)
            throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        write(header, items, row, writer);
        writer.flush();
    }

    public static <T> void write(List<String> header, List<T> items, Function<T, List<String>> row, Writer writer)
            throws IOException {
        writeRow(writer, header);
        for (T item : items) {
            writeRow(writer, row.apply(item));
        }
    }

    private static void writeRow(Writer w, List<String> cells) throws IOException {
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
}
