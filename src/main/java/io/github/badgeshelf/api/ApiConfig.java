package io.github.badgeshelf.api;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * Where the web API and the media host live, and how long to wait for them.
 * Plain http is accepted only for loopback hosts, so a key never crosses a network unencrypted.
 */
public record ApiConfig(URI apiBase, URI mediaBase, Duration connectTimeout, Duration requestTimeout) {

    public static final String ENV_API_BASE = "BADGESHELF_API_BASE";
    public static final String ENV_MEDIA_BASE = "BADGESHELF_MEDIA_BASE";
    /** Seconds to wait for an answer (default 30): slow links want more, tests of stalls want less. */
    public static final String ENV_TIMEOUT_SECONDS = "BADGESHELF_TIMEOUT_SECONDS";
    public static final URI DEFAULT_API_BASE = URI.create("https://retroachievements.org");
    public static final URI DEFAULT_MEDIA_BASE = URI.create("https://media.retroachievements.org");
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(30);

    public ApiConfig {
        apiBase = checkOrigin(apiBase, ENV_API_BASE);
        mediaBase = checkOrigin(mediaBase, ENV_MEDIA_BASE);
        connectTimeout = connectTimeout == null ? DEFAULT_CONNECT_TIMEOUT : connectTimeout;
        requestTimeout = requestTimeout == null ? DEFAULT_REQUEST_TIMEOUT : requestTimeout;
    }

    public ApiConfig(URI apiBase, URI mediaBase) {
        this(apiBase, mediaBase, DEFAULT_CONNECT_TIMEOUT, DEFAULT_REQUEST_TIMEOUT);
    }

    /** The real server's origins. */
    public static ApiConfig defaults() {
        return new ApiConfig(DEFAULT_API_BASE, DEFAULT_MEDIA_BASE);
    }

    /**
     * Reads BADGESHELF_API_BASE, BADGESHELF_MEDIA_BASE and BADGESHELF_TIMEOUT_SECONDS (blank means the default).
     *
     * @throws IllegalArgumentException with a message fit to show, for a malformed or insecure origin
     */
    public static ApiConfig fromEnvironment(Map<String, String> env) {
        return new ApiConfig(
                parse(env.get(ENV_API_BASE), DEFAULT_API_BASE, ENV_API_BASE),
                parse(env.get(ENV_MEDIA_BASE), DEFAULT_MEDIA_BASE, ENV_MEDIA_BASE),
                DEFAULT_CONNECT_TIMEOUT, parseSeconds(env.get(ENV_TIMEOUT_SECONDS)));
    }

    private static Duration parseSeconds(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_REQUEST_TIMEOUT;
        }
        try {
            int seconds = Integer.parseInt(value.trim());
            if (seconds >= 1 && seconds <= 600) {
                return Duration.ofSeconds(seconds);
            }
        } catch (NumberFormatException e) {
            // falls through to the message below
        }
        throw new IllegalArgumentException(ENV_TIMEOUT_SECONDS + " must be a whole number of seconds from 1 to 600, not "
                + value.trim());
    }

    public ApiConfig withTimeouts(Duration connect, Duration request) {
        return new ApiConfig(apiBase, mediaBase, connect, request);
    }

    /** Resolves a server path such as "/Images/024519.png" against the media origin; null stays null. */
    public String mediaUrl(String path) {
        if (path == null || path.isBlank()) {
            return null;
        }
        String base = mediaBase.toString();
        if (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return path.startsWith("/") ? base + path : base + "/" + path;
    }

    private static URI parse(String value, URI fallback, String name) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return new URI(value.trim());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(name + " is not a valid address: " + value.trim());
        }
    }

    private static URI checkOrigin(URI uri, String name) {
        if (uri == null) {
            throw new IllegalArgumentException(name + " is not set");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            throw new IllegalArgumentException(name + " must be an http(s) origin such as https://example.org, not " + uri);
        }
        if (scheme.equals("http") && !isLoopback(uri.getHost())) {
            throw new IllegalArgumentException(name + " uses plain http for " + uri.getHost()
                    + "; only https is allowed except for this computer (localhost)");
        }
        return uri;
    }

    static boolean isLoopback(String host) {
        String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (h.equalsIgnoreCase("localhost")) {
            return true;
        }
        // Only literal addresses are checked: resolving a name here would block and could be spoofed.
        if (!h.matches("[0-9.]+") && !h.contains(":")) {
            return false;
        }
        try {
            return InetAddress.getByName(h).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
