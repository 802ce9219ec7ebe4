package io.github.badgeshelf.testsupport;

import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/** A misbehaviour {@link FakeRaServer} can play on one request instead of its normal answer. */
public interface Fault {

    /**
     * Answers the exchange.
     *
     * @param normalStatus the status the server would have sent
     * @param normalBody   the body it would have sent
     * @param closing      counts down when the server closes (stalls wait on it)
     */
    void apply(HttpExchange exchange, int normalStatus, byte[] normalBody, CountDownLatch closing)
            throws IOException, InterruptedException;

    /** A fixed status, body and headers. */
    static Fault respond(int status, byte[] body, Map<String, String> headers) {
        byte[] copy = body.clone();
        Map<String, String> h = Map.copyOf(headers);
        return (exchange, s, b, closing) -> FakeRaServer.send(exchange, status, copy, h);
    }

    /** Accepts the request and never answers, until the server closes. */
    static Fault stall() {
        return (exchange, s, b, closing) -> closing.await();
    }

    /** Declares the normal body's full Content-Length, sends half of it and closes the connection. */
    static Fault truncate() {
        return (exchange, status, body, closing) -> {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, body.length);
            OutputStream out = exchange.getResponseBody();
            out.write(body, 0, body.length / 2);
            out.flush();
            // Failing the exchange with an IOException makes the JDK server drop the connection,
            // so the client sees the end of the stream short of the declared length.
            throw new IOException("truncated on purpose");
        };
    }

    /** Sends the headers and half the normal body, then waits without finishing until the server closes. */
    static Fault stallBody() {
        return (exchange, status, body, closing) -> {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, body.length);
            OutputStream out = exchange.getResponseBody();
            out.write(body, 0, body.length / 2);
            out.flush();
            closing.await();
            throw new IOException("stalled on purpose");
        };
    }

    /** An HTML error page, as the real server sends during outages. */
    static Fault html(int status) {
        byte[] page = ("<!DOCTYPE html>\n<html><head><title>Service Unavailable</title></head>"
                + "<body><h1>Something went wrong</h1><p>Please try again later.</p></body></html>\n")
                .getBytes(StandardCharsets.UTF_8);
        return (exchange, s, b, closing) ->
                FakeRaServer.send(exchange, status, page, Map.of("Content-Type", "text/html; charset=UTF-8"));
    }
}
