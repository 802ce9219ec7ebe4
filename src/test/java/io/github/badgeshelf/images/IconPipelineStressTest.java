package io.github.badgeshelf.images;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.badgeshelf.images.ImageIoDecoder.Icon;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Many threads scrolling at once: requests and cancellations interleave with downloads and disk
 * reads. Whatever the interleaving, a ticket that was not cancelled is called back exactly once,
 * a cancelled one at most once (only when the callback won the race), and nothing is left queued.
 */
class IconPipelineStressTest {

    private record Request(IconTicket ticket, RecordingCallback<Icon> callback, boolean cancelled) {
    }

    @TempDir
    Path folder;

    @Test
    void everyLiveTicketIsAnsweredExactlyOnce() throws Exception {
        List<Request> requests = new CopyOnWriteArrayList<>();
        try (IconServer server = new IconServer();
             IconPipeline<Icon> pipeline = new IconPipeline<>(IconPipelineConfig.builder()
                     .maxConcurrentDownloads(4)
                     .memoryBudgetBytes(20L * 64 * 64 * 4)
                     .diskCacheFolder(folder)
                     .build(), new ImageIoDecoder())) {
            server.delay(Duration.ofMillis(5));
            server.behave("s7", IconServer.Behaviour.NOT_FOUND);
            int threads = 6;
            ExecutorService scrollers = Executors.newFixedThreadPool(threads);
            CountDownLatch done = new CountDownLatch(threads);
            for (int t = 0; t < threads; t++) {
                Random random = new Random(42 + t);
                scrollers.execute(() -> {
                    try {
                        for (int i = 0; i < 150; i++) {
                            String url = server.url("s" + random.nextInt(60));
                            RecordingCallback<Icon> callback = new RecordingCallback<>();
                            IconTicket ticket = pipeline.request(url, random.nextBoolean() ? 32 : 64, callback);
                            boolean cancel = random.nextInt(3) == 0;
                            if (cancel) {
                                ticket.cancel();
                            }
                            requests.add(new Request(ticket, callback, cancel));
                        }
                    } finally {
                        done.countDown();
                    }
                });
            }
            assertThat(done.await(30, TimeUnit.SECONDS)).isTrue();
            scrollers.shutdown();

            for (Request request : requests) {
                if (!request.cancelled()) {
                    request.callback().awaitAny();
                }
            }
            RecordingCallback.pause(Duration.ofMillis(200));
            assertThat(requests).allSatisfy(r -> {
                assertThat(r.ticket().isDone()).isTrue();
                assertThat(r.callback().calls.get()).isLessThanOrEqualTo(1);
                if (!r.cancelled()) {
                    assertThat(r.callback().calls.get()).isEqualTo(1);
                }
            });
            IconStats stats = pipeline.stats();
            assertThat(stats.queuedDownloads()).isZero();
            assertThat(stats.activeDownloads()).isZero();
            assertThat(stats.memoryBytes()).isLessThanOrEqualTo(20L * 64 * 64 * 4);
            for (int i = 0; i < 60; i++) {
                assertThat(server.requests("s" + i)).as("downloads of s" + i).isLessThanOrEqualTo(1);
            }
        }
    }
}
