package io.github.badgeshelf.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Parses the command line's words into a {@link Command}; knows nothing of what the commands do. */
final class Arguments {

    /** What was asked for. */
    sealed interface Command permits Help, Export, ExportGame {
    }

    record Help() implements Command {
    }

    /** @param out the CSV file, or null for standard output */
    record Export(String user, Path out) implements Command {
    }

    /** {@code export-game}: one game's achievements with the user's progress. @param out as for Export */
    record ExportGame(String user, int gameId, Path out) implements Command {
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
        switch (verb) {
            case "export" -> {
                Map<String, String> options = options(verb, rest, Set.of("--user", "--out"));
                if (options == null) {
                    return new Help();
                }
                return new Export(user(verb, options, "<name-or-ULID>"), out(options));
            }
            case "export-game" -> {
                Map<String, String> options = options(verb, rest, Set.of("--user", "--game", "--out"));
                if (options == null) {
                    return new Help();
                }
                String user = user(verb, options, "<name-or-ULID>");
                return new ExportGame(user, gameId(options.get("--game")), out(options));
            }
            default -> throw new UsageException("unknown command \"" + verb + "\". Run with --help for usage.");
        }
    }

    /** The options given as {@code --name value} or {@code --name=value}, each once; null when help was asked. */
    private static Map<String, String> options(String verb, List<String> words, Set<String> known)
            throws UsageException {
        Map<String, String> options = new HashMap<>();
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
            if (!known.contains(name)) {
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
            if (options.containsKey(name)) {
                throw new UsageException(name + " was given twice.");
            }
            if (value.isBlank()) {
                throw new UsageException(name + " needs a value. Run with --help for usage.");
            }
            options.put(name, value);
        }
        return options;
    }

    private static String user(String verb, Map<String, String> options, String what) throws UsageException {
        String user = options.get("--user");
        if (user == null) {
            throw new UsageException(verb + " needs --user " + what + ". Run with --help for usage.");
        }
        return user;
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

    private static Path out(Map<String, String> options) throws UsageException {
        String out = options.get("--out");
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
