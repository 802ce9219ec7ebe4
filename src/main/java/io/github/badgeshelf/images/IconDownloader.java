package io.github.badgeshelf.images;

import io.github.badgeshelf.http.RetryAfter;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodySubscribers;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;

/**
 * Fetches icon bytes over java.net.http without blocking a thread per download, and turns every
 * way that can go wrong into a plain reason.
 */
final class IconDownloader {

    static final long MAX_ICON_BYTES = 4L * 1024 * 1024;

    /** The bytes of a successful download, the type the server claimed for them and the protocol spoken. */
    record Download(byte[] data, String contentType, HttpClient.Version version) {
    }

    private final HttpClient client;
    private final Duration timeout;
    private final String userAgent;

    IconDownloader(HttpClient client, Duration timeout, String userAgent) {
        this.client = client;
        this.timeout = timeout;
        this.userAgent = userAgent;
    }

    /**
     * Starts a download. The future fails with an {@link IconLoadException} (via
     * {@link #plainReason}) and is bounded in time as a whole: HttpRequest's own timeout stops at
     * the response headers, so a server that stalls mid-body would otherwise hang forever.
     */
    CompletableFuture<Download> fetch(String url) {
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(url))
                    .timeout(timeout)
                    .header("User-Agent", userAgent)
                    .header("Accept", "image/png,image/*;q=0.9")
                    .GET()
                    .build();
        } catch (IllegalArgumentException e) {
            return CompletableFuture.failedFuture(new IconLoadException("not a valid icon address: " + url));
        }
        CompletableFuture<HttpResponse<byte[]>> exchange = client.sendAsync(request, this::bodyFor);
        CompletableFuture<Download> outcome = exchange.copy()
                .orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .thenApply(IconDownloader::checked);
        outcome.whenComplete((download, error) -> {
            if (error != null) {
                exchange.cancel(true); // frees the connection of a stalled exchange
            }
        });
        return outcome;
    }

    private HttpResponse.BodySubscriber<byte[]> bodyFor(HttpResponse.ResponseInfo info) {
        if (info.statusCode() != 200) {
            return BodySubscribers.replacing(null);
        }
        long length = info.headers().firstValueAsLong("Content-Length").orElse(-1);
        return new CappedBodySubscriber(MAX_ICON_BYTES, length);
    }

    private static Download checked(HttpResponse<byte[]> response) {
        int status = response.statusCode();
        if (status == 429 || status == 503) {
            Duration retryAfter = RetryAfter.parse(response.headers().firstValue("Retry-After").orElse(null), Instant.now());
            throw new CompletionException(new IconLoadException.HostBusy(reasonForStatus(status), retryAfter));
        }
        if (status != 200) {
            throw new CompletionException(new IconLoadException(reasonForStatus(status)));
        }
        String type = response.headers().firstValue("Content-Type").orElse("");
        return new Download(response.body(), type, response.version());
    }

    static String reasonForStatus(int status) {
        if (status == 404 || status == 410) {
            return "icon not found (HTTP " + status + ")";
        }
        if (status == 429) {
            return "the media server is busy (HTTP 429); try again later";
        }
        if (status >= 500) {
            return "the media server had a problem (HTTP " + status + ")";
        }
        return "the media server refused the icon (HTTP " + status + ")";
    }

    /** Words for why a download failed, for a person rather than a log. */
    static String plainReason(Throwable error, String url) {
        Throwable cause = unwrap(error);
        String host = hostOf(url);
        if (cause instanceof IconLoadException) {
            return cause.getMessage();
        }
        if (cause instanceof HttpConnectTimeoutException) {
            return "could not connect to " + host + " in time";
        }
        if (cause instanceof HttpTimeoutException || cause instanceof TimeoutException) {
            return "the media server " + host + " did not answer in time";
        }
        if (cause instanceof ConnectException) {
            return "the connection to " + host + " was refused";
        }
        if (cause instanceof UnknownHostException || cause instanceof UnresolvedAddressException) {
            return "the media server " + host + " could not be found";
        }
        if (cause instanceof SSLException) {
            return "the secure connection to " + host + " failed";
        }
        if (cause instanceof CancellationException || cause instanceof InterruptedException) {
            return "the download was cancelled";
        }
        if (cause instanceof IOException) {
            return "the connection to " + host + " broke off";
        }
        return "the icon could not be loaded (" + cause.getClass().getSimpleName() + ")";
    }

    private static Throwable unwrap(Throwable error) {
        Throwable t = error;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        // The JDK wraps some async failures once more in a bare IOException.
        if (t instanceof IOException && !(t instanceof IconLoadException) && t.getCause() != null
                && t.getClass() == IOException.class) {
            Throwable inner = t.getCause();
            if (inner instanceof ConnectException || inner instanceof HttpTimeoutException
                    || inner instanceof UnresolvedAddressException) {
                return inner;
            }
        }
        return t;
    }

    private static String hostOf(String url) {
        try {
            URI uri = URI.create(url);
            if (uri.getHost() != null) {
                return uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            }
        } catch (IllegalArgumentException e) {
            // fall through
        }
        return "the media server";
    }
}
