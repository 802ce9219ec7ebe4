package io.github.badgeshelf.bench;

import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

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
final class Http1IconHost extends JettyIconHost {

    Http1IconHost(long latencyMillis, BenchPngs pngs) throws Exception {
        super("bench-h1", "http", false, latencyMillis, pngs, server -> {
            ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(new HttpConfiguration()));
            connector.setAcceptQueueSize(256);
            return connector;
        });
    }

    @Override
    public String describe() {
        return "Jetty " + Server.getVersion() + ", plain HTTP/1.1 on loopback (TCP_NODELAY, as a real host), "
                + latencyMillis + " ms before every answer";
    }
}
