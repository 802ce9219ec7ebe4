package io.github.badgeshelf.testsupport;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.badgeshelf.api.ApiConfig;
import io.github.badgeshelf.api.Credentials;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * A loopback stand-in for the RetroAchievements web API and media host, playing the server as
 * docs/ra-api.md describes it: one valid key, users with profiles and awards, the
 * documented 401/404/422 answers, a following list and tiny real PNGs under /Images and /UserPic.
 * Faults can be injected per endpoint, and every request is recorded.
 *
 * <pre>{@code
 * try (FakeRaServer server = FakeRaServer.start()) {
 *     server.addUser("MaxMilyin", AwardsFixtures.DOCUMENTED_AWARDS);
 *     RaClient client = new RaClient(server.config(), server.credentials());
 *     server.failNext(Endpoint.AWARDS, 503, "<html>down</html>", Map.of());
 *     ...
 * }
 * }</pre>
 */
public final class FakeRaServer implements AutoCloseable {

    /** The username every test signs in with (the server ignores it, as the real one does). */
    public static final String USERNAME = "ShelfTester";
    /** The one key the server accepts. Tests assert it never shows up anywhere. */
    public static final String API_KEY = "FakeKey7f3a9c2e41b8d6SECRET0x5d";

    /** The paths the fake serves, for fault injection and request filtering. */
    public enum Endpoint {
        AWARDS("/API/API_GetUserAwards.php"),
        PROFILE("/API/API_GetUserProfile.php"),
        FOLLOWING("/API/API_GetUsersIFollow.php"),
        /** API_GetGameInfoAndUserProgress (ra-api-game.md) */
        GAME("/API/API_GetGameInfoAndUserProgress.php"),
        /** Achievement badges: /Badge/*.png and /Badge/*_lock.png */
        BADGES("/Badge/"),
        /** Badge icons: /Images/*.png */
        IMAGES("/Images/"),
        /** Avatars: /UserPic/*.png */
        USER_PICS("/UserPic/");

        private final String path;

        Endpoint(String path) {
            this.path = path;
        }

        public String path() {
            return path;
        }
    }

    /** One request as it arrived: query parameters decoded (first value of each). */
    public record RecordedRequest(String method, String path, Map<String, String> query,
                                  Map<String, List<String>> headers) {
        public String param(String name) {
            return query.get(name);
        }

        /** The first value of a header, by case-insensitive name, or null. */
        public String header(String name) {
            for (Map.Entry<String, List<String>> e : headers.entrySet()) {
                if (e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
                    return e.getValue().get(0);
                }
            }
            return null;
        }
    }

    private static final Pattern PNG_NAME = Pattern.compile("[A-Za-z0-9_.-]+\\.png");
    private static final Pattern ULID = Pattern.compile("[0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{26}");
    private static final Pattern ALNUM = Pattern.compile("[A-Za-z0-9]+");

    private final HttpServer server;
    private final ExecutorService executor;
    private final CountDownLatch closing = new CountDownLatch(1);
    private final Map<String, FakeUser> users = new ConcurrentHashMap<>();
    private final List<Map<String, Object>> following = new CopyOnWriteArrayList<>();
    private final Map<Integer, String> games = new ConcurrentHashMap<>();
    private final Map<String, String> gameProgress = new ConcurrentHashMap<>();
    private final java.util.Set<String> missingBadges = ConcurrentHashMap.newKeySet();
    private final Map<Endpoint, Deque<Fault>> nextFaults = new EnumMap<>(Endpoint.class);
    private final Map<Endpoint, Fault> standingFaults = new EnumMap<>(Endpoint.class);
    private final Map<Endpoint, Long> endpointLatency = new ConcurrentHashMap<>();
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> imageHits = new ConcurrentHashMap<>();
    private final Map<String, byte[]> pngs = new ConcurrentHashMap<>();
    private final AtomicInteger iconRequests = new AtomicInteger();
    private final Map<Endpoint, AtomicInteger> inFlight = new ConcurrentHashMap<>();
    private final Map<Endpoint, AtomicInteger> mostInFlight = new ConcurrentHashMap<>();
    private final AtomicInteger apiInFlight = new AtomicInteger();
    private final AtomicInteger mostApiInFlight = new AtomicInteger();
    private volatile long latencyMillis;
    private volatile long randomLatencyMin;
    private volatile long randomLatencyMax;
    private volatile String validKey = API_KEY;

    private record FakeUser(String name, String ulid, String profileJson, String awardsJson) {
    }

    private record Response(int status, byte[] body, Map<String, String> headers) {
    }

    private FakeRaServer(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "fake-ra-server");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Starts a server on 127.0.0.1 and a random free port. */
    public static FakeRaServer start() {
        try {
            return new FakeRaServer(0);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the fake RetroAchievements server", e);
        }
    }

    /**
     * Starts a server on a given port, e.g. the port of one that was closed, to play "the server is
     * back". Users and following entries are not carried over; add them again.
     */
    public static FakeRaServer startOn(int port) {
        try {
            return new FakeRaServer(port);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the fake RetroAchievements server on port " + port, e);
        }
    }

    // ---- addresses -------------------------------------------------------------------------

    public int port() {
        return server.getAddress().getPort();
    }

    /** e.g. http://127.0.0.1:41234 */
    public URI apiBase() {
        return URI.create("http://127.0.0.1:" + port());
    }

    /** The same origin: the fake is also the media host. */
    public URI mediaBase() {
        return apiBase();
    }

    /** An ApiConfig for this server with short timeouts (1 s connect, 3 s request). */
    public ApiConfig config() {
        return new ApiConfig(apiBase(), mediaBase(), Duration.ofSeconds(1), Duration.ofSeconds(3));
    }

    /** The credentials the server accepts. */
    public Credentials credentials() {
        return new Credentials(USERNAME, validKey);
    }

    /** The environment the command line reads: origins and credentials. */
    public Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put(ApiConfig.ENV_API_BASE, apiBase().toString());
        env.put(ApiConfig.ENV_MEDIA_BASE, mediaBase().toString());
        env.put("RA_USERNAME", USERNAME);
        env.put("RA_API_KEY", validKey);
        return env;
    }

    /** Changes the one accepted key (default {@link #API_KEY}). */
    public FakeRaServer acceptKey(String key) {
        this.validKey = key;
        return this;
    }

    // ---- data ------------------------------------------------------------------------------

    /** Adds a user with a generated profile; returns the ULID given to them. */
    public String addUser(String name, String awardsJson) {
        String ulid = AwardsFixtures.ulidFor(name);
        addUser(name, ulid, AwardsFixtures.profileJson(name, ulid), awardsJson);
        return ulid;
    }

    /** Adds a user with the exact profile and awards bodies to serve. Looked up by name (any case) or ULID. */
    public FakeRaServer addUser(String name, String ulid, String profileJson, String awardsJson) {
        FakeUser user = new FakeUser(name, ulid, profileJson, awardsJson);
        users.put(name.toLowerCase(Locale.ROOT), user);
        if (ulid != null) {
            users.put(ulid.toUpperCase(Locale.ROOT), user);
        }
        return this;
    }

    /**
     * Adds a game as any known user who never played it sees it: the body served for (user, game)
     * unless {@link #addGameProgress} gave one for that user. Unknown games get the server's {@code []}.
     */
    public FakeRaServer addGame(int gameId, String neverPlayedBody) {
        games.put(gameId, neverPlayedBody);
        return this;
    }

    /** The exact body served for one user (by name, any case, or ULID) and game. */
    public FakeRaServer addGameProgress(String user, int gameId, String body) {
        FakeUser known = find(user);
        if (known == null) {
            throw new IllegalArgumentException("Add the user " + user + " before their progress");
        }
        gameProgress.put(known.name().toLowerCase(Locale.ROOT) + "#" + gameId, body);
        games.putIfAbsent(gameId, body);
        return this;
    }

    /** Badge files (e.g. "00123_lock.png") the media host answers 404 for, as old badges without a lock file. */
    public FakeRaServer withoutBadge(String fileName) {
        missingBadges.add(fileName);
        return this;
    }

    /** Appends an entry to the key owner's following list. */
    public FakeRaServer addFollowing(String user, String ulid, long points, long softcorePoints, boolean followsMe) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("User", user);
        entry.put("ULID", ulid);
        entry.put("Points", points);
        entry.put("PointsSoftcore", softcorePoints);
        entry.put("IsFollowingMe", followsMe);
        following.add(entry);
        return this;
    }

    /**
     * A user the key's owner follows, with the same points in their profile and in the follow list
     * (as on the real server), appended to the follow list.
     */
    public FakeRaServer follow(String name, long points, String awardsJson) {
        String ulid = AwardsFixtures.ulidFor(name);
        addUser(name, ulid, AwardsFixtures.profileJson(name, ulid, points, 0), awardsJson);
        return addFollowing(name, ulid, points, 0, false);
    }

    /** A followed user earned something: new awards and points, in the profile and the follow list alike. */
    public FakeRaServer changeFollowed(String name, long points, String awardsJson) {
        String ulid = AwardsFixtures.ulidFor(name);
        addUser(name, ulid, AwardsFixtures.profileJson(name, ulid, points, 0), awardsJson);
        for (int i = 0; i < following.size(); i++) {
            if (name.equalsIgnoreCase(String.valueOf(following.get(i).get("User")))) {
                Map<String, Object> entry = new LinkedHashMap<>(following.get(i));
                entry.put("Points", points);
                following.set(i, entry);
            }
        }
        return this;
    }

    /** Forgets the follow list. */
    public FakeRaServer clearFollowing() {
        following.clear();
        return this;
    }

    // ---- faults ----------------------------------------------------------------------------

    /** The next request to the endpoint gets this status, body and headers instead of the normal answer. */
    public FakeRaServer failNext(Endpoint endpoint, int status, String body, Map<String, String> headers) {
        return failNext(endpoint, Fault.respond(status, body.getBytes(StandardCharsets.UTF_8), headers));
    }

    /** As {@link #failNext(Endpoint, int, String, Map)} with raw bytes (for mutated bodies). */
    public FakeRaServer failNext(Endpoint endpoint, int status, byte[] body, Map<String, String> headers) {
        return failNext(endpoint, Fault.respond(status, body, headers));
    }

    /** The next request to the endpoint gets this fault. Several queue up in order. */
    public FakeRaServer failNext(Endpoint endpoint, Fault fault) {
        synchronized (nextFaults) {
            nextFaults.computeIfAbsent(endpoint, e -> new ArrayDeque<>()).add(fault);
        }
        return this;
    }

    /** Every request to the endpoint gets this fault until {@link #clearFaults()}. */
    public FakeRaServer failAlways(Endpoint endpoint, Fault fault) {
        synchronized (nextFaults) {
            standingFaults.put(endpoint, fault);
        }
        return this;
    }

    /** Every request to the endpoint gets an HTML error page with this status until {@link #clearFaults()}. */
    public FakeRaServer failAlwaysHtml(Endpoint endpoint, int status) {
        return failAlways(endpoint, Fault.html(status));
    }

    /** The next request is accepted and never answered (until the server closes). */
    public FakeRaServer stallNext(Endpoint endpoint) {
        return failNext(endpoint, Fault.stall());
    }

    /** The next answer declares its full Content-Length, sends half the body, then closes. */
    public FakeRaServer truncateNext(Endpoint endpoint) {
        return failNext(endpoint, Fault.truncate());
    }

    /** The next answer is an HTML error page with this status (outages do this, even with 200). */
    public FakeRaServer htmlNext(Endpoint endpoint, int status) {
        return failNext(endpoint, Fault.html(status));
    }

    public FakeRaServer clearFaults() {
        synchronized (nextFaults) {
            nextFaults.clear();
            standingFaults.clear();
        }
        return this;
    }

    /** Delay before every answer, in ms (per request, so parallel requests overlap). */
    public FakeRaServer setLatencyMillis(long millis) {
        this.latencyMillis = millis;
        return this;
    }

    /** A delay drawn afresh for every API request, from min to max ms, so answers overtake each other. */
    public FakeRaServer setRandomLatencyMillis(long min, long max) {
        if (min < 0 || max < min) {
            throw new IllegalArgumentException("need 0 <= min <= max, got " + min + ".." + max);
        }
        this.randomLatencyMin = min;
        this.randomLatencyMax = max;
        return this;
    }

    /** Delay before answers of one endpoint, overriding {@link #setLatencyMillis(long)}. */
    public FakeRaServer setLatencyMillis(Endpoint endpoint, long millis) {
        endpointLatency.put(endpoint, millis);
        return this;
    }

    /** Forgets faults, latency and recorded requests (users stay). */
    public FakeRaServer reset() {
        clearFaults();
        latencyMillis = 0;
        randomLatencyMin = 0;
        randomLatencyMax = 0;
        endpointLatency.clear();
        requests.clear();
        imageHits.clear();
        iconRequests.set(0);
        mostInFlight.clear();
        mostApiInFlight.set(0);
        return this;
    }

    // ---- what happened ---------------------------------------------------------------------

    /** Every request so far, oldest first. */
    public List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    public List<RecordedRequest> requests(Endpoint endpoint) {
        return requests.stream().filter(r -> endpointOf(r.path()) == endpoint).toList();
    }

    public RecordedRequest lastRequest() {
        List<RecordedRequest> all = requests();
        if (all.isEmpty()) {
            throw new IllegalStateException("The fake server has received no request");
        }
        return all.get(all.size() - 1);
    }

    /** The most requests to the endpoint that were being answered at once, since the start or the last reset. */
    public int mostInFlight(Endpoint endpoint) {
        AtomicInteger n = mostInFlight.get(endpoint);
        return n == null ? 0 : n.get();
    }

    /** The most API requests (awards, profile, follow list, game) being answered at once. */
    public int mostApiInFlight() {
        return mostApiInFlight.get();
    }

    /** How many badge icons (/Images/...) were requested, repeats included. */
    public int iconRequestCount() {
        return iconRequests.get();
    }

    /** How often one image path (e.g. "/Images/024519.png") was requested. */
    public int imageRequestCount(String path) {
        AtomicInteger n = imageHits.get(path);
        return n == null ? 0 : n.get();
    }

    /** The PNG bytes served for an image path, for comparing with what a client saved. */
    public byte[] pngFor(String path) {
        return pngs.computeIfAbsent(path, Pngs::forPath).clone();
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        executor.shutdownNow();
        try {
            executor.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ---- serving ---------------------------------------------------------------------------

    /** An IOException escaping here makes the JDK server close the connection (truncation relies on it). */
    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            Map<String, String> query = decodeQuery(exchange.getRequestURI().getRawQuery());
            requests.add(new RecordedRequest(exchange.getRequestMethod(), path, Collections.unmodifiableMap(query),
                    copyHeaders(exchange.getRequestHeaders())));
            Endpoint endpoint = endpointOf(path);
            boolean api = isApi(endpoint);
            if (endpoint != null) {
                int now = inFlight.computeIfAbsent(endpoint, e -> new AtomicInteger()).incrementAndGet();
                mostInFlight.computeIfAbsent(endpoint, e -> new AtomicInteger()).accumulateAndGet(now, Math::max);
            }
            if (api) {
                mostApiInFlight.accumulateAndGet(apiInFlight.incrementAndGet(), Math::max);
            }
            try {
                pause(endpoint);
                Fault fault = takeFault(endpoint);
                Response normal = answer(endpoint, path, query);
                if (fault != null) {
                    fault.apply(exchange, normal.status(), normal.body(), closing);
                } else {
                    send(exchange, normal);
                }
            } finally {
                if (endpoint != null) {
                    inFlight.get(endpoint).decrementAndGet();
                }
                if (api) {
                    apiInFlight.decrementAndGet();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean isApi(Endpoint endpoint) {
        return endpoint == Endpoint.AWARDS || endpoint == Endpoint.PROFILE || endpoint == Endpoint.FOLLOWING
                || endpoint == Endpoint.GAME;
    }

    private void pause(Endpoint endpoint) throws InterruptedException {
        long millis = endpoint == null ? latencyMillis : endpointLatency.getOrDefault(endpoint, latencyMillis);
        if (isApi(endpoint) && randomLatencyMax > 0) {
            millis += ThreadLocalRandom.current().nextLong(randomLatencyMin, randomLatencyMax + 1);
        }
        if (millis > 0) {
            closing.await(millis, TimeUnit.MILLISECONDS);
        }
    }

    private Fault takeFault(Endpoint endpoint) {
        if (endpoint == null) {
            return null;
        }
        synchronized (nextFaults) {
            Deque<Fault> queue = nextFaults.get(endpoint);
            if (queue != null && !queue.isEmpty()) {
                return queue.poll();
            }
            return standingFaults.get(endpoint);
        }
    }

    private Response answer(Endpoint endpoint, String path, Map<String, String> query) {
        if (endpoint == null) {
            return json(404, "{\"message\":\"Not Found\"}");
        }
        return switch (endpoint) {
            case IMAGES, USER_PICS, BADGES -> image(endpoint, path);
            case AWARDS, PROFILE, FOLLOWING, GAME -> api(endpoint, query);
        };
    }

    private Response api(Endpoint endpoint, Map<String, String> query) {
        if (!validKey.equals(query.get("y"))) {
            return json(401, AwardsFixtures.UNAUTHENTICATED);
        }
        if (endpoint == Endpoint.FOLLOWING) {
            return followingPage(query);
        }
        String problem = problemWithU(query.get("u"));
        if (problem != null) {
            return json(422, AwardsFixtures.validationError(problem));
        }
        FakeUser user = find(query.get("u"));
        if (endpoint == Endpoint.GAME) {
            return game(user, query.get("g"));
        }
        if (endpoint == Endpoint.PROFILE) {
            return user == null ? json(404, "[]") : json(200, user.profileJson());
        }
        return json(200, user == null ? AwardsFixtures.EMPTY_AWARDS : user.awardsJson());
    }

    /** GIUP as ra-api-game.md has it: g is required, cast to int; unknown user or game is a 200 with []. */
    private Response game(FakeUser user, String g) {
        if (g == null || g.isEmpty()) {
            return json(422, AwardsFixtures.toJson(Map.of("message", "The g field is required.",
                    "errors", Map.of("g", List.of("The g field is required.")))));
        }
        int gameId = phpInt(g);
        String body = user == null ? null : gameProgress.get(user.name().toLowerCase(Locale.ROOT) + "#" + gameId);
        if (body == null && user != null) {
            body = games.get(gameId);
        }
        return json(200, body == null ? "[]" : body);
    }

    /** PHP's (int) cast: leading digits, else 0. */
    private static int phpInt(String s) {
        int end = 0;
        while (end < s.length() && end < 9 && Character.isDigit(s.charAt(end))) {
            end++;
        }
        return end == 0 ? 0 : Integer.parseInt(s.substring(0, end));
    }

    private FakeUser find(String u) {
        FakeUser byName = users.get(u.toLowerCase(Locale.ROOT));
        return byName != null ? byName : users.get(u.toUpperCase(Locale.ROOT));
    }

    /** The server's validation of {@code u}, with its own messages (docs/ra-api.md). */
    static String problemWithU(String u) {
        if (u == null || u.isEmpty()) {
            return "The u field is required.";
        }
        if (ULID.matcher(u).matches()) {
            return null;
        }
        if (u.length() == 26 && ALNUM.matcher(u).matches()) {
            return "The u must be a valid ULID.";
        }
        if (u.length() < 2 || u.length() > 20) {
            return "The u must be between 2 and 20 characters when providing a username.";
        }
        if (!ALNUM.matcher(u).matches()) {
            return "The u may only contain letters and numbers.";
        }
        return null;
    }

    private Response followingPage(Map<String, String> query) {
        int count = parseInt(query.get("c"), 100);
        int offset = parseInt(query.get("o"), 0);
        if (count < 1 || count > 500 || offset < 0) {
            return json(422, AwardsFixtures.validationError("The c must be between 1 and 500."));
        }
        List<Map<String, Object>> all = new ArrayList<>(following);
        List<Map<String, Object>> page = offset >= all.size()
                ? List.of() : all.subList(offset, Math.min(all.size(), offset + count));
        return json(200, AwardsFixtures.followingJson(page, all.size()));
    }

    private Response image(Endpoint endpoint, String path) {
        String name = path.substring(endpoint.path().length());
        if (endpoint == Endpoint.IMAGES) {
            iconRequests.incrementAndGet();
        }
        imageHits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        if (!PNG_NAME.matcher(name).matches() || endpoint == Endpoint.BADGES && missingBadges.contains(name)) {
            return new Response(404, "Not Found".getBytes(StandardCharsets.UTF_8), Map.of("Content-Type", "text/plain"));
        }
        byte[] png = pngs.computeIfAbsent(path, Pngs::forPath);
        // Icons never change per path, so the real host lets them be cached for long.
        return new Response(200, png, Map.of("Content-Type", "image/png", "Cache-Control", "public, max-age=31536000"));
    }

    private static Response json(int status, String body) {
        return new Response(status, body.getBytes(StandardCharsets.UTF_8), Map.of("Content-Type", "application/json"));
    }

    static void send(HttpExchange exchange, int status, byte[] body, Map<String, String> headers) throws IOException {
        headers.forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static void send(HttpExchange exchange, Response r) throws IOException {
        send(exchange, r.status(), r.body(), r.headers());
    }

    private static Endpoint endpointOf(String path) {
        for (Endpoint e : Endpoint.values()) {
            boolean prefix = e == Endpoint.IMAGES || e == Endpoint.USER_PICS || e == Endpoint.BADGES;
            if (prefix ? path.startsWith(e.path()) : path.equals(e.path())) {
                return e;
            }
        }
        return null;
    }

    private static Map<String, String> decodeQuery(String raw) {
        Map<String, String> out = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            out.putIfAbsent(name, value);
        }
        return out;
    }

    private static Map<String, List<String>> copyHeaders(Headers headers) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        headers.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        return Collections.unmodifiableMap(copy);
    }

    private static int parseInt(String s, int fallback) {
        if (s == null || s.isEmpty()) {
            return fallback;
        }
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
