package io.github.badgeshelf.images;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body into bytes but gives up past a size limit, so a misbehaving server
 * cannot make an icon download eat the heap.
 */
final class CappedBodySubscriber implements BodySubscriber<byte[]> {

    private final long limitBytes;
    private final ByteArrayOutputStream bytes;
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private Flow.Subscription subscription;

    CappedBodySubscriber(long limitBytes, long expectedLength) {
        this.limitBytes = limitBytes;
        int initial = expectedLength > 0 && expectedLength <= limitBytes ? (int) expectedLength : 8192;
        this.bytes = new ByteArrayOutputStream(initial);
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        subscription.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        if (result.isDone()) {
            return;
        }
        for (ByteBuffer buffer : buffers) {
            if (bytes.size() + (long) buffer.remaining() > limitBytes) {
                subscription.cancel();
                result.completeExceptionally(new IconLoadException(
                        "the icon is too large (over " + limitBytes / 1024 + " KB)"));
                return;
            }
            byte[] chunk = new byte[buffer.remaining()];
            buffer.get(chunk);
            bytes.write(chunk, 0, chunk.length);
        }
    }

    @Override
    public void onError(Throwable error) {
        result.completeExceptionally(error);
    }

    @Override
    public void onComplete() {
        result.complete(bytes.toByteArray());
    }
}
