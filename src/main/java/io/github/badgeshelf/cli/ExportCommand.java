package io.github.badgeshelf.cli;

import io.github.badgeshelf.api.ApiConfig;
import io.github.badgeshelf.api.ApiException;
import io.github.badgeshelf.api.Credentials;
import io.github.badgeshelf.api.RaClient;
import io.github.badgeshelf.api.UserNames;
import io.github.badgeshelf.credentials.LazyCredentialStore;
import io.github.badgeshelf.settings.AppHome;
import io.github.badgeshelf.export.AchievementCsv;
import io.github.badgeshelf.files.AtomicFiles;
import io.github.badgeshelf.export.CsvExporter;
import io.github.badgeshelf.export.CsvTable;
import io.github.badgeshelf.export.FileFailures;
import io.github.badgeshelf.model.Award;
import io.github.badgeshelf.model.GameProgress;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code export --user <name> [--out file]}: checks credentials, settings and the name before any
 * request, makes sure the user exists (the awards endpoint answers an unknown user with zero
 * awards), then writes the awards in the API's order.
 *
 * <p>{@code export-game --user <name> --game <id> [--out file]}: the same checks, then the game's
 * achievements with the user's progress, in the game's order (the server's {@code []} for an
 * unknown user or game is exit 4).
 */
final class ExportCommand {
    static final String ENV_USERNAME = "RA_USERNAME";
    static final String ENV_API_KEY = "RA_API_KEY";

    /** A failure to report: the exit status and the line after "badgeshelf: ". */
    static final class Failure extends Exception {
        final int status;

        Failure(int status, String message) {
            super(message, null, false, false);
            this.status = status;
        }
    }

    private final Map<String, String> env;
    private final PrintStream out;

    ExportCommand(Map<String, String> env, PrintStream out) {
        this.env = env;
        this.out = out;
    }

    /** Returns normally on success; every failure is a {@link Failure}. */
    void run(Arguments.Export request) throws Failure {
        RaClient client = client();
        String user = checkedName(request.user());
        List<Award> awards;
        try {
            client.getUserProfile(user);
            awards = client.getUserAwards(user).visibleAwards();
        } catch (ApiException e) {
            throw new Failure(e.kind().exitCode(), e.getMessage());
        }
        write(request.out(), out -> CsvExporter.write(awards, out));
    }

    /** Returns normally on success; every failure is a {@link Failure}. */
    void run(Arguments.ExportGame request) throws Failure {
        RaClient client = client();
        String user = checkedName(request.user());
        GameProgress game;
        try {
            game = client.getGameProgress(user, request.gameId());
        } catch (ApiException e) {
            throw new Failure(e.kind().exitCode(), e.getMessage());
        }
        write(request.out(), out -> CsvTable.write(AchievementCsv.HEADER, game.achievements(), AchievementCsv::row, out));
    }

    /** A client for the configured server and credentials, both checked before any request. */
    private RaClient client() throws Failure {
        Credentials credentials = credentials();
        return new RaClient(config(), credentials);
    }

    /** The name, trimmed, if the server would accept it; otherwise exit 4 with the reason. */
    private static String checkedName(String name) throws Failure {
        Optional<String> problem = UserNames.problemWith(name);
        if (problem.isPresent()) {
            throw new Failure(ApiException.Kind.INVALID_USER.exitCode(),
                    "\"" + name + "\" is not a valid RetroAchievements name: " + problem.get());
        }
        return name.trim();
    }

    Credentials credentials() throws Failure {
        String username = env.get(ENV_USERNAME);
        String key = env.get(ENV_API_KEY);
        boolean noName = username == null || username.isBlank();
        boolean noKey = key == null || key.isBlank();
        if (noName && noKey) {
            Optional<Credentials> stored = storedCredentials();
            if (stored.isPresent()) {
                return stored.get();
            }
            throw new Failure(2, "no credentials: set " + ENV_USERNAME + " to your RetroAchievements username and "
                    + ENV_API_KEY + " to your web API key (https://retroachievements.org/settings).");
        }
        if (noName) {
            throw new Failure(2, "no username: set " + ENV_USERNAME + " to your RetroAchievements username.");
        }
        if (noKey) {
            throw new Failure(2, "no web API key: set " + ENV_API_KEY
                    + " to the key shown on https://retroachievements.org/settings.");
        }
        return new Credentials(username.trim(), key.trim());
    }

    /** The sign-in the window remembered ("Remember me"), used when the environment names none. */
    private Optional<Credentials> storedCredentials() {
        try {
            return new LazyCredentialStore(AppHome.fromEnvironment(env), env).load();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    ApiConfig config() throws Failure {
        try {
            return ApiConfig.fromEnvironment(env);
        } catch (IllegalArgumentException e) {
            throw new Failure(2, e.getMessage());
        }
    }

    /** Writes the CSV to standard output, or to the file whole or not at all. */
    private void write(Path target, AtomicFiles.Content csv) throws Failure {
        if (target == null) {
            try {
                csv.writeTo(out);
            } catch (IOException e) {
                throw new Failure(5, "could not write to standard output: " + reason(e));
            }
            if (out.checkError()) {
                throw new Failure(5, "could not write to standard output.");
            }
            return;
        }
        try {
            AtomicFiles.write(target, csv);
        } catch (IOException e) {
            throw new Failure(5, "could not write " + target + ": " + reason(e));
        }
    }

    /** The plain reason of a file failure, ending the command line's sentence. */
    static String reason(IOException e) {
        return FileFailures.reason(e) + ".";
    }
}
