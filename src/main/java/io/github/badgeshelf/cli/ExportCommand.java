package io.github.badgeshelf.cli;

import io.github.badgeshelf.api.ApiConfig;
import io.github.badgeshelf.api.ApiException;
import io.github.badgeshelf.api.Credentials;
import io.github.badgeshelf.api.RaClient;
import io.github.badgeshelf.api.UserNames;
import io.github.badgeshelf.credentials.LazyCredentialStore;
import io.github.badgeshelf.settings.AppHome;
import io.github.badgeshelf.export.CsvExporter;
import io.github.badgeshelf.export.FileFailures;
import io.github.badgeshelf.model.Award;

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
        Credentials credentials = credentials();
        ApiConfig config = config();
        Optional<String> problem = UserNames.problemWith(request.user());
        if (problem.isPresent()) {
            throw new Failure(ApiException.Kind.INVALID_USER.exitCode(),
                    "\"" + request.user() + "\" is not a valid RetroAchievements name: " + problem.get());
        }
        String user = request.user().trim();
        RaClient client = new RaClient(config, credentials);
        List<Award> awards;
        try {
            client.getUserProfile(user);
            awards = client.getUserAwards(user).visibleAwards();
        } catch (ApiException e) {
            throw new Failure(e.kind().exitCode(), e.getMessage());
        }
        write(awards, request.out());
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

    private void write(List<Award> awards, Path target) throws Failure {
        if (target == null) {
            try {
                CsvExporter.write(awards, out);
            } catch (IOException e) {
                throw new Failure(5, "could not write to standard output: " + reason(e));
            }
            if (out.checkError()) {
                throw new Failure(5, "could not write to standard output.");
            }
            return;
        }
        try {
            CsvExporter.export(awards, target);
        } catch (IOException e) {
            throw new Failure(5, "could not write " + target + ": " + reason(e));
        }
    }

    /** The plain reason of a file failure, ending the command line's sentence. */
    static String reason(IOException e) {
        return FileFailures.reason(e) + ".";
    }
}
