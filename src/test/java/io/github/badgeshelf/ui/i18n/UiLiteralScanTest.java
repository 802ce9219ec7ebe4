package io.github.badgeshelf.ui.i18n;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No words for people are written into the window's code: they come from the bundle. Two nets:
 * <ol>
 *   <li>a text-taking call ({@code setText}, {@code new Label}, {@code setPromptText}, {@code new Tooltip},
 *       {@code setAccessibleText}, a status message, ...) whose first argument is a literal with letters;</li>
 *   <li>any other literal that reads like words ("two words", or ending in "…"), wherever it sits.</li>
 * </ol>
 * Comments, log lines and exception texts (for the log, never shown) are not looked at. What the
 * window may show as written is in {@link #ALLOWED}: symbols and names that are the same in every language.
 */
class UiLiteralScanTest {
    private static final Path UI = Path.of("src/main/java/io/github/badgeshelf/ui");

    /** Literals the window may show as they are: separators and marks, not words. */
    static final Set<String> ALLOWED = Set.of("·", " · ", "—", " — ", "…", "?", "“", "”", "↗", "/", ": ", "+");

    /** Literals that look like words but are never shown as text: a folder's name on disk. */
    static final Set<String> NOT_SHOWN = Set.of("Documents");

    /** A date-time pattern ("MMM yyyy"), formatted with the window's locale: letters that are not words. */
    private static final Pattern DATE_PATTERN = Pattern.compile("[GyYuMLdDEecaHhKkmsSn ,./'-]+");

    private static final Pattern TEXT_CALL = Pattern.compile(
            "(?:setText|setPromptText|setAccessibleText|setAccessibleHelp|setTitle|setHeaderText|setContentText"
                    + "|setPlaceholder|appendText|new (?:Label|Button|ToggleButton|CheckBox|RadioButton|Hyperlink|MenuItem"
                    + "|CheckMenuItem|Menu|Tooltip|Text|Tab|TitledPane)"
                    + "|StatusMessage\\.(?:info|busy|success|warning|error)|\\b(?:error|progress|notice|status)\\.set"
                    + "|showError|report)\\(\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    /** Two words, a word and "…", or a capitalised word ("Demo", "Forward (Alt+Right)"): ids and style classes are lower case. */
    private static final Pattern WORDS = Pattern.compile("\\p{L}{2,}[,.!?]? +\\p{L}{2,}|\\p{L}{2,}…$|^\\p{Lu}\\p{Ll}+");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");

    @Test
    void noWordsForPeopleAreWrittenIntoTheWindowCode() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(UI)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    String line = withoutNames(codeOf(lines.get(i)));
                    if (line.isEmpty() || isLogOrException(line)) {
                        continue;
                    }
                    String where = UI.relativize(file) + ":" + (i + 1) + ": ";
                    Matcher call = TEXT_CALL.matcher(line);
                    while (call.find()) {
                        String text = call.group(1);
                        if (LETTER.matcher(text).find() && !ALLOWED.contains(text)) {
                            found.add(where + "\"" + text + "\"");
                        }
                    }
                    Matcher literal = LITERAL.matcher(line);
                    while (literal.find()) {
                        String text = literal.group(1);
                        if (WORDS.matcher(text).find() && !ALLOWED.contains(text) && !NOT_SHOWN.contains(text)
                                && !DATE_PATTERN.matcher(text).matches() && !found.contains(where + "\"" + text + "\"")) {
                            found.add(where + "\"" + text + "\"");
                        }
                    }
                }
            }
        }
        assertThat(found).as("texts to move into the bundle (Messages.get/format)").isEmpty();
    }

    @Test
    void theScanCatchesTheUsualWays() {
        assertThat(TEXT_CALL.matcher("label.setText(\"Hello\");").find()).isTrue();
        assertThat(TEXT_CALL.matcher("new Button(\"Sign in\")").find()).isTrue();
        assertThat(TEXT_CALL.matcher("status.set(StatusMessage.busy(\"Saving \" + n))").find()).isTrue();
        assertThat(WORDS.matcher("Could not save ").find()).isTrue();
        assertThat(WORDS.matcher("Loading…").find()).isTrue();
        assertThat(WORDS.matcher("Demo").find()).isTrue();
        assertThat(WORDS.matcher("badge-tile").find()).isFalse();
        assertThat(DATE_PATTERN.matcher("LLLL yyyy").matches()).isTrue();
        assertThat(DATE_PATTERN.matcher("Last year").matches()).isFalse();
        assertThat(WORDS.matcher("signedInAs").find()).isFalse();
        assertThat(WORDS.matcher("-fx-background-color: hsb(").find()).isFalse();
        assertThat(codeOf("x(); // a comment with \"quoted words here\"")).isEqualTo("x();");
        assertThat(withoutNames("bar.setId(id + \"Bar\");")).doesNotContain("Bar");
        assertThat(withoutNames("label.setText(\"Hello\");")).contains("Hello");
    }

    /** The line without comments: Javadoc and block-comment lines, and a trailing // comment. */
    static String codeOf(String raw) {
        String line = raw.strip();
        if (line.startsWith("*") || line.startsWith("/*") || line.startsWith("//")) {
            return "";
        }
        boolean inString = false;
        for (int i = 0; i < line.length() - 1; i++) {
            char c = line.charAt(i);
            if (c == '\\' && inString) {
                i++;
            } else if (c == '"') {
                inString = !inString;
            } else if (!inString && c == '/' && line.charAt(i + 1) == '/') {
                return line.substring(0, i).strip();
            }
        }
        return line;
    }

    /** Node ids, style classes, pseudo-classes and lookups are names for code and CSS, never shown. */
    static String withoutNames(String line) {
        return NAMES.matcher(line).replaceAll("");
    }

    private static final Pattern NAMES = Pattern.compile(
            "(?:setId|getStyleClass\\(\\)\\.(?:add|addAll|remove|setAll)|getPseudoClass|lookup|lookupAll)\\([^;]*?\\)(?=[;.)]|$)");

    /** Log lines and exception texts go to the log file (English, for whoever reads it), not to the window. */
    private static boolean isLogOrException(String line) {
        return line.contains("LOG.") || line.contains("Logger") || line.contains("Exception(")
                || line.contains("new Thread(") || line.contains("log(Level");
    }
}
