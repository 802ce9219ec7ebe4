package io.github.badgeshelf.ui.i18n;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bundles as files: every language has exactly the English keys, every pattern is a valid
 * {@link MessageFormat} with the same arguments in every language, every key the code asks for
 * exists and no key sits unused.
 */
class MessagesBundleTest {
    private static final Path MAIN_SOURCES = Path.of("src/main/java");
    private static final String FOLDER = "/io/github/badgeshelf/ui/i18n/";
    private static final List<String> TRANSLATIONS = List.of("messages_pt_BR.properties", "messages_es.properties");

    /**
     * Keys the code builds from a prefix and a name, so no literal names them: award kinds and modes
     * ({@code AwardText}), counter cards ({@code CountersView}: caption, help, spoken), the insights'
     * award categories ({@code InsightsView.kindLabel}).
     */
    static final Set<String> DYNAMIC_KEYS = Set.of(
            "award.kind.mastered", "award.kind.completed", "award.kind.beatenHardcore", "award.kind.beatenSoftcore",
            "award.kind.event", "award.kind.siteEvent", "award.kind.unlocksYield", "award.kind.pointsYield",
            "award.kind.patreon", "award.kind.legend", "award.kind.playtest", "award.kind.mediaContribution",
            "award.kind.unknown", "award.mode.hardcore", "award.mode.softcore",
            "counters.total", "counters.total.help", "counters.total.spoken",
            "counters.mastered", "counters.mastered.help", "counters.mastered.spoken",
            "counters.completed", "counters.completed.help", "counters.completed.spoken",
            "counters.beatenHardcore", "counters.beatenHardcore.help", "counters.beatenHardcore.spoken",
            "counters.beatenSoftcore", "counters.beatenSoftcore.help", "counters.beatenSoftcore.spoken",
            "counters.events", "counters.events.help", "counters.events.spoken",
            "counters.site", "counters.site.help", "counters.site.spoken",
            "counters.hidden", "counters.hidden.help", "counters.hidden.spoken",
            "insights.kind.mastered", "insights.kind.completed", "insights.kind.beaten", "insights.kind.beatenSoftcore",
            "insights.kind.event", "insights.kind.site");

    private static final Pattern STRING_LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*+)\""); // possessive: a long text block must not overflow the stack
    /** A literal key handed to Messages (a prefix such as "counters." followed by a name is a dynamic key). */
    private static final Pattern ASKED_FOR = Pattern.compile("Messages\\.(?:get|format)\\(\\s*\"([^\"]+[^.\"])\"");
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

    @Test
    void everyTranslationHasExactlyTheEnglishKeys() {
        Set<String> english = load("messages.properties").stringPropertyNames();
        assertThat(english).isNotEmpty();
        for (String file : TRANSLATIONS) {
            Set<String> keys = load(file).stringPropertyNames();
            assertThat(difference(english, keys)).as("keys missing from " + file).isEmpty();
            assertThat(difference(keys, english)).as("keys in " + file + " that English does not have").isEmpty();
        }
    }

    @Test
    void everyValueIsAValidPatternWithTheSameArgumentsInEveryLanguage() {
        Properties english = load("messages.properties");
        List<String> problems = new ArrayList<>();
        for (String file : Stream.concat(Stream.of("messages.properties"), TRANSLATIONS.stream()).toList()) {
            Properties bundle = load(file);
            for (String key : bundle.stringPropertyNames()) {
                String value = bundle.getProperty(key);
                if (value.isBlank()) {
                    problems.add(file + " " + key + ": empty");
                    continue;
                }
                try {
                    new MessageFormat(value, Locale.ROOT);
                } catch (IllegalArgumentException e) {
                    problems.add(file + " " + key + ": not a MessageFormat pattern (" + e.getMessage() + ")");
                    continue;
                }
                // A lone ASCII apostrophe quotes the rest of a MessageFormat pattern away; the texts use ’.
                if (value.contains("'")) {
                    problems.add(file + " " + key + ": contains ' (use ’)");
                }
                if (english.containsKey(key) && !arguments(value).equals(arguments(english.getProperty(key)))) {
                    problems.add(file + " " + key + ": arguments " + arguments(value) + " but English has "
                            + arguments(english.getProperty(key)));
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyKeyTheCodeAsksForExists() throws IOException {
        Set<String> english = load("messages.properties").stringPropertyNames();
        Set<String> asked = new TreeSet<>();
        for (String source : sources()) {
            Matcher m = ASKED_FOR.matcher(source);
            while (m.find()) {
                asked.add(m.group(1));
            }
        }
        assertThat(asked).as("keys asked for in src/main/java").isNotEmpty();
        assertThat(difference(asked, english)).as("keys the code asks for that the bundle lacks").isEmpty();
        assertThat(difference(DYNAMIC_KEYS, english)).as("dynamic keys missing from the bundle").isEmpty();
    }

    /**
     * A key counts as used when a string literal in the main sources is exactly that key (keys reach
     * {@code Messages} through small helpers too, e.g. an icon button's tooltip key) or when it is one
     * of the {@link #DYNAMIC_KEYS}.
     */
    @Test
    void noKeyIsUnused() throws IOException {
        Set<String> literals = new TreeSet<>();
        for (String source : sources()) {
            Matcher m = STRING_LITERAL.matcher(source);
            while (m.find()) {
                literals.add(m.group(1));
            }
        }
        Set<String> unused = new TreeSet<>(load("messages.properties").stringPropertyNames());
        unused.removeAll(literals);
        unused.removeAll(DYNAMIC_KEYS);
        assertThat(unused).as("keys no code uses").isEmpty();
    }

    @Test
    void theBundleServesEachSupportedLanguageAndFallsBackToEnglish() {
        Locale before = Messages.locale();
        try {
            Messages.setLocale(Locale.forLanguageTag("pt-BR"));
            assertThat(Messages.get("award.kind.beatenHardcore")).isEqualTo("Zerado");
            assertThat(Messages.format("counters.total.spoken", 1613)).isEqualTo("1.613 prêmios no total");
            Messages.setLocale(Locale.forLanguageTag("es-MX"));
            assertThat(Messages.locale().getLanguage()).isEqualTo("es");
            assertThat(Messages.format("counters.mastered.spoken", 1)).isEqualTo("1 dominado");
            Messages.setLocale(Locale.forLanguageTag("de-DE"));
            assertThat(Messages.locale()).isEqualTo(Locale.ENGLISH);
            assertThat(Messages.format("counters.total.spoken", 1613)).isEqualTo("1,613 total awards");
            assertThat(Messages.format("counters.total.spoken", 1)).isEqualTo("1 total award");
            assertThat(Messages.startingLocale("es", Locale.forLanguageTag("pt-BR")).getLanguage()).isEqualTo("es");
            assertThat(Messages.startingLocale(null, Locale.forLanguageTag("pt-PT"))).isEqualTo(Locale.forLanguageTag("pt-BR"));
            assertThat(Messages.startingLocale("xx", Locale.forLanguageTag("pt-BR"))).isEqualTo(Locale.ENGLISH);
        } finally {
            Messages.setLocale(before);
        }
    }

    private static Set<String> arguments(String pattern) {
        Set<String> args = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(pattern);
        while (m.find()) {
            args.add(m.group(1));
        }
        return args;
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        return a.stream().filter(k -> !b.contains(k)).collect(Collectors.toCollection(TreeSet::new));
    }

    static Properties load(String file) {
        Properties p = new Properties();
        try (InputStream in = MessagesBundleTest.class.getResourceAsStream(FOLDER + file)) {
            assertThat(in).as(file).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    static List<String> sources() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN_SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java")).map(f -> {
                try {
                    return Files.readString(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        }
    }
}
