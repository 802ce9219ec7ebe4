package io.github.badgeshelf.images;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** Records what a pipeline called back, on which thread, and how often. */
final class RecordingCallback<T> implements IconCallback<T> {

    private final CompletableFuture<Object> outcome = new CompletableFuture<>();
    final AtomicInteger calls = new AtomicInteger();
    volatile String thread;

    /** The failure reason, kept apart from an icon so a test can tell them apart. */
    record Failure(String reason) {
    }

    @Override
    public void loaded(T icon) {
        record(icon);
    }

    @Override
    public void failed(String plainReason) {
        record(new Failure(plainReason));
    }

    private void record(Object result) {
        calls.incrementAndGet();
        thread = Thread.currentThread().getName();
        outcome.complete(result);
    }

    @SuppressWarnings("unchecked")
    T awaitIcon() {
        Object result = await();
        assertThat(result).as("expected an icon, got a failure").isNotInstanceOf(Failure.class);
        return (T) result;
    }

    String awaitFailure() {
        Object result = await();
        assertThat(result).as("expected a failure, got an icon").isInstanceOf(Failure.class);
        return ((Failure) result).reason();
    }

    /** Waits for either outcome. */
    Object awaitAny() {
        return await();
    }

    boolean called() {
        return calls.get() > 0;
    }

    private Object await() {
        try {
            return outcome.get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("no callback within 10 s", e);
        }
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
