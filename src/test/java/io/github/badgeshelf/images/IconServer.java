package io.github.badgeshelf.images;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback media host serving real PNGs under /Images/, counting requests and how many it
 * handles at once. Paths can be made to answer 404, HTML, or stall; all requests can be held
 * at a gate and can be delayed.
 */
final class IconServer implements AutoCloseable {

    enum Behaviour { PNG, NOT_FOUND, HTML, STALL_BODY, NO_ANSWER }

    static {
        // Without it the JDK server's separate header and body writes meet the client's delayed
        // ACK and every answer waits ~40 ms: a server artefact that would hide the pipeline's own timing.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;
    private final ExecutorService handlers = Executors.newCachedThreadPool();
    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    private final Map<String, byte[]> pngs = new ConcurrentHashMap<>();
    private final Map<String, Behaviour> behaviours = new ConcurrentHashMap<>();
    final List<String> requestOrder = new CopyOnWriteArrayList<>();
    final List<Long> arrivals = new CopyOnWriteArrayList<>();
    final List<String> userAgents = new CopyOnWriteArrayList<>();
    /** The client's side of every connection a request came on (one port per connection). */
    final java.util.Set<Integer> clientPorts = ConcurrentHashMap.newKeySet();
    private final AtomicInteger concurrent = new AtomicInteger();
    final AtomicInteger maxConcurrent = new AtomicInteger();
    private final CountDownLatch stopping = new CountDownLatch(1);
    private volatile Duration delay = Duration.ZERO;
    private volatile CountDownLatch gate;
    /** "Busy" answers still to give, whatever the path: each entry is a status and a Retry-After (or null). */
    private final java.util.Queue<String[]> busyAnswers = new java.util.concurrent.ConcurrentLinkedQueue<>();

    IconServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 100);
        server.setExecutor(handlers);
        server.createContext("/", this::handle);
        server.start();
    }

    String url(String name) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/Images/" + name + ".png";
    }

    int requests(String name) {
        AtomicInteger count = counts.get("/Images/" + name + ".png");
        return count == null ? 0 : count.get();
    }

    /** The name ("b12" for /Images/b12.png) whose PNG these bytes are, or "?" when none served them. */
    String nameOf(byte[] data) {
        for (Map.Entry<String, byte[]> e : pngs.entrySet()) {
            if (java.util.Arrays.equals(e.getValue(), data)) {
                return e.getKey().replace(".png", "");
            }
        }
        return "?";
    }

    int totalRequests() {
        return requestOrder.size();
    }

    void behave(String name, Behaviour behaviour) {
        behaviours.put("/Images/" + name + ".png", behaviour);
    }

    /** The next {@code count} requests, whatever their path, get {@code status} with this Retry-After (null: none). */
    void busyNext(int count, int status, String retryAfter) {
        for (int i = 0; i < count; i++) {
            busyAnswers.add(new String[] {Integer.toString(status), retryAfter});
        }
    }

    void delay(Duration perRequest) {
        this.delay = perRequest;
    }

    /** Holds every request that arrives from now on until {@link #release}. */
    void hold() {
        gate = new CountDownLatch(1);
    }

    void release() {
        CountDownLatch held = gate;
        if (held != null) {
            held.countDown();
        }
    }

    /** Waits until the server has received this many requests in all. */
    void awaitRequests(int total) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (totalRequests() < total) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the server saw " + totalRequests() + " requests, expected " + total);
            }
            Thread.sleep(5);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        requestOrder.add(path);
        arrivals.add(System.nanoTime());
        userAgents.add(exchange.getRequestHeaders().getFirst("User-Agent"));
        clientPorts.add(exchange.getRemoteAddress().getPort());
        counts.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        maxConcurrent.accumulateAndGet(concurrent.incrementAndGet(), Math::max);
        boolean counted = true;
        try {
            CountDownLatch held = gate;
            if (held != null) {
                held.await(20, TimeUnit.SECONDS);
            }
            if (!delay.isZero()) {
                Thread.sleep(delay.toMillis());
            }
            // Counted out before answering: the client may start its next download as soon as
            // this body arrives, and must not be seen as one over its limit.
            concurrent.decrementAndGet();
            counted = false;
            respond(exchange, path);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (counted) {
                concurrent.decrementAndGet();
            }
            exchange.close();
        }
    }

    private void respond(HttpExchange exchange, String path) throws IOException, InterruptedException {
        String[] busy = busyAnswers.poll();
        if (busy != null) {
            if (busy[1] != null) {
                exchange.getResponseHeaders().set("Retry-After", busy[1]);
            }
            send(exchange, Integer.parseInt(busy[0]), "text/plain", "Slow down".getBytes(StandardCharsets.UTF_8));
            return;
        }
        switch (behaviours.getOrDefault(path, Behaviour.PNG)) {
            case PNG -> {
                String name = path.substring(path.lastIndexOf('/') + 1);
                send(exchange, 200, "image/png", pngs.computeIfAbsent(name, n -> TestPngs.png(n, 64)));
            }
            case NOT_FOUND -> send(exchange, 404, "text/html", "<h1>Not Found</h1>".getBytes(StandardCharsets.UTF_8));
            case HTML -> send(exchange, 200, "text/html; charset=utf-8",
                    "<html><body>Maintenance</body></html>".getBytes(StandardCharsets.UTF_8));
            case STALL_BODY -> {
                exchange.getResponseHeaders().set("Content-Type", "image/png");
                exchange.sendResponseHeaders(200, 5000);
                OutputStream body = exchange.getResponseBody();
                body.write(TestPngs.png("stall", 64), 0, 20);
                body.flush();
                stopping.await(30, TimeUnit.SECONDS);
            }
            case NO_ANSWER -> stopping.await(30, TimeUnit.SECONDS);
        }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        stopping.countDown();
        release();
        server.stop(0);
        handlers.shutdownNow();
    }
}
