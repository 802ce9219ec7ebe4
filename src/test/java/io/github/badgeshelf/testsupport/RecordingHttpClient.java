package io.github.badgeshelf.testsupport;

import java.io.IOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * A real {@link HttpClient} that tells when each request leaves and when its answer (body
 * included) has arrived: the moments the icon tests count pulses from. Everything else is the
 * wrapped client's.
 */
public final class RecordingHttpClient extends HttpClient {
    private final HttpClient client;
    private final Consumer<String> onSent;
    private final BiConsumer<String, Integer> onArrived;
    /** Every URL in the order its request left. */
    public final List<String> sent = new CopyOnWriteArrayList<>();

    /**
     * @param onSent    told the URL as its request leaves (on the caller's thread)
     * @param onArrived told the URL and status once the whole answer arrived (on the client's thread,
     *                  before anyone else hears of it)
     */
    public RecordingHttpClient(HttpClient client, Consumer<String> onSent, BiConsumer<String, Integer> onArrived) {
        this.client = client;
        this.onSent = onSent;
        this.onArrived = onArrived;
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        return recorded(request, client.sendAsync(request, handler));
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler,
                                                            HttpResponse.PushPromiseHandler<T> push) {
        return recorded(request, client.sendAsync(request, handler, push));
    }

    private <T> CompletableFuture<HttpResponse<T>> recorded(HttpRequest request, CompletableFuture<HttpResponse<T>> answer) {
        String url = request.uri().toString();
        sent.add(url);
        onSent.accept(url);
        return answer.whenComplete((response, error) -> onArrived.accept(url, response == null ? -1 : response.statusCode()));
    }

    @Override
    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
            throws IOException, InterruptedException {
        return client.send(request, handler);
    }

    @Override
    public Optional<CookieHandler> cookieHandler() {
        return client.cookieHandler();
    }

    @Override
    public Optional<Duration> connectTimeout() {
        return client.connectTimeout();
    }

    @Override
    public Redirect followRedirects() {
        return client.followRedirects();
    }

    @Override
    public Optional<ProxySelector> proxy() {
        return client.proxy();
    }

    @Override
    public SSLContext sslContext() {
        return client.sslContext();
    }

    @Override
    public SSLParameters sslParameters() {
        return client.sslParameters();
    }

    @Override
    public Optional<Authenticator> authenticator() {
        return client.authenticator();
    }

    @Override
    public Version version() {
        return client.version();
    }

    @Override
    public Optional<Executor> executor() {
        return client.executor();
    }
}
