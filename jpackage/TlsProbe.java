import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.Arrays;

/**
 * Proves that a (trimmed) Java runtime can talk modern TLS: it is compiled by the build's JDK and
 * run by the packaged runtime's own {@code java} (jpackage/ci-check.sh). A jlink image without
 * jdk.crypto.ec or without CA certificates fails here, not in a user's hands.
 *
 * <pre>java -cp DIR TlsProbe PORT TRUSTSTORE.p12 STOREPASS QUERY</pre>
 * The server on 127.0.0.1:PORT (LoopbackApi over HTTPS) holds an EC (secp256r1) key whose
 * certificate is the only entry of TRUSTSTORE. Prints one PASS/FAIL line per check; exit 1 on any FAIL.
 */
public final class TlsProbe {

    private static int failures;

    public static void main(String[] args) throws Exception {
        // Only elliptic-curve groups: a handshake that succeeds is an ECDHE one (no finite-field DH).
        System.setProperty("jdk.tls.namedGroups", "x25519,secp256r1,secp384r1");
        int port = Integer.parseInt(args[0]);
        SSLContext loopbackTrust = context(Path.of(args[1]), args[2].toCharArray());
        String query = args[3];

        check("default trust store has CA certificates", () -> {
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init((KeyStore) null);
            int anchors = ((X509TrustManager) tmf.getTrustManagers()[0]).getAcceptedIssuers().length;
            return anchors >= 50 ? anchors + " trust anchors" : fail(anchors + " trust anchors (expected at least 50)");
        });
        check("TLS 1.3 handshake with an ECDHE key share", () -> {
            String[] result = handshake(loopbackTrust, port, "TLSv1.3", null);
            return "TLSv1.3".equals(result[0]) ? result[0] + " " + result[1] : fail("negotiated " + result[0]);
        });
        check("TLS 1.2 handshake with an ECDHE_ECDSA suite", () -> {
            String[] suites = {"TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256", "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384"};
            String[] result = handshake(loopbackTrust, port, "TLSv1.2", suites);
            return result[1].startsWith("TLS_ECDHE_ECDSA_") ? result[0] + " " + result[1] : fail("negotiated " + result[1]);
        });
        check("java.net.http GET over HTTPS", () -> {
            HttpClient client = HttpClient.newBuilder().sslContext(loopbackTrust)
                    .connectTimeout(Duration.ofSeconds(10)).build();
            HttpRequest request = HttpRequest.newBuilder(
                    URI.create("https://localhost:" + port + "/API/API_GetUserAwards.php?" + query))
                    .timeout(Duration.ofSeconds(20)).build();
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("VisibleUserAwards")
                    ? "HTTP " + response.statusCode() + ", " + response.body().length() + " characters"
                    : fail("HTTP " + response.statusCode());
        });
        System.exit(failures == 0 ? 0 : 1);
    }

    private static String[] handshake(SSLContext context, int port, String protocol, String[] suites) throws Exception {
        try (SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket("localhost", port)) {
            socket.setSoTimeout(10_000);
            socket.setEnabledProtocols(new String[] {protocol});
            if (suites != null) {
                socket.setEnabledCipherSuites(Arrays.stream(suites)
                        .filter(Arrays.asList(socket.getSupportedCipherSuites())::contains).toArray(String[]::new));
            }
            socket.startHandshake();
            return new String[] {socket.getSession().getProtocol(), socket.getSession().getCipherSuite()};
        }
    }

    private static SSLContext context(Path trustStore, char[] password) throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(trustStore)) {
            ks.load(in, password);
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(ks);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, tmf.getTrustManagers(), null);
        return context;
    }

    private interface Check {
        String run() throws Exception;
    }

    private static final class Failed extends Exception {
        Failed(String message) {
            super(message);
        }
    }

    private static String fail(String message) throws Failed {
        throw new Failed(message);
    }

    private static void check(String name, Check check) {
        try {
            System.out.println("PASS: " + name + " (" + check.run() + ")");
        } catch (Exception e) {
            failures++;
            System.out.println("FAIL: " + name + " (" + e + ")");
        }
    }
}
