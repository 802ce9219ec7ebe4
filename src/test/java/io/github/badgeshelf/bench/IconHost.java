package io.github.badgeshelf.bench;

import java.net.URI;

/** The media host the benchmark's app loads icons and avatars from. */
interface IconHost extends AutoCloseable {

    /** The origin to give the app as BADGESHELF_MEDIA_BASE. */
    URI origin();

    /** Requests for badge icons (/Images/...) that reached the server so far. */
    int iconRequests();

    /** When (System.nanoTime) the answer for this path was last handed to the network, or null if never. */
    Long answeredAt(String path);

    /** In words, for RESULTS.md: protocol, TLS, server. */
    String describe();

    @Override
    void close();
}
