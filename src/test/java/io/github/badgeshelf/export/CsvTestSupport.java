package io.github.badgeshelf.export;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.badgeshelf.model.Award;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/** Writes awards with CsvExporter and reads them back with an independent RFC 4180 parser. */
final class CsvTestSupport {
    private static final CsvMapper CSV = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);

    private CsvTestSupport() {
    }

    static byte[] export(List<Award> awards) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvExporter.write(awards, out);
        return out.toByteArray();
    }

    /** Every record, the header first, each as its list of cells. */
    static List<List<String>> parse(byte[] csv) throws IOException {
        try (MappingIterator<List<String>> rows = CSV.readerForListOf(String.class)
                .with(CsvSchema.emptySchema())
                .readValues(new String(csv, StandardCharsets.UTF_8))) {
            return rows.readAll();
        }
    }

    static List<List<String>> roundTrip(List<Award> awards) throws IOException {
        return parse(export(awards));
    }

    static Award titled(String title) {
        return new Award(Instant.parse("2024-03-05T06:07:08Z"), "Mastery/Completion", 1234, 1, 0,
                title, 7, "NES/Famicom", "/Images/024519.png", "https://media.retroachievements.org/Images/024519.png");
    }

    static Award withConsoleName(String consoleName) {
        return new Award(Instant.parse("2024-03-05T06:07:08Z"), "Game Beaten", 1, 0, 0,
                "Title", 7, consoleName, null, null);
    }
}
