package io.github.badgeshelf.export;

import io.github.badgeshelf.model.Award;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.AbstractList;
import java.util.List;
import java.util.stream.Stream;

import static io.github.badgeshelf.export.CsvTestSupport.export;
import static io.github.badgeshelf.export.CsvTestSupport.roundTrip;
import static io.github.badgeshelf.export.CsvTestSupport.titled;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvExporterTest {
    private static final String HEADER_LINE =
            "Title,Console,Award Type,Mode,Awarded At,Game ID,Console ID,Display Order,Image URL";

    @Test
    void theHeaderLineIsExactlyAsDesigned() throws IOException {
        String csv = new String(export(List.of()), StandardCharsets.UTF_8);
        assertThat(csv).isEqualTo(HEADER_LINE + "\r\n");
    }

    @Test
    void aFullRowHasNineCellsInTheDesignedOrder() throws IOException {
        List<List<String>> rows = roundTrip(List.of(new Award(Instant.parse("2024-03-05T06:07:08Z"),
                "Mastery/Completion", 1234, 1, 17, "Super Mario Bros.", 7, "NES/Famicom",
                "/Images/024519.png", "https://media.retroachievements.org/Images/024519.png")));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1)).containsExactly("Super Mario Bros.", "NES/Famicom", "Mastery/Completion",
                "Hardcore", "2024-03-05T06:07:08+00:00", "1234", "7", "17",
                "https://media.retroachievements.org/Images/024519.png");
    }

    @Test
    void rowsKeepTheGivenOrder() throws IOException {
        List<List<String>> rows = roundTrip(List.of(titled("B title"), titled("A title"), titled("C title")));
        assertThat(rows.stream().skip(1).map(r -> r.get(0))).containsExactly("B title", "A title", "C title");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Pokémon, Red Version",
            "The \"Quoted\" Game",
            "\"",
            "\"\"",
            "Line one\nLine two",
            "Line one\r\nLine two",
            "Ends with a return\r",
            "Tab\tinside",
            "ゼルダの伝説 神々のトライフォース",
            "Ёжик в тумане",
            "🎮🏆 Emoji 👨‍👩‍👧 family",
            "  padded  ",
            "a,\"b\",\nc",
            "'already quoted"})
    void titlesSurviveARoundTripThroughAnRfc4180Parser(String title) throws IOException {
        List<List<String>> rows = roundTrip(List.of(titled(title)));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1)).hasSize(9);
        assertThat(rows.get(1).get(0)).isEqualTo(title);
    }

    @Test
    void nonLatinTextIsWrittenAsUtf8() throws IOException {
        byte[] csv = export(List.of(titled("ゼルダ Ёжик 🎮")));
        assertThat(new String(csv, StandardCharsets.UTF_8)).contains("ゼルダ Ёжик 🎮");
        assertThat(csv[0]).as("no byte order mark").isNotEqualTo((byte) 0xEF);
    }

    @ParameterizedTest
    @ValueSource(strings = {"=SUM(A1:A2)", "+1", "-1", "@cmd", "\tTabbed", "\rReturned", "=HYPERLINK(\"http://x\",\"y\")"})
    void cellsThatSpreadsheetsWouldRunAsFormulasGetALeadingApostrophe(String title) throws IOException {
        List<List<String>> rows = roundTrip(List.of(titled(title)));
        assertThat(rows.get(1).get(0)).isEqualTo("'" + title);
    }

    @Test
    void theFormulaGuardAppliesToEveryColumn() throws IOException {
        Award a = new Award(Instant.parse("2024-03-05T06:07:08Z"), "=Type", 1, 0, -5,
                "Title", 7, "+Console", null, "@icon");
        List<String> row = roundTrip(List.of(a)).get(1);
        assertThat(row.get(1)).isEqualTo("'+Console");
        assertThat(row.get(2)).isEqualTo("'=Type");
        // A negative display order would read as a formula too; the guard keeps it text.
        assertThat(row.get(7)).isEqualTo("'-5");
        assertThat(row.get(8)).isEqualTo("'@icon");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a=b", "1+1", "x-y", "me@example.com", "Tab\tlater"})
    void formulaCharactersAfterTheStartAreLeftAlone(String title) throws IOException {
        assertThat(roundTrip(List.of(titled(title))).get(1).get(0)).isEqualTo(title);
    }

    @Test
    void anUntitledSiteAwardIsNamedByItsAwardTypeWithEmptyGameCells() throws IOException {
        Award patreon = new Award(Instant.parse("2019-07-01T00:00:00Z"), "Patreon Supporter", 0, 0, 3,
                null, null, null, null, null);
        List<String> row = roundTrip(List.of(patreon)).get(1);
        assertThat(row).containsExactly("Patreon Supporter", "", "Patreon Supporter", "",
                "2019-07-01T00:00:00+00:00", "", "", "3", "");
    }

    @Test
    void aBlankTitleCountsAsNoTitle() throws IOException {
        Award legend = new Award(Instant.parse("2019-07-01T00:00:00Z"), "Certified Legend", 0, 0, 0,
                "   ", null, null, null, null);
        assertThat(roundTrip(List.of(legend)).get(1).get(0)).isEqualTo("Certified Legend");
    }

    @ParameterizedTest
    @CsvSource({
            "Mastery/Completion, 1, Hardcore",
            "Mastery/Completion, 0, Softcore",
            "Game Beaten,        1, Hardcore",
            "Game Beaten,        0, Softcore"})
    void gameAwardsCarryTheirModeAndGameId(String type, int extra, String mode) throws IOException {
        Award a = new Award(Instant.parse("2024-03-05T06:07:08Z"), type, 14402, extra, 0,
                "Game", 1, "Genesis/Mega Drive", "/Images/1.png", "https://m.test/Images/1.png");
        List<String> row = roundTrip(List.of(a)).get(1);
        assertThat(row.get(2)).isEqualTo(type);
        assertThat(row.get(3)).isEqualTo(mode);
        assertThat(row.get(5)).isEqualTo("14402");
    }

    @Test
    void eventAwardsHaveNoModeAndNoGameId() throws IOException {
        Award event = new Award(Instant.parse("2024-03-05T06:07:08Z"), "Event", 55, 1, 0,
                "Achievement of the Week 2024", 101, "Events", "/Images/2.png", "https://m.test/Images/2.png");
        List<String> row = roundTrip(List.of(event)).get(1);
        assertThat(row.get(3)).isEmpty();
        assertThat(row.get(5)).isEmpty();
        assertThat(row.get(6)).isEqualTo("101");
    }

    @Test
    void awardedAtIsIso8601InUtcWithItsOffset() throws IOException {
        Instant when = OffsetDateTime.parse("2024-03-05T08:07:08.250+02:00").toInstant();
        Award a = new Award(when, "Game Beaten", 1, 1, 0, "T", 1, "C", null, null);
        String cell = roundTrip(List.of(a)).get(1).get(4);
        assertThat(cell).isEqualTo("2024-03-05T06:07:08.25+00:00");
        OffsetDateTime parsed = OffsetDateTime.parse(cell);
        assertThat(parsed.getOffset()).isEqualTo(ZoneOffset.UTC);
        assertThat(parsed.toInstant()).isEqualTo(when);
    }

    @Test
    void aMissingAwardTimeIsAnEmptyCell() throws IOException {
        Award a = new Award(null, "Game Beaten", 1, 1, 0, "T", 1, "C", null, null);
        assertThat(roundTrip(List.of(a)).get(1).get(4)).isEmpty();
    }

    @Test
    void recordsEndWithCrLf() throws IOException {
        String csv = new String(export(List.of(titled("A"), titled("B"))), StandardCharsets.UTF_8);
        assertThat(csv.split("\r\n", -1)).hasSize(4).endsWith("");
        assertThat(csv.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
    }

    @Test
    void anExportWritesTheFile(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("awards.csv");
        CsvExporter.export(List.of(titled("ゼルダ")), target);
        assertThat(Files.readAllBytes(target)).isEqualTo(export(List.of(titled("ゼルダ"))));
        assertThat(listNames(dir)).containsExactly("awards.csv");
    }

    @Test
    void anExistingFileIsLeftByteForByteWhenTheExportFailsMidway(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("awards.csv");
        byte[] before = "precious,data\r\nnot,to be lost\r\n".getBytes(StandardCharsets.UTF_8);
        Files.write(target, before);

        // Enough rows that the writer's buffer has reached the temporary file before the failure.
        List<Award> failsPartWay = new AbstractList<>() {
            @Override
            public Award get(int index) {
                if (index == 5_000) {
                    throw new IllegalStateException("the award list broke part way");
                }
                return titled("Row " + index);
            }

            @Override
            public int size() {
                return 10_000;
            }
        };

        assertThatThrownBy(() -> CsvExporter.export(failsPartWay, target))
                .isInstanceOf(IllegalStateException.class);

        assertThat(Files.readAllBytes(target)).isEqualTo(before);
        assertThat(listNames(dir)).containsExactly("awards.csv");
    }

    @Test
    void anExportIntoAMissingFolderFailsPlainlyAndCreatesNothing(@TempDir Path dir) {
        Path target = dir.resolve("no-such-folder/awards.csv");
        assertThatThrownBy(() -> CsvExporter.export(List.of(titled("A")), target))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("does not exist");
        assertThat(dir.resolve("no-such-folder")).doesNotExist();
    }

    @Test
    void anExportOntoAFolderFailsAndLeavesItAlone(@TempDir Path dir) throws IOException {
        Path folder = Files.createDirectory(dir.resolve("awards.csv"));
        assertThatThrownBy(() -> CsvExporter.export(List.of(titled("A")), folder))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("is a folder");
        assertThat(folder).isDirectory();
        assertThat(listNames(dir)).containsExactly("awards.csv");
    }

    private static List<String> listNames(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }
}
