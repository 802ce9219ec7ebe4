package io.github.badgeshelf.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

/** Parses the command line's words into a {@link Command}; knows nothing of what the commands do. */
final class Arguments {

    /** What was asked for. */
    sealed interface Command permits Help, Export {
    }

    record Help() implements Command {
    }

    /** @param out the CSV file, or null for standard output */
    record Export(String user, Path out) implements Command {
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
        if (!verb.equals("export")) {
            throw new UsageException("unknown command \"" + verb + "\". Run with --help for usage.");
        }
        return parseExport(words.subList(1, words.size()));
    }

    private static Command parseExport(List<String> words) throws UsageException {
        String user = null;
        String out = null;
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (word.equals("--help") || word.equals("-h")) {
                return new Help();
            }
            String name = word;
            String value = null;
            int eq = word.indexOf('=');
            if (word.startsWith("--") && eq > 0) {
                name = word.substring(0, eq);
                value = word.substring(eq + 1);
            }
            if (!name.equals("--user") && !name.equals("--out")) {
                throw new UsageException(word.startsWith("-")
                        ? "unknown option " + name + " for export. Run with --help for usage."
                        : "unexpected argument \"" + word + "\". Run with --help for usage.");
            }
            if (value == null) {
                if (i + 1 >= words.size() || words.get(i + 1).startsWith("--")) {
                    throw new UsageException(name + " needs a value. Run with --help for usage.");
                }
                value = words.get(++i);
            }
            if (name.equals("--user")) {
                user = once(user, value, name);
            } else {
                out = once(out, value, name);
            }
        }
        if (user == null) {
            throw new UsageException("export needs --user <name-or-ULID>. Run with --help for usage.");
        }
        return new Export(user, out == null ? null : toPath(out));
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

    private static Path toPath(String out) throws UsageException {
        try {
            return Path.of(out);
        } catch (InvalidPathException e) {
            throw new UsageException("--out is not a valid file name: " + out);
        }
    }
}
