package io.github.badgeshelf.images;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.badgeshelf.api.Version;
import io.github.badgeshelf.images.ImageIoDecoder.Icon;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IconPipelineLoadingTest {

    private IconServer server;
    private final ImageIoDecoder decoder = new ImageIoDecoder();
    private final List<IconPipeline<Icon>> pipelines = new ArrayList<>();

    @BeforeEach
    void startServer() throws Exception {
        server = new IconServer();
    }

    @AfterEach
    void stop() {
        pipelines.forEach(IconPipeline::close);
        server.close();
    }

    private IconPipeline<Icon> pipeline(IconPipelineConfig config) {
        IconPipeline<Icon> pipeline = new IconPipeline<>(config, decoder);
        pipelines.add(pipeline);
        return pipeline;
    }

    private IconPipeline<Icon> pipeline() {
        return pipeline(IconPipelineConfig.builder().build());
    }

    @Test
    void loadsAnIconAtTheRequestedSizeAndSendsTheUserAgent() {
        IconPipeline<Icon> pipeline = pipeline();
        RecordingCallback<Icon> callback = new RecordingCallback<>();

        IconTicket ticket = pipeline.request(server.url("024519"), 48, callback);

        Icon icon = callback.awaitIcon();
        assertThat(icon).isEqualTo(new Icon(64, 64, 48));
        assertThat(ticket.isDone()).isTrue();
        assertThat(server.userAgents).containsExactly(Version.userAgent());
        assertThat(pipeline.stats().networkRequests()).isEqualTo(1);
    }

    @Test
    void fiftyCallersAskingAtOnceCauseOneDownloadAndAllAreServed() throws Exception {
        server.delay(Duration.ofMillis(300));
        IconPipeline<Icon> pipeline = pipeline();
        String url = server.url("shared");
        int callers = 50;
        List<RecordingCallback<Icon>> callbacks = new ArrayList<>();
        for (int i = 0; i < callers; i++) {
            callbacks.add(new RecordingCallback<>());
        }
        CyclicBarrier start = new CyclicBarrier(callers);
        ExecutorService threads = Executors.newFixedThreadPool(callers);
        try {
            for (int i = 0; i < callers; i++) {
                int n = i;
                // Two sizes of the same icon still share the one download.
                threads.submit(() -> {
                    start.await();
                    return pipeline.request(url, n % 2 == 0 ? 32 : 64, callbacks.get(n));
                });
            }
            for (int i = 0; i < callers; i++) {
                assertThat(callbacks.get(i).awaitIcon().sizePx()).isEqualTo(i % 2 == 0 ? 32 : 64);
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(server.requests("shared")).isEqualTo(1);
        assertThat(pipeline.stats().networkRequests()).isEqualTo(1);
        assertThat(callbacks).allSatisfy(c -> assertThat(c.calls.get()).isEqualTo(1));
    }

    @Test
    void aMemoryHitNeedsNoIoAndAnswersAtOnce() throws Exception {
        IconPipeline<Icon> pipeline = pipeline();
        String url = server.url("m1");
        RecordingCallback<Icon> first = new RecordingCallback<>();
        pipeline.request(url, 64, first);
        Icon loaded = first.awaitIcon();
        server.close(); // any I/O from here on would fail

        Optional<Icon> cached = pipeline.cached(url, 64);
        RecordingCallback<Icon> second = new RecordingCallback<>();
        pipeline.request(url, 64, second);

        assertThat(cached).containsSame(loaded);
        assertThat(second.awaitIcon()).isSameAs(loaded);
        assertThat(pipeline.cached(url, 32)).as("another size is another entry").isEmpty();
        IconStats stats = pipeline.stats();
        assertThat(stats.networkRequests()).isEqualTo(1);
        assertThat(stats.memoryHits()).isEqualTo(2);
        assertThat(stats.failures()).isZero();
    }

    @Test
    void decodingAndCallbacksHappenOnPipelineThreads() {
        IconPipeline<Icon> pipeline = pipeline();
        RecordingCallback<Icon> callback = new RecordingCallback<>();
        pipeline.request(server.url("t1"), 64, callback);
        callback.awaitIcon();
        RecordingCallback<Icon> hit = new RecordingCallback<>();
        pipeline.request(server.url("t1"), 64, hit);
        hit.awaitIcon();

        String caller = Thread.currentThread().getName();
        assertThat(decoder.threads).isNotEmpty().doesNotContain(caller).allMatch(t -> t.startsWith("badge-icons"));
        assertThat(callback.thread).startsWith("badge-icons");
        assertThat(hit.thread).startsWith("badge-icons");
    }

    @Test
    void theMemoryCacheStaysWithinItsBudget() {
        long oneIcon = 64L * 64 * 4;
        IconPipeline<Icon> pipeline = pipeline(IconPipelineConfig.builder().memoryBudgetBytes(10 * oneIcon).build());

        for (int i = 0; i < 40; i++) {
            RecordingCallback<Icon> callback = new RecordingCallback<>();
            pipeline.request(server.url("b" + i), 64, callback);
            callback.awaitIcon();
            assertThat(pipeline.stats().memoryBytes()).isLessThanOrEqualTo(10 * oneIcon);
        }

        assertThat(pipeline.stats().memoryEntries()).isEqualTo(10);
        assertThat(pipeline.cached(server.url("b39"), 64)).isPresent();
        assertThat(pipeline.cached(server.url("b0"), 64)).as("the least recently used went first").isEmpty();
    }

    @Test
    void noMoreDownloadsRunAtOnceThanTheLimit() {
        server.delay(Duration.ofMillis(150));
        IconPipeline<Icon> pipeline = pipeline(IconPipelineConfig.builder().maxConcurrentDownloads(3).build());
        List<RecordingCallback<Icon>> callbacks = new ArrayList<>();

        for (int i = 0; i < 20; i++) {
            RecordingCallback<Icon> callback = new RecordingCallback<>();
            callbacks.add(callback);
            pipeline.request(server.url("c" + i), 64, callback);
        }
        callbacks.forEach(RecordingCallback::awaitIcon);

        assertThat(server.totalRequests()).isEqualTo(20);
        assertThat(server.maxConcurrent.get()).isLessThanOrEqualTo(3).isGreaterThan(1);
    }

    @Test
    void theNewestRequestsAreDownloadedFirst() throws Exception {
        server.hold();
        IconPipeline<Icon> pipeline = pipeline(IconPipelineConfig.builder().maxConcurrentDownloads(1).build());
        RecordingCallback<Icon> blocker = new RecordingCallback<>();
        pipeline.request(server.url("first"), 64, blocker);
        server.awaitRequests(1);
        List<RecordingCallback<Icon>> callbacks = new ArrayList<>();
        for (String name : List.of("a", "b", "c")) {
            RecordingCallback<Icon> callback = new RecordingCallback<>();
            callbacks.add(callback);
            pipeline.request(server.url(name), 64, callback);
        }
        // Asking again for "a" brings it back to the front.
        RecordingCallback<Icon> again = new RecordingCallback<>();
        pipeline.request(server.url("a"), 64, again);
        assertThat(pipeline.stats().queuedDownloads()).isEqualTo(3);

        server.release();
        blocker.awaitIcon();
        callbacks.forEach(RecordingCallback::awaitIcon);
        again.awaitIcon();

        assertThat(server.requestOrder).containsExactly(
                "/Images/first.png", "/Images/a.png", "/Images/c.png", "/Images/b.png");
    }

    @Test
    void afterCloseNothingIsCalledBack() throws Exception {
        server.hold();
        IconPipeline<Icon> pipeline = pipeline();
        RecordingCallback<Icon> inFlight = new RecordingCallback<>();
        IconTicket ticket = pipeline.request(server.url("x"), 64, inFlight);
        server.awaitRequests(1);

        pipeline.close();
        server.release();
        RecordingCallback<Icon> late = new RecordingCallback<>();
        IconTicket lateTicket = pipeline.request(server.url("y"), 64, late);
        RecordingCallback.pause(Duration.ofMillis(300));

        assertThat(ticket.isDone()).isTrue();
        assertThat(lateTicket.isDone()).isTrue();
        assertThat(inFlight.called()).isFalse();
        assertThat(late.called()).isFalse();
        assertThat(server.requests("y")).isZero();
    }

    @Test
    void refusesNonsenseArguments() {
        IconPipeline<Icon> pipeline = pipeline();
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> pipeline.request(server.url("x"), 0, new RecordingCallback<>()));
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> IconPipelineConfig.builder().maxConcurrentDownloads(-1).build());
        assertThat(pipeline.cached(null, 64)).isEmpty();
    }

    @Test
    void defaultsAreTheDocumentedOnes() {
        IconPipelineConfig config = IconPipelineConfig.builder().build();
        assertThat(config.maxConcurrentDownloads()).isEqualTo(8);
        assertThat(config.memoryBudgetBytes()).isEqualTo(64L * 1024 * 1024);
        assertThat(config.diskCacheFolder()).isNull();
        assertThat(config.userAgent()).isEqualTo(Version.userAgent());
        assertThat(TimeUnit.NANOSECONDS.toSeconds(config.requestTimeout().toNanos())).isPositive();
    }
}
