package io.github.badgeshelf.export;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.io.IOException;
import java.util.List;

import static io.github.badgeshelf.export.CsvTestSupport.roundTrip;
import static io.github.badgeshelf.export.CsvTestSupport.titled;
import static io.github.badgeshelf.export.CsvTestSupport.withConsoleName;
import static org.assertj.core.api.Assertions.assertThat;

/** Any text, in any column, comes back from a CSV parser as it went in (the formula guard aside). */
class CsvRoundTripProperties {

    @Property(tries = 500)
    void anyConsoleNameSurvives(@ForAll("text") String consoleName) throws IOException {
        List<List<String>> rows = roundTrip(List.of(withConsoleName(consoleName)));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1)).hasSize(9);
        assertThat(rows.get(1).get(1)).isEqualTo(guarded(consoleName));
    }

    @Property(tries = 500)
    void anyTitleSurvives(@ForAll("text") String title) throws IOException {
        // A blank title means "no title", for which docs/contracts.md shows the award type instead.
        String expected = title.isBlank() ? "Mastery/Completion" : guarded(title);
        List<List<String>> rows = roundTrip(List.of(titled(title), titled(title)));
        assertThat(rows).hasSize(3);
        assertThat(rows.get(1).get(0)).isEqualTo(expected);
        assertThat(rows.get(2).get(0)).isEqualTo(expected);
    }

    private static String guarded(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    /**
     * Valid Unicode text (no lone surrogates, which are not text and cannot be encoded as UTF-8),
     * weighted towards the characters CSV treats specially.
     */
    @Provide
    Arbitrary<String> text() {
        Arbitrary<Integer> special = Arbitraries.of((int) ',', (int) '"', (int) '\n', (int) '\r', (int) '\t',
                (int) ' ', (int) '=', (int) '+', (int) '-', (int) '@', (int) '\'', 0x0000, 0x00A0, 0x2028, 0xFEFF);
        Arbitrary<Integer> ascii = Arbitraries.integers().between(0x20, 0x7E);
        Arbitrary<Integer> anyCodePoint = Arbitraries.integers().between(0, 0x10FFFF)
                .filter(cp -> cp < Character.MIN_SURROGATE || cp > Character.MAX_SURROGATE);
        Arbitrary<Integer> scripts = Arbitraries.of(0x3042, 0x30BC, 0x6F22, 0x0416, 0x0451, 0x1F3AE, 0x1F468, 0x200D, 0x0301);
        return Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(4, special),
                        net.jqwik.api.Tuple.of(4, ascii),
                        net.jqwik.api.Tuple.of(2, scripts),
                        net.jqwik.api.Tuple.of(2, anyCodePoint))
                .list().ofMaxSize(40)
                .map(cps -> {
                    StringBuilder sb = new StringBuilder();
                    cps.forEach(sb::appendCodePoint);
                    return sb.toString();
                });
    }
}
