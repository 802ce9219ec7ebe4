package io.github.badgeshelf.api;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;

/**
 * Turns a failure of the HTTP stack into a typed failure naming only the host. The stack's own
 * texts are never passed on: they may quote the URL, and the URL holds the key.
 */
final class NetworkFailures {
    private NetworkFailures() {
    }

    /**
     * @param bodyStarted true when the response headers had arrived, so the failure cut the body off
     */
    static ApiException of(IOException e, String host, Duration connectTimeout, Duration requestTimeout,
                           boolean bodyStarted, String what) {
        if (causedBy(e, HttpConnectTimeoutException.class)) {
            return network("Could not connect to " + host + " within " + seconds(connectTimeout)
                    + ". Check your internet connection and try again.", ApiException.Reason.CONNECT_TIMEOUT, host)
                    .withLimit(connectTimeout);
        }
        if (causedBy(e, HttpTimeoutException.class)) {
            return network(host + " did not answer within " + seconds(requestTimeout) + ". Try again later.",
                    ApiException.Reason.ANSWER_TIMEOUT, host).withLimit(requestTimeout);
        }
        if (causedBy(e, UnresolvedAddressException.class) || causedBy(e, UnknownHostException.class)) {
            return network("The server " + host + " could not be found. "
                    + "Check your internet connection and the server address.", ApiException.Reason.UNKNOWN_HOST, host);
        }
        if (causedBy(e, NoRouteToHostException.class)) {
            return network("There is no network route to " + host + ". Check your internet connection.",
                    ApiException.Reason.NO_ROUTE, host);
        }
        if (bodyStarted) {
            return new ApiException(ApiException.Kind.UNREADABLE, "The answer from " + host + " for " + what
                    + " was cut off before it was complete. Try again.").because(ApiException.Reason.CUT_OFF).from(host, 0);
        }
        if (causedBy(e, ConnectException.class)) {
            return network("Could not connect to " + host + ": the connection was refused. "
                    + "The server may be down; try again later.", ApiException.Reason.CONNECTION_REFUSED, host);
        }
        return network("The connection to " + host + " failed before an answer arrived. "
                + "Check your internet connection and try again.", ApiException.Reason.CONNECTION_FAILED, host);
    }

    private static ApiException network(String message, ApiException.Reason reason, String host) {
        return new ApiException(ApiException.Kind.NETWORK, message).because(reason).from(host, 0);
    }

    static String seconds(Duration d) {
        long ms = d.toMillis();
        if (ms < 1000) {
            return ms + " ms";
        }
        long s = (ms + 999) / 1000;
        return s == 1 ? "1 second" : s + " seconds";
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
