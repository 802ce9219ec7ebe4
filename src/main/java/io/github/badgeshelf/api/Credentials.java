package io.github.badgeshelf.api;

import java.util.Objects;

/**
 * A RetroAchievements username and web API key. The key is a password: {@link #toString()}
 * never shows it, so a stray log line or exception text cannot leak it.
 */
public record Credentials(String username, String apiKey) {

    public Credentials {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(apiKey, "apiKey");
    }

    @Override
    public String toString() {
        return "Credentials[username=" + username + ", apiKey=<redacted>]";
    }
}
