package io.github.badgeshelf.demo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.badgeshelf.api.ApiConfig;
import io.github.badgeshelf.api.Credentials;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;

/**
 * The demo profile, served on loopback the way the real server answers, so the demo goes
 * through exactly the same client, parsing and icon code as real data and works with no network.
 * The key is random per run; it only opens this in-process server.
 */
public final class DemoServer implements AutoCloseable {
    public static final String DEMO_USER = "BadgeShelfDemo";
    private static final String RESOURCES = "/io/github/badgeshelf/demo/";
    private static final byte[] UNAUTHENTICATED = ("{\"message\":\"Unauthenticated.\",\"errors\":[{\"status\":\"401\","
            + "\"code\":\"unauthorized\",\"title\":\"Unauthenticated.\"}]}").getBytes(StandardCharsets.UTF_8);

    private final HttpServer server;
    private final Credentials credentials;
    private final Map<String, byte[]> imageCache = new ConcurrentHashMap<>();
    private final DemoGames games = DemoGames.load(RESOURCES + "games.json");

    private DemoServer(HttpServer server, Credentials credentials) {
        this.server = server;
        this.credentials = credentials;
    }

    public static DemoServer start() throws IOException {
        byte[] random = new byte[16];
        new SecureRandom().nextBytes(random);
        Credentials credentials = new Credentials(DEMO_USER, HexFormat.of().formatHex(random));
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        DemoServer demo = new DemoServer(http, credentials);
        http.createContext("/API/", demo::api);
        http.createContext("/Images/", demo::image);
        http.createContext("/UserPic/", demo::image);
        http.createContext("/Badge/", demo::image);
        http.setExecutor(Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "badgeshelf-demo-server");
            t.setDaemon(true);
            return t;
        }));
        http.start();
        return demo;
    }

    public Credentials credentials() {
        return credentials;
    }

    public ApiConfig config() {
        URI origin = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        return new ApiConfig(origin, origin);
    }

    private void api(HttpExchange exchange) throws IOException {
        try (exchange) {
            Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
            if (!credentials.apiKey().equals(query.get("y"))) {
                send(exchange, 401, UNAUTHENTICATED, "application/json");
                return;
            }
            String path = exchange.getRequestURI().getPath();
            String user = canonicalUser(query.getOrDefault("u", ""));
            switch (path) {
                case "/API/API_GetUserAwards.php" -> sendResource(exchange, user == null
                        ? null : "awards-" + user + ".json", "{\"TotalAwardsCount\":0,\"HiddenAwardsCount\":0,"
                        + "\"MasteryAwardsCount\":0,\"CompletionAwardsCount\":0,\"BeatenHardcoreAwardsCount\":0,"
                        + "\"BeatenSoftcoreAwardsCount\":0,\"EventAwardsCount\":0,\"SiteAwardsCount\":0,\"VisibleUserAwards\":[]}");
                case "/API/API_GetUserProfile.php" -> profile(exchange, user);
                case "/API/API_GetUsersIFollow.php" -> sendResource(exchange, "following.json", null);
                case "/API/API_GetGameInfoAndUserProgress.php" -> send(exchange, 200,
                        games.answer(user, query.get("g")).getBytes(StandardCharsets.UTF_8), "application/json");
                default -> send(exchange, 404, "{\"message\":\"Not found\"}".getBytes(StandardCharsets.UTF_8), "application/json");
            }
        }
    }

    private void profile(HttpExchange exchange, String user) throws IOException {
        if (user == null) {
            send(exchange, 404, "[]".getBytes(StandardCharsets.UTF_8), "application/json");
            return;
        }
        String all = new String(resource("profiles.json"), StandardCharsets.UTF_8);
        var node = new com.fasterxml.jackson.databind.ObjectMapper().readTree(all).get(user);
        send(exchange, 200, node.toString().getBytes(StandardCharsets.UTF_8), "application/json");
    }

    private void image(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (path.startsWith("/Badge/") && path.endsWith(DemoImages.LOCK_SUFFIX) && !DemoGames.hasLockedBadge(
                    path.substring("/Badge/".length(), path.length() - DemoImages.LOCK_SUFFIX.length()))) {
                send(exchange, 404, "Not Found".getBytes(StandardCharsets.UTF_8), "text/plain");
                return;
            }
            byte[] png = imageCache.computeIfAbsent(path, DemoImages::render);
            exchange.getResponseHeaders().set("Cache-Control", "max-age=31536000, immutable");
            send(exchange, 200, png, "image/png");
        }
    }

    /** The demo's users, matched case-insensitively as the real server does; null for anyone else. */
    private static String canonicalUser(String u) {
        for (String known : new String[] {DEMO_USER, "PixelPenny", "Hoarder"}) {
            if (known.equalsIgnoreCase(u)) {
                return known;
            }
        }
        return null;
    }

    private void sendResource(HttpExchange exchange, String name, String fallback) throws IOException {
        byte[] body = name == null ? null : resource(name);
        if (body == null) {
            body = fallback == null ? new byte[0] : fallback.getBytes(StandardCharsets.UTF_8);
        }
        send(exchange, 200, body, "application/json");
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = DemoServer.class.getResourceAsStream(RESOURCES + name)) {
            return in == null ? null : in.readAllBytes();
        }
    }

    private static void send(HttpExchange exchange, int status, byte[] body, String type) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> map = new HashMap<>();
        if (raw == null) {
            return map;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            map.put(URLDecoder.decode(key, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT),
                    URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return map;
    }

    @Override
    public void close() {
        server.stop(0);
        if (server.getExecutor() instanceof java.util.concurrent.ExecutorService pool) {
            pool.shutdownNow();
        }
    }
}
