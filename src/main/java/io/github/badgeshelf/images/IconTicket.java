package io.github.badgeshelf.images;

/** A handle on one icon request, held by the tile that asked. */
public interface IconTicket {

    /**
     * Withdraws the request (the tile scrolled away or was recycled): the callback is never called
     * afterwards, and if no one else waits for the same icon and its download has not started, it
     * never starts. Calling it again, or after the callback ran, does nothing.
     */
    void cancel();

    /** True once the callback has been called or the ticket was cancelled. */
    boolean isDone();
}
