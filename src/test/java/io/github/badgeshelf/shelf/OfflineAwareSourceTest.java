package io.github.badgeshelf.shelf;

import io.github.badgeshelf.api.ApiException;
import io.github.badgeshelf.model.Shelf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The offline rule on real files: a transient failure answers the kept copy, any other stays a failure. */
class OfflineAwareSourceTest {
    private static final Executor SAME_THREAD = Runnable::run;

    @TempDir
    Path dir;

    private static Fetcher<String, Shelf> failing(ApiException.Kind kind) {
        return user -> {
            throw new ApiException(kind, "It went wrong (" + kind + ").");
        };
    }

    @Test
    void aFreshAnswerIsKeptOnDiskAndNotMarkedOffline() {
        ShelfCache copies = new ShelfCache(dir);
        Loaded<Shelf> loaded = loadQuietly(new OfflineAwareSource<>(user -> ShelfCacheTest.sampleShelf(), copies, SAME_THREAD));
        assertThat(loaded.offline()).isFalse();
        assertThat(loaded.value()).isEqualTo(ShelfCacheTest.sampleShelf());
        assertThat(copies.load("maxmilyin")).contains(ShelfCacheTest.sampleShelf());
    }

    @Test
    void aNetworkFailureAnswersTheKeptCopyWithTheReason() throws Exception {
        ShelfCache copies = new ShelfCache(dir);
        copies.save("MaxMilyin", ShelfCacheTest.sampleShelf());
        Loaded<Shelf> loaded = new OfflineAwareSource<>(failing(ApiException.Kind.NETWORK), copies, SAME_THREAD)
                .load("MaxMilyin");
        assertThat(loaded.offline()).isTrue();
        assertThat(loaded.offlineReason()).isEqualTo("It went wrong (NETWORK).");
        assertThat(loaded.value()).isEqualTo(ShelfCacheTest.sampleShelf());
    }

    @Test
    void anAnswerAboutTheRequestIsNeverHiddenBehindACopy() throws IOException {
        ShelfCache copies = new ShelfCache(dir);
        copies.save("MaxMilyin", ShelfCacheTest.sampleShelf());
        var source = new OfflineAwareSource<>(failing(ApiException.Kind.BAD_CREDENTIALS), copies, SAME_THREAD);
        assertThatThrownBy(() -> source.load("MaxMilyin")).isInstanceOf(ApiException.class)
                .hasMessage("It went wrong (BAD_CREDENTIALS).");
    }

    @Test
    void aTransientFailureWithNoCopyStaysAFailure() {
        var source = new OfflineAwareSource<>(failing(ApiException.Kind.SERVER_ERROR), new ShelfCache(dir), SAME_THREAD);
        assertThatThrownBy(() -> source.load("Nobody")).isInstanceOf(ApiException.class);
    }

    @Test
    void aCopyThatCannotBeWrittenDoesNotCostTheAnswer() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("file"), "x");
        Loaded<Shelf> loaded = loadQuietly(new OfflineAwareSource<>(user -> ShelfCacheTest.sampleShelf(),
                new ShelfCache(notAFolder), SAME_THREAD));
        assertThat(loaded.value()).isEqualTo(ShelfCacheTest.sampleShelf());
    }

    @Test
    void aWriterThatIsShuttingDownStillKeepsTheCopy() {
        ShelfCache copies = new ShelfCache(dir);
        Executor closed = r -> {
            throw new RejectedExecutionException("shut down");
        };
        loadQuietly(new OfflineAwareSource<>(user -> ShelfCacheTest.sampleShelf(), copies, closed));
        assertThat(copies.load("MaxMilyin")).isPresent();
    }

    private static Loaded<Shelf> loadQuietly(Source<String, Shelf> source) {
        try {
            return source.load("MaxMilyin");
        } catch (ApiException e) {
            throw new AssertionError(e);
        }
    }
}
