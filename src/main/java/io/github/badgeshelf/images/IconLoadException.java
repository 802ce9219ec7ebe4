package io.github.badgeshelf.images;

import java.io.IOException;

/** A load failure whose message is already a plain reason fit to show. */
class IconLoadException extends IOException {

    IconLoadException(String plainReason) {
        super(plainReason);
    }

    /**
     * The host said it is busy (429 Too Many Requests or 503 Service Unavailable): worth another
     * try after a pause, not a fact about the icon.
     */
    static final class HostBusy extends IconLoadException {
        /** What the host asked for in Retry-After, or null when it did not say. */
        final java.time.Duration retryAfter;

        HostBusy(String plainReason, java.time.Duration retryAfter) {
            super(plainReason);
            this.retryAfter = retryAfter;
        }
    }
}
