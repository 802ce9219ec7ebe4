package io.github.badgeshelf.images;

/**
 * Receives the outcome of one {@link IconPipeline#request}. Exactly one method is called, once,
 * on a pipeline thread (a UI marshals to its own thread), and never after the ticket was cancelled.
 */
public interface IconCallback<T> {

    void loaded(T icon);

    /** @param plainReason why, in words fit to show, e.g. "icon not found (HTTP 404)" */
    void failed(String plainReason);
}
