package io.github.badgeshelf.bench;

import io.github.badgeshelf.testsupport.HeadlessFx;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The fallback media host: plain HTTP/1.1 on loopback (JDK server). Figures from it measure the
 * connection limit (one request per connection at a time) more than the pipeline.
 */
final class Http1IconHost implements IconHost {
    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "bench-h1");
        t.setDaemon(true);
        return t;
    });
    private final AtomicInteger iconRequests = new AtomicInteger();
    private final java.util.Map<String, Long> answered = new java.util.concurrent.ConcurrentHashMap<>();
    private final BenchPngs pngs;
    private final long latencyMillis;

    Http1IconHost(long latencyMillis, BenchPngs pngs) throws IOException {
        this.pngs = pngs;
        this.latencyMillis = latencyMillis;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
        server.setExecutor(threads);
        server.createContext("/", this::serve);
        server.start();
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (path.startsWith("/Images/")) {
                iconRequests.incrementAndGet();
            }
            HeadlessFx.sleep(latencyMillis);
            if (!path.endsWith(".png")) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            byte[] png = pngs.forPath(path);
            exchange.getResponseHeaders().set("Content-Type", "image/png");
            exchange.sendResponseHeaders(200, png.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(png);
            }
            answered.put(path, System.nanoTime());
        }
    }

    @Override
    public URI origin() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public int iconRequests() {
        return iconRequests.get();
    }

    @Override
    public Long answeredAt(String path) {
        return answered.get(path);
    }

    @Override
    public String describe() {
        return "JDK com.sun.net.httpserver, plain HTTP/1.1 on loopback, " + latencyMillis + " ms before every answer";
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
