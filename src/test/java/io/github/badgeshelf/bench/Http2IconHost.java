package io.github.badgeshelf.bench;

import org.eclipse.jetty.alpn.server.ALPNServerConnectionFactory;
import org.eclipse.jetty.http2.HTTP2Cipher;
import org.eclipse.jetty.http2.server.HTTP2ServerConnectionFactory;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;

import java.nio.file.Path;

/**
 * The media host as the real one behaves: HTTPS offering HTTP/2 by ALPN (HTTP/1.1 beside it),
 * so Java's HttpClient multiplexes the icons over one connection. Every answer is held back by
 * the injected latency without holding a thread, as a far server's would be.
 */
final class Http2IconHost extends JettyIconHost {

    Http2IconHost(Path keyStore, String password, long latencyMillis, BenchPngs pngs) throws Exception {
        super("bench-h2", "https", true, latencyMillis, pngs, server -> tlsConnector(server, keyStore, password));
    }

    private static ServerConnector tlsConnector(Server server, Path keyStore, String password) {
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

        return new ServerConnector(server, new SslConnectionFactory(tls, alpn.getProtocol()), alpn, http2, http11);
    }

    @Override
    public String describe() {
        return "Jetty " + Server.getVersion() + ", HTTPS with HTTP/2 by ALPN (self-signed certificate for 127.0.0.1), "
                + latencyMillis + " ms before every answer";
    }
}
