package io.github.badgeshelf.cli;

import io.github.badgeshelf.api.ApiConfig;
import io.github.badgeshelf.api.ApiException;
import io.github.badgeshelf.api.Credentials;
import io.github.badgeshelf.api.RaClient;
import io.github.badgeshelf.api.UserNames;
import io.github.badgeshelf.credentials.LazyCredentialStore;
import io.github.badgeshelf.settings.AppHome;

import java.util.Map;
import java.util.Optional;

/**
 * What every command that asks the server needs, checked before any request: credentials (the
 * environment, or else the sign-in the window remembered), the server settings, and names the
 * server would accept.
 */
final class ServerAccess {
    static final String ENV_USERNAME = "RA_USERNAME";
    static final String ENV_API_KEY = "RA_API_KEY";

    private final Map<String, String> env;

    ServerAccess(Map<String, String> env) {
        this.env = env;
    }

    /** A client for the configured server with the configured credentials. */
    RaClient client() throws CommandFailure {
        Credentials credentials = credentials();
        return new RaClient(config(), credentials);
    }

    /** The name, trimmed, or exit status 4 (as the server's refusal would be) before any request. */
    static String checkedName(String user) throws CommandFailure {
        Optional<String> problem = UserNames.problemWith(user);
        if (problem.isPresent()) {
            throw new CommandFailure(ApiException.Kind.INVALID_USER.exitCode(),
                    "\"" + user + "\" is not a valid RetroAchievements name: " + problem.get());
        }
        return user.trim();
    }

    private Credentials credentials() throws CommandFailure {
        String username = env.get(ENV_USERNAME);
        String key = env.get(ENV_API_KEY);
        boolean noName = username == null || username.isBlank();
        boolean noKey = key == null || key.isBlank();
        if (noName && noKey) {
            Optional<Credentials> stored = storedCredentials();
            if (stored.isPresent()) {
                return stored.get();
            }
            throw new CommandFailure(2, "no credentials: set " + ENV_USERNAME + " to your RetroAchievements username and "
                    + ENV_API_KEY + " to your web API key (https://retroachievements.org/settings).");
        }
        if (noName) {
            throw new CommandFailure(2, "no username: set " + ENV_USERNAME + " to your RetroAchievements username.");
        }
        if (noKey) {
            throw new CommandFailure(2, "no web API key: set " + ENV_API_KEY
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

    /** The server settings from the environment, or exit status 2 naming the bad one. */
    ApiConfig config() throws CommandFailure {
        try {
            return ApiConfig.fromEnvironment(env);
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(2, e.getMessage());
        }
    }
}
