package io.github.badgeshelf.ui.images;

import java.io.ByteArrayInputStream;

/**
 * The bytes of one icon file for one synchronous {@code new Image(stream, ...)}. A JavaFX Image
 * keeps the stream it was made from for as long as it lives, so a plain ByteArrayInputStream
 * would keep every cached icon's encoded file beside its decoded pixels (about 12 KB more per
 * icon, 35 MB for a scrolled 6,000-award shelf); {@link #release} lets go of them once decoded.
 */
final class ReleasableByteStream extends ByteArrayInputStream {
    private static final byte[] NOTHING = new byte[0];

    ReleasableByteStream(byte[] data) {
        super(data);
    }

    /** Forgets the bytes; the stream reads as empty from now on. */
    synchronized void release() {
        buf = NOTHING;
        pos = 0;
        count = 0;
        mark = 0;
    }
}
