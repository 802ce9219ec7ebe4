import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.HashMap;
import java.util.Map;

/**
 * A stand-in for the RetroAchievements web API on loopback, for checking the packaged app
 * (jpackage/ci-check.sh). It answers the three endpoints the app uses from the JSON files in
 * jpackage/fixtures, the way docs/ra-api.md says the real server does: 401 for a wrong key, 404 with
 * {@code []} from the profile endpoint for an unknown user, zero counts from the awards endpoint.
 *
 * <pre>
 * java jpackage/LoopbackApi.java --key KEY --user NAME --port-file FILE
 *      [--fixtures DIR] [--keystore FILE.p12 --storepass PASS]   (the last two switch to HTTPS)
 *      [--max-seconds N]
 * </pre>
 * The chosen port is written to the port file once the server is listening; it runs until killed,
 * or at most N seconds (900 by default).
 */
public final class LoopbackApi {

    private static final String UNAUTHENTICATED =
            "{\"message\":\"Unauthenticated.\",\"errors\":[{\"status\":\"401\",\"code\":\"unauthorized\",\"title\":\"Unauthenticated.\"}]}";
    private static final String NO_AWARDS = "{\"TotalAwardsCount\":0,\"HiddenAwardsCount\":0,\"MasteryAwardsCount\":0,"
            + "\"CompletionAwardsCount\":0,\"BeatenHardcoreAwardsCount\":0,\"BeatenSoftcoreAwardsCount\":0,"
            + "\"EventAwardsCount\":0,\"SiteAwardsCount\":0,\"VisibleUserAwards\":[]}";

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = options(args);
        String key = required(opts, "key");
        String user = required(opts, "user");
        Path portFile = Path.of(required(opts, "port-file"));
        Path fixtures = Path.of(opts.getOrDefault("fixtures", "jpackage/fixtures"));
        String awards = Files.readString(fixtures.resolve("awards.json"));
        String profile = Files.readString(fixtures.resolve("profile.json"));
        String following = Files.readString(fixtures.resolve("following.json"));

        InetSocketAddress loopback = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
        HttpServer server;
        if (opts.containsKey("keystore")) {
            HttpsServer https = HttpsServer.create(loopback, 0);
            https.setHttpsConfigurator(new HttpsConfigurator(tls(Path.of(opts.get("keystore")), required(opts, "storepass"))));
            server = https;
        } else {
            server = HttpServer.create(loopback, 0);
        }
        server.createContext("/API/", exchange -> {
            try (exchange) {
                Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
                String endpoint = exchange.getRequestURI().getPath().substring("/API/".length());
                // Log the endpoint and target only: the query holds the key.
                System.err.println("LoopbackApi: " + endpoint + " u=" + query.getOrDefault("u", ""));
                if (!key.equals(query.get("y"))) {
                    send(exchange, 401, UNAUTHENTICATED);
                    return;
                }
                boolean known = user.equalsIgnoreCase(query.getOrDefault("u", ""));
                switch (endpoint) {
                    case "API_GetUserAwards.php" -> send(exchange, 200, known ? awards : NO_AWARDS);
                    case "API_GetUserProfile.php" -> send(exchange, known ? 200 : 404, known ? profile : "[]");
                    case "API_GetUsersIFollow.php" -> send(exchange, 200, following);
                    default -> send(exchange, 404, "{\"message\":\"Not found.\"}");
                }
            }
        });
        server.start();
        // A safety net: a check that dies without stopping the server must not leave it behind.
        long lifetime = Long.parseLong(opts.getOrDefault("max-seconds", "900"));
        Thread reaper = new Thread(() -> {
            try {
                Thread.sleep(lifetime * 1000);
            } catch (InterruptedException e) {
                return;
            }
            System.err.println("LoopbackApi: stopping after " + lifetime + " s");
            System.exit(0);
        }, "loopback-api-lifetime");
        reaper.setDaemon(true);
        reaper.start();
        // Written last and atomically, so whoever waits for the file may connect at once.
        Path tmp = portFile.resolveSibling(portFile.getFileName() + ".tmp");
        Files.writeString(tmp, Integer.toString(server.getAddress().getPort()));
        Files.move(tmp, portFile, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private static SSLContext tls(Path keystore, String password) throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            ks.load(in, password.toCharArray());
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(ks, password.toCharArray());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(kmf.getKeyManagers(), null, null);
        return context;
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> result = new HashMap<>();
        if (raw == null) {
            return result;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            result.put(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return result;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> opts = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --name value pairs, got: " + args[i]);
            }
            opts.put(args[i].substring(2), args[++i]);
        }
        return opts;
    }

    private static String required(Map<String, String> opts, String name) {
        String value = opts.get(name);
        if (value == null) {
            throw new IllegalArgumentException("missing --" + name);
        }
        return value;
    }
}
