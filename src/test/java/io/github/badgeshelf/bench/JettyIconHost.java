package io.github.badgeshelf.bench;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

import java.net.URI;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * What the two media hosts share: a Jetty server on loopback that serves the benchmark's icons,
 * holding every answer back by the injected latency without holding a thread, as a far server's
 * would be, and counting icon requests and when each answer left. The subclasses choose the
 * connector (plain HTTP/1.1, or HTTPS with HTTP/2 by ALPN).
 */
abstract class JettyIconHost implements IconHost {
    private final Server server;
    private final ServerConnector connector;
    private final String scheme;
    private final boolean cacheForever;
    private final ScheduledExecutorService delays;
    private final AtomicInteger iconRequests = new AtomicInteger();
    private final Map<String, Long> answered = new ConcurrentHashMap<>();
    private final BenchPngs pngs;
    final long latencyMillis;

    /**
     * @param threadName   the prefix of the server's threads ("-latency" for the timer's)
     * @param scheme       "http" or "https", for {@link #origin()}
     * @param cacheForever whether answers say Cache-Control: public, max-age=31536000
     * @param connectorFor the connector the host listens on, made for its server
     */
    JettyIconHost(String threadName, String scheme, boolean cacheForever, long latencyMillis, BenchPngs pngs,
                  Function<Server, ServerConnector> connectorFor) throws Exception {
        this.scheme = scheme;
        this.cacheForever = cacheForever;
        this.latencyMillis = latencyMillis;
        this.pngs = pngs;
        delays = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, threadName + "-latency");
            t.setDaemon(true);
            return t;
        });
        QueuedThreadPool threads = new QueuedThreadPool(32);
        threads.setName(threadName);
        threads.setDaemon(true);
        server = new Server(threads);
        connector = connectorFor.apply(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
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
            if (System.getenv("BENCH_TRACE") != null) {
                System.err.println("trace: icon request " + path);
            }
        }
        // Drawn (or taken from the ones drawn beforehand) now, so the timer thread only sends.
        byte[] png = path.endsWith(".png") ? pngs.forPath(path) : null;
        delays.schedule(() -> {
            if (png == null) {
                response.setStatus(404);
                callback.succeeded();
                return;
            }
            response.setStatus(200);
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "image/png");
            if (cacheForever) {
                response.getHeaders().put(HttpHeader.CACHE_CONTROL, "public, max-age=31536000");
            }
            response.getHeaders().put(HttpHeader.CONTENT_LENGTH, png.length);
            response.write(true, ByteBuffer.wrap(png), Callback.from(() -> {
                answered.put(path, System.nanoTime());
                callback.succeeded();
            }, callback::failed));
        }, latencyMillis, TimeUnit.MILLISECONDS);
    }

    @Override
    public URI origin() {
        return URI.create(scheme + "://127.0.0.1:" + connector.getLocalPort());
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
