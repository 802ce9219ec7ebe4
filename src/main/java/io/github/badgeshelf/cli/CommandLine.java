package io.github.badgeshelf.cli;

import io.github.badgeshelf.api.Redactor;
import io.github.badgeshelf.logging.AppLog;

import java.io.PrintStream;
import java.util.Map;
import java.util.logging.Logger;

/** The command line: {@code export}, {@code export-game}, {@code compare}, {@code image}, {@code news} and {@code --help}. */
public final class CommandLine {
    private static final Logger LOG = Logger.getLogger(CommandLine.class.getName());
    static final String PREFIX = "badgeshelf: ";

    static final String USAGE = """
            Usage: java -jar badgeshelf.jar export --user <name-or-ULID> [--out <file.csv>]
                   java -jar badgeshelf.jar export-game --user <name-or-ULID> --game <game-ID> [--out <file.csv>]
                   java -jar badgeshelf.jar compare --user <name-or-ULID> --with <name-or-ULID> [--out <file.csv>]
                   java -jar badgeshelf.jar image --user <name-or-ULID> --out <file.png>
                                            [--columns N] [--kind K]
                   java -jar badgeshelf.jar news [--days N] [--out <file.csv>]
                   java -jar badgeshelf.jar --help

            export: every visible award of a RetroAchievements user, in the user's own order,
            as CSV to the file given with --out (written whole or not at all) or to standard output.

            export-game: every achievement of one game with the user's progress (earned when, in
            which mode), in the game's order, as CSV the same way; a game without achievements
            gives the header alone.

            compare: one row per game either user has a game award for (mastered, completed,
            beaten), with each user's highest award for it and when, by title then game ID; as
            CSV the same way.

            image: the same awards drawn as a PNG wall (the window's "Save image"): name, avatar
            and counters on top, then N tiles a row (--columns, default 10). --kind keeps one kind:
            mastered, completed, beaten, beaten-softcore, event or site. No side may pass 16384
            pixels. Icons are kept in the icon cache, so a second image downloads nothing; icons
            that cannot be had are drawn as placeholders and counted on standard error (exit 0).

            news: the awards of the people you follow, awarded within the last N days (--days,
            default 30), newest first, as CSV the same way (User, Awarded At, Award Type, Mode,
            Title, Console, Game ID, Image URL). A person's shelf is asked for again only when
            their points changed or the kept copy is over a day old; the copies are the window's.
            A person whose awards cannot be had is taken from the kept copy, with a line on
            standard error; with no copy, exit 5 and nothing is written.

            Credentials come from the environment, or else from the sign-in the window remembered:
              RA_USERNAME             your RetroAchievements username
              RA_API_KEY              your web API key (https://retroachievements.org/settings)
            Optional:
              BADGESHELF_API_BASE     the web API's origin (default https://retroachievements.org)
              BADGESHELF_MEDIA_BASE   the media origin (default https://media.retroachievements.org)
              BADGESHELF_TIMEOUT_SECONDS  how long to wait for an answer (default 30)

            Exit status: 0 done; 2 usage error or no credentials; 3 the server rejected the
            credentials; 4 no such user (or game), or a name the server refuses; 5 network trouble,
            rate limiting, a server error or an answer that cannot be read.
            """;

    private CommandLine() {
    }

    /** Runs one command and returns the exit status (docs/contracts.md): 0, 2, 3, 4 or 5. */
    public static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        return run(args, env, out, err, java.time.Clock.systemUTC());
    }

    /** As {@link #run(String[], Map, PrintStream, PrintStream)} with a clock (the news' 24-hour rule, in tests). */
    static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err, java.time.Clock clock) {
        if (env != null && env.get(ServerAccess.ENV_API_KEY) != null) {
            AppLog.registerSecret(env.get(ServerAccess.ENV_API_KEY).trim());
        }
        Arguments.Command command;
        try {
            command = Arguments.parse(args);
        } catch (Arguments.UsageException e) {
            return fail(err, 2, e.getMessage(), env);
        }
        if (command instanceof Arguments.Help) {
            out.print(USAGE);
            out.flush();
            return 0;
        }
        try {
            if (command instanceof Arguments.Image image) {
                new ImageCommand(env, err).run(image);
            } else if (command instanceof Arguments.ExportGame game) {
                new ExportCommand(env, out, err).run(game);
            } else if (command instanceof Arguments.News news) {
                new NewsCommand(env, out, err, clock).run(news);
            } else if (command instanceof Arguments.Compare compare) {
                new CompareCommand(env, out, err).run(compare);
            } else {
                new ExportCommand(env, out, err).run((Arguments.Export) command);
            }
            return 0;
        } catch (CommandFailure f) {
            return fail(err, f.status, f.getMessage(), env);
        } catch (RuntimeException e) {
            // A bug of ours still ends in one plain line rather than a stack trace with who knows what in it.
            return fail(err, 5, "unexpected failure (" + e.getClass().getSimpleName() + ").", env);
        }
    }

    private static int fail(PrintStream err, int status, String message, Map<String, String> env) {
        // The key should never be in a message; redacting here is the last guard.
        String key = env == null ? null : env.get(ServerAccess.ENV_API_KEY);
        String line = Redactor.redact(message, key == null ? null : key.trim()).replace('\n', ' ').replace('\r', ' ');
        err.println(PREFIX + line);
        err.flush();
        // The terminal gets one line; the log keeps it with the exit status, for a later look.
        LOG.warning("Command line ended with exit status " + status + ": " + line);
        return status;
    }
}
