package io.github.badgeshelf.cli;

import io.github.badgeshelf.model.AwardCategory;
import io.github.badgeshelf.wall.WallLayout;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Parses the command line's words into a {@link Command}; knows nothing of what the commands do. */
final class Arguments {

    /** What was asked for. */
    sealed interface Command permits Help, Export, ExportGame, Compare, Image, News {
    }

    record Help() implements Command {
    }

    /** @param out the CSV file, or null for standard output */
    record Export(String user, Path out) implements Command {
    }

    /** {@code export-game}: one game's achievements with the user's progress. @param out as for Export */
    record ExportGame(String user, int gameId, Path out) implements Command {
    }

    /** @param out the CSV file, or null for standard output */
    record Compare(String user, String with, Path out) implements Command {
    }

    /**
     * @param out     the PNG file (required)
     * @param columns tiles a row
     * @param kind    only awards of this kind, or null for all
     */
    record Image(String user, Path out, int columns, AwardCategory kind) implements Command {
    }

    /**
     * {@code news}: the awards of the people followed, awarded within the last {@code days} days.
     * @param out the CSV file, or null for standard output
     */
    record News(int days, Path out) implements Command {
        static final int DEFAULT_DAYS = 30;
        /** About a century: every award there is, and no overflow when subtracted from today. */
        static final int MAX_DAYS = 36_500;
    }

    /** A usage error, with a message fit to show after "badgeshelf: ". */
    static final class UsageException extends Exception {
        UsageException(String message) {
            super(message, null, false, false);
        }
    }

    private Arguments() {
    }

    static Command parse(String[] args) throws UsageException {
        List<String> words = List.of(args);
        if (words.isEmpty()) {
            throw new UsageException("no command given. Run with --help for usage.");
        }
        String verb = words.get(0);
        if (verb.equals("--help") || verb.equals("-h") || verb.equals("help")) {
            return new Help();
        }
        List<String> rest = words.subList(1, words.size());
        return switch (verb) {
            case "export" -> parseExport(rest);
            case "export-game" -> parseExportGame(rest);
            case "compare" -> parseCompare(rest);
            case "image" -> parseImage(rest);
            case "news" -> parseNews(rest);
            default -> throw new UsageException("unknown command \"" + verb + "\". Run with --help for usage.");
        };
    }

    private static Command parseExport(List<String> words) throws UsageException {
        Map<String, String> options = options("export", words, Set.of("--user", "--out"));
        if (options == null) {
            return new Help();
        }
        if (options.get("--user") == null) {
            throw new UsageException("export needs --user <name-or-ULID>. Run with --help for usage.");
        }
        String out = options.get("--out");
        return new Export(options.get("--user"), out == null ? null : toPath(out));
    }

    private static Command parseExportGame(List<String> words) throws UsageException {
        Map<String, String> options = options("export-game", words, Set.of("--user", "--game", "--out"));
        if (options == null) {
            return new Help();
        }
        if (options.get("--user") == null) {
            throw new UsageException("export-game needs --user <name-or-ULID>. Run with --help for usage.");
        }
        String out = options.get("--out");
        return new ExportGame(options.get("--user"), gameId(options.get("--game")), out == null ? null : toPath(out));
    }

    /** A game ID: a positive whole number, as the server's IDs are. */
    private static int gameId(String value) throws UsageException {
        if (value == null) {
            throw new UsageException("export-game needs --game <game-ID>. Run with --help for usage.");
        }
        String s = value.strip();
        if (s.matches("[0-9]{1,9}") && Integer.parseInt(s) > 0) {
            return Integer.parseInt(s);
        }
        throw new UsageException("--game needs a game ID (a whole number such as 1448), not \"" + value + "\".");
    }

    private static Command parseCompare(List<String> words) throws UsageException {
        Map<String, String> options = options("compare", words, Set.of("--user", "--with", "--out"));
        if (options == null) {
            return new Help();
        }
        if (options.get("--user") == null || options.get("--with") == null) {
            throw new UsageException("compare needs --user <name-or-ULID> and --with <name-or-ULID>."
                    + " Run with --help for usage.");
        }
        return new Compare(options.get("--user"), options.get("--with"), toPath(options.get("--out")));
    }

    private static Command parseNews(List<String> words) throws UsageException {
        Map<String, String> options = options("news", words, Set.of("--days", "--out"));
        if (options == null) {
            return new Help();
        }
        int days = News.DEFAULT_DAYS;
        String daysText = options.get("--days");
        if (daysText != null) {
            String s = daysText.strip();
            days = s.matches("[0-9]{1,6}") ? Integer.parseInt(s) : 0;
            if (days < 1 || days > News.MAX_DAYS) {
                throw new UsageException("--days must be a whole number of days from 1 to " + News.MAX_DAYS
                        + ", not \"" + daysText + "\".");
            }
        }
        return new News(days, toPath(options.get("--out")));
    }

    private static Command parseImage(List<String> words) throws UsageException {
        Map<String, String> options = options("image", words, Set.of("--user", "--out", "--columns", "--kind"));
        if (options == null) {
            return new Help();
        }
        if (options.get("--user") == null) {
            throw new UsageException("image needs --user <name-or-ULID>. Run with --help for usage.");
        }
        if (options.get("--out") == null) {
            throw new UsageException("image needs --out <file.png>. Run with --help for usage.");
        }
        int columns = WallLayout.DEFAULT_COLUMNS;
        String columnsText = options.get("--columns");
        if (columnsText != null) {
            try {
                columns = Integer.parseInt(columnsText.trim());
            } catch (NumberFormatException e) {
                columns = 0;
            }
            if (columns < 1) {
                throw new UsageException("--columns must be a whole number of tiles a row, 1 or more, not \""
                        + columnsText + "\".");
            }
        }
        AwardCategory kind = null;
        String kindText = options.get("--kind");
        if (kindText != null) {
            kind = AwardCategory.fromCliName(kindText).orElseThrow(() -> new UsageException("--kind must be one of "
                    + Arrays.stream(AwardCategory.values()).map(AwardCategory::cliName).collect(Collectors.joining(", "))
                    + ", not \"" + kindText + "\"."));
        }
        return new Image(options.get("--user"), toPath(options.get("--out")), columns, kind);
    }

    /**
     * The verb's options ({@code --name value} or {@code --name=value}, each at most once), or
     * null when help was asked for.
     */
    private static Map<String, String> options(String verb, List<String> words, Set<String> allowed)
            throws UsageException {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (word.equals("--help") || word.equals("-h")) {
                return null;
            }
            String name = word;
            String value = null;
            int eq = word.indexOf('=');
            if (word.startsWith("--") && eq > 0) {
                name = word.substring(0, eq);
                value = word.substring(eq + 1);
            }
            if (!allowed.contains(name)) {
                throw new UsageException(word.startsWith("-")
                        ? "unknown option " + name + " for " + verb + ". Run with --help for usage."
                        : "unexpected argument \"" + word + "\". Run with --help for usage.");
            }
            if (value == null) {
                if (i + 1 >= words.size() || words.get(i + 1).startsWith("--")) {
                    throw new UsageException(name + " needs a value. Run with --help for usage.");
                }
                value = words.get(++i);
            }
            options.put(name, once(options.get(name), value, name));
        }
        return options;
    }

    private static String once(String previous, String value, String name) throws UsageException {
        if (previous != null) {
            throw new UsageException(name + " was given twice.");
        }
        if (value.isBlank()) {
            throw new UsageException(name + " needs a value. Run with --help for usage.");
        }
        return value;
    }

    /** The --out path, or null when there is none (standard output, where a command allows it). */
    private static Path toPath(String out) throws UsageException {
        if (out == null) {
            return null;
        }
        try {
            return Path.of(out);
        } catch (InvalidPathException e) {
            throw new UsageException("--out is not a valid file name: " + out);
        }
    }
}
