package io.github.badgeshelf.bench;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

import java.net.URI;
import java.nio.ByteBuffer;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The fallback media host: plain HTTP/1.1 on loopback. Figures from it measure the connection
 * limit (one request per connection at a time) more than the pipeline.
 *
 * <p>Jetty, as the HTTP/2 host, rather than the JDK's HttpServer (issue 24): the JDK server writes
 * an answer's headers and body in two writes without TCP_NODELAY, so Nagle held every body back
 * until the client's delayed ACK of the headers, about 40 ms on Linux: each wave of six downloads
 * took a round trip plus 40 ms, in the window and in Chromium alike. A real host (nginx,
 * Cloudflare) sends with TCP_NODELAY, as Jetty does.
 */
final class Http1IconHost implements IconHost {
    private final Server server;
    private final ServerConnector connector;
    private final ScheduledExecutorService delays = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "bench-h1-latency");
        t.setDaemon(true);
        return t;
    });
    private final AtomicInteger iconRequests = new AtomicInteger();
    private final java.util.Map<String, Long> answered = new java.util.concurrent.ConcurrentHashMap<>();
    private final BenchPngs pngs;
    private final long latencyMillis;

    Http1IconHost(long latencyMillis, BenchPngs pngs) throws Exception {
        this.pngs = pngs;
        this.latencyMillis = latencyMillis;
        QueuedThreadPool threads = new QueuedThreadPool(32);
        threads.setName("bench-h1");
        threads.setDaemon(true);
        server = new Server(threads);
        connector = new ServerConnector(server, new HttpConnectionFactory(new HttpConfiguration()));
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        connector.setAcceptQueueSize(256);
        server.addConnector(connector);
        server.setHandler(new Handler.Abstract.NonBlocking() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                serve(request, response, callback);
                return true;
            }
        });
        server.start();
    }

    private void serve(Request request, Response response, Callback callback) {
        String path = Request.getPathInContext(request);
        if (path.startsWith("/Images/")) {
            iconRequests.incrementAndGet();
        }
        byte[] png = path.endsWith(".png") ? pngs.forPath(path) : null;
        // Held back without holding a thread, as the HTTP/2 host does.
        delays.schedule(() -> {
            if (png == null) {
                response.setStatus(404);
                callback.succeeded();
                return;
            }
            response.setStatus(200);
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "image/png");
            response.getHeaders().put(HttpHeader.CONTENT_LENGTH, png.length);
            response.write(true, ByteBuffer.wrap(png), Callback.from(() -> {
                answered.put(path, System.nanoTime());
                callback.succeeded();
            }, callback::failed));
        }, latencyMillis, TimeUnit.MILLISECONDS);
    }

    @Override
    public URI origin() {
        return URI.create("http://127.0.0.1:" + connector.getLocalPort());
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
        return "Jetty " + Server.getVersion() + ", plain HTTP/1.1 on loopback (TCP_NODELAY, as a real host), "
                + latencyMillis + " ms before every answer";
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("Could not stop the icon server", e);
        } finally {
            delays.shutdownNow();
        }
    }
}
