package io.github.badgeshelf.bench;

import org.eclipse.jetty.alpn.server.ALPNServerConnectionFactory;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http2.HTTP2Cipher;
import org.eclipse.jetty.http2.server.HTTP2ServerConnectionFactory;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The media host as the real one behaves: HTTPS offering HTTP/2 by ALPN (HTTP/1.1 beside it),
 * so Java's HttpClient multiplexes the icons over one connection. Every answer is held back by
 * the injected latency without holding a thread, as a far server's would be.
 */
final class Http2IconHost implements IconHost {
    private final Server server;
    private final ServerConnector connector;
    private final ScheduledExecutorService delays = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "bench-h2-latency");
        t.setDaemon(true);
        return t;
    });
    private final AtomicInteger iconRequests = new AtomicInteger();
    private final java.util.Map<String, Long> answered = new java.util.concurrent.ConcurrentHashMap<>();
    private final BenchPngs pngs;
    private final long latencyMillis;

    Http2IconHost(Path keyStore, String password, long latencyMillis, BenchPngs pngs) throws Exception {
        this.pngs = pngs;
        this.latencyMillis = latencyMillis;
        QueuedThreadPool threads = new QueuedThreadPool(32);
        threads.setName("bench-h2");
        threads.setDaemon(true);
        server = new Server(threads);

        HttpConfiguration http = new HttpConfiguration();
        // The certificate is for 127.0.0.1, and clients send no SNI for an IP address.
        http.addCustomizer(new SecureRequestCustomizer(false));
        HttpConnectionFactory http11 = new HttpConnectionFactory(http);
        HTTP2ServerConnectionFactory http2 = new HTTP2ServerConnectionFactory(http);
        ALPNServerConnectionFactory alpn = new ALPNServerConnectionFactory();
        alpn.setDefaultProtocol(http11.getProtocol());

        SslContextFactory.Server tls = new SslContextFactory.Server();
        tls.setKeyStorePath(keyStore.toString());
        tls.setKeyStorePassword(password);
        tls.setCipherComparator(HTTP2Cipher.COMPARATOR);

        connector = new ServerConnector(server, new SslConnectionFactory(tls, alpn.getProtocol()), alpn, http2, http11);
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
            response.getHeaders().put(HttpHeader.CACHE_CONTROL, "public, max-age=31536000");
            response.getHeaders().put(HttpHeader.CONTENT_LENGTH, png.length);
            response.write(true, ByteBuffer.wrap(png), Callback.from(() -> {
                answered.put(path, System.nanoTime());
                callback.succeeded();
            }, callback::failed));
        }, latencyMillis, TimeUnit.MILLISECONDS);
    }

    @Override
    public URI origin() {
        return URI.create("https://127.0.0.1:" + connector.getLocalPort());
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
        return "Jetty " + Server.getVersion() + ", HTTPS with HTTP/2 by ALPN (self-signed certificate for 127.0.0.1), "
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
