package io.github.badgeshelf.cli;

import java.io.PrintStream;
import java.util.Map;

/** The command line: {@code export --user <name> [--out file.csv]} and {@code --help}. */
public final class CommandLine {
    private CommandLine() {
    }

    /** Runs one command and returns the exit status (design.md): 0, 2, 3, 4 or 5. */
    public static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        err.println("TODO");
        return 2;
    }
}
