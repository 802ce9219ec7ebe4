package io.github.badgeshelf.images;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.badgeshelf.images.ImageIoDecoder.Icon;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IconPipelineCancelTest {

    private IconServer server;
    private IconPipeline<Icon> pipeline;

    @BeforeEach
    void start() throws Exception {
        server = new IconServer();
        pipeline = new IconPipeline<>(IconPipelineConfig.builder().maxConcurrentDownloads(1).build(), new ImageIoDecoder());
    }

    @AfterEach
    void stop() {
        pipeline.close();
        server.close();
    }

    /** Occupies the only download slot until the server is released. */
    private RecordingCallback<Icon> blockTheSlot() throws InterruptedException {
        server.hold();
        RecordingCallback<Icon> blocker = new RecordingCallback<>();
        pipeline.request(server.url("blocker"), 64, blocker);
        server.awaitRequests(1);
        return blocker;
    }

    @Test
    void aRequestCancelledBeforeItsDownloadStartsIsNeverDownloadedNorCalledBack() throws Exception {
        RecordingCallback<Icon> blocker = blockTheSlot();
        RecordingCallback<Icon> scrolledAway = new RecordingCallback<>();
        IconTicket ticket = pipeline.request(server.url("gone"), 64, scrolledAway);

        ticket.cancel();

        assertThat(ticket.isDone()).isTrue();
        assertThat(pipeline.stats().queuedDownloads()).isZero();
        server.release();
        blocker.awaitIcon();
        RecordingCallback<Icon> later = new RecordingCallback<>();
        pipeline.request(server.url("later"), 64, later);
        later.awaitIcon();
        assertThat(server.requests("gone")).isZero();
        assertThat(scrolledAway.called()).isFalse();
    }

    @Test
    void cancellingOneOfTwoWaitersStillServesTheOther() throws Exception {
        RecordingCallback<Icon> blocker = blockTheSlot();
        RecordingCallback<Icon> cancelled = new RecordingCallback<>();
        RecordingCallback<Icon> kept = new RecordingCallback<>();
        IconTicket ticket = pipeline.request(server.url("both"), 64, cancelled);
        pipeline.request(server.url("both"), 64, kept);

        ticket.cancel();
        server.release();

        blocker.awaitIcon();
        kept.awaitIcon();
        assertThat(server.requests("both")).isEqualTo(1);
        assertThat(cancelled.called()).isFalse();
    }

    @Test
    void aRequestCancelledDuringItsDownloadIsNeverCalledBack() throws Exception {
        server.hold();
        RecordingCallback<Icon> cancelled = new RecordingCallback<>();
        IconTicket ticket = pipeline.request(server.url("busy"), 64, cancelled);
        server.awaitRequests(1);

        ticket.cancel();
        // A tile that comes back joins the download already running.
        RecordingCallback<Icon> returning = new RecordingCallback<>();
        pipeline.request(server.url("busy"), 64, returning);
        server.release();

        returning.awaitIcon();
        RecordingCallback.pause(Duration.ofMillis(100));
        assertThat(cancelled.called()).isFalse();
        assertThat(server.requests("busy")).isEqualTo(1);
    }

    @Test
    void aDownloadNoOneWaitsForIsAbortedAndNothingIsDecoded(@TempDir Path folder) throws Exception {
        pipeline.close();
        CountingDecoder decoder = new CountingDecoder(server);
        pipeline = new IconPipeline<>(IconPipelineConfig.builder().diskCacheFolder(folder).build(), decoder);
        server.hold();
        IconTicket ticket = pipeline.request(server.url("scrolled-away"), 64, new RecordingCallback<>());
        server.awaitRequests(1);

        ticket.cancel();

        // The server still holds the answer; the client gives up its side after the short grace.
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (pipeline.stats().activeDownloads() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(pipeline.stats().activeDownloads()).as("the download was aborted").isZero();
        server.release();
        RecordingCallback<Icon> other = new RecordingCallback<>();
        pipeline.request(server.url("other"), 64, other);
        other.awaitIcon();
        assertThat(decoder.decoded).containsExactly("other");
        assertThat(new DiskIconCache(folder).fileFor(server.url("scrolled-away"))).doesNotExist();
    }

    @Test
    void anAnswerThatArrivesAfterEveryoneLeftIsKeptOnDiskButNotDecoded(@TempDir Path folder) throws Exception {
        pipeline.close();
        CountingDecoder decoder = new CountingDecoder(server);
        pipeline = new IconPipeline<>(IconPipelineConfig.builder().diskCacheFolder(folder).build(), decoder);
        RecordingCallback<Icon> warmUp = new RecordingCallback<>(); // the server draws its first PNG slowly
        pipeline.request(server.url("warm-up"), 64, warmUp);
        warmUp.awaitIcon();
        server.hold();
        IconTicket ticket = pipeline.request(server.url("paid"), 64, new RecordingCallback<>());
        server.awaitRequests(2);

        ticket.cancel();
        server.release(); // well within the grace before an abort

        Path file = new DiskIconCache(folder).fileFor(server.url("paid"));
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!Files.exists(file) && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(file).exists();
        assertThat(decoder.decoded).containsExactly("warm-up");
    }

    /** Remembers which icons were decoded, by the name of the server's PNG. */
    static final class CountingDecoder implements IconDecoder<Icon> {
        final java.util.List<String> decoded = new java.util.concurrent.CopyOnWriteArrayList<>();
        private final ImageIoDecoder decoder = new ImageIoDecoder();
        private final IconServer server;

        CountingDecoder(IconServer server) {
            this.server = server;
        }

        @Override
        public Icon decode(byte[] data, int sizePx) throws java.io.IOException {
            decoded.add(server.nameOf(data));
            return decoder.decode(data, sizePx);
        }

        @Override
        public long weightBytes(Icon icon) {
            return decoder.weightBytes(icon);
        }
    }

    @Test
    void cancellingTwiceOrAfterTheCallbackDoesNothing() {
        RecordingCallback<Icon> callback = new RecordingCallback<>();
        IconTicket ticket = pipeline.request(server.url("done"), 64, callback);
        callback.awaitIcon();

        ticket.cancel();
        ticket.cancel();

        assertThat(ticket.isDone()).isTrue();
        assertThat(callback.calls.get()).isEqualTo(1);
    }
}
