package io.github.badgeshelf.images;

import java.io.IOException;

/**
 * Turns the bytes of an icon file into something a view can draw. The pipeline calls it on its
 * own worker threads, never on the caller's, so an implementation must be safe to call from any
 * thread.
 *
 * @param <T> the decoded icon type (a JavaFX Image in the app, anything in tests)
 */
public interface IconDecoder<T> {

    /**
     * Decodes an icon scaled to fit a square of {@code sizePx} physical pixels.
     *
     * @throws IOException when the data is not an image this decoder can read
     */
    T decode(byte[] data, int sizePx) throws IOException;

    /** Roughly how much heap the decoded icon holds; the memory cache's budget counts this. */
    long weightBytes(T icon);
}
