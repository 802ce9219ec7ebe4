package io.github.badgeshelf.images;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.badgeshelf.images.ImageIoDecoder.Icon;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the media host sees: per-host limits, visible tiles first, and a pipeline that slows down when asked. */
class IconPipelinePolitenessTest {

    private IconServer server;
    private IconPipeline<Icon> pipeline;

    @BeforeEach
    void start() throws Exception {
        server = new IconServer();
    }

    @AfterEach
    void stop() {
        if (pipeline != null) {
            pipeline.close();
        }
        server.close();
    }

    private IconPipeline<Icon> pipeline(IconPipelineConfig.Builder config) {
        pipeline = new IconPipeline<>(config.build(), new ImageIoDecoder());
        return pipeline;
    }

    @Test
    void overHttp1NoMoreConnectionsThanABrowserOpens() {
        server.delay(Duration.ofMillis(100));
        pipeline(IconPipelineConfig.builder().maxConcurrentDownloads(64));
        List<RecordingCallback<Icon>> callbacks = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            RecordingCallback<Icon> callback = new RecordingCallback<>();
            callbacks.add(callback);
            pipeline.request(server.url("h" + i), 64, callback);
        }
        callbacks.forEach(RecordingCallback::awaitIcon);

        assertThat(server.maxConcurrent.get()).isLessThanOrEqualTo(IconPipelineConfig.DEFAULT_HTTP1_CONNECTIONS_PER_HOST)
                .isGreaterThan(1);
    }

    @Test
    void visibleTilesGoBeforeReadAhead() throws Exception {
        pipeline(IconPipelineConfig.builder().maxConcurrentDownloads(1));
        server.hold();
        RecordingCallback<Icon> blocker = new RecordingCallback<>();
        pipeline.request(server.url("first"), 64, blocker);
        server.awaitRequests(1);
        List<RecordingCallback<Icon>> callbacks = new ArrayList<>();
        for (String name : List.of("ahead1", "ahead2")) {
            RecordingCallback<Icon> callback = new RecordingCallback<>();
            callbacks.add(callback);
            pipeline.request(server.url(name), 64, IconPriority.READ_AHEAD, callback);
        }
        RecordingCallback<Icon> visible = new RecordingCallback<>();
        pipeline.request(server.url("visible"), 64, IconPriority.VISIBLE, visible);
        // A read-ahead icon that scrolls into view becomes visible work.
        RecordingCallback<Icon> nowVisible = new RecordingCallback<>();
        pipeline.request(server.url("ahead1"), 64, IconPriority.VISIBLE, nowVisible);

        server.release();
        callbacks.forEach(RecordingCallback::awaitIcon);
        visible.awaitIcon();
        nowVisible.awaitIcon();

        assertThat(server.requestOrder).containsExactly(
                "/Images/first.png", "/Images/ahead1.png", "/Images/visible.png", "/Images/ahead2.png");
    }

    @Test
    void a429WithRetryAfterPausesTheHostThatLongThenTheIconArrives() {
        server.busyNext(1, 429, "1");
        pipeline(IconPipelineConfig.builder().maxConcurrentDownloads(1));
        RecordingCallback<Icon> callback = new RecordingCallback<>();
        pipeline.request(server.url("slow"), 64, callback);
        RecordingCallback<Icon> other = new RecordingCallback<>();
        pipeline.request(server.url("queued"), 64, other);

        callback.awaitIcon();
        other.awaitIcon();

        assertThat(server.requestOrder).hasSize(3);
        long pause = TimeUnit.NANOSECONDS.toMillis(server.arrivals.get(1) - server.arrivals.get(0));
        assertThat(pause).as("ms between the 429 and the next request").isGreaterThanOrEqualTo(950);
        assertThat(pipeline.stats().busyAnswers()).isEqualTo(1);
    }

    @Test
    void a503WithoutRetryAfterBacksOffLongerEachTime() {
        server.busyNext(2, 503, null);
        pipeline(IconPipelineConfig.builder().backoff(Duration.ofMillis(300), Duration.ofSeconds(5)));
        RecordingCallback<Icon> callback = new RecordingCallback<>();
        pipeline.request(server.url("flaky"), 64, callback);

        callback.awaitIcon();

        assertThat(server.requests("flaky")).isEqualTo(3);
        long first = TimeUnit.NANOSECONDS.toMillis(server.arrivals.get(1) - server.arrivals.get(0));
        long second = TimeUnit.NANOSECONDS.toMillis(server.arrivals.get(2) - server.arrivals.get(1));
        assertThat(first).isGreaterThanOrEqualTo(290);
        assertThat(second).as("the second pause doubles").isGreaterThanOrEqualTo(590);
    }

    @Test
    void aBusyHostRunsFewerDownloadsAtOnce() throws Exception {
        server.delay(Duration.ofMillis(50));
        pipeline(IconPipelineConfig.builder().maxConcurrentDownloads(64).backoff(Duration.ofMillis(200), Duration.ofSeconds(2)));
        // Six at once over HTTP/1.1; all six answer 429.
        server.busyNext(6, 429, null);
        List<RecordingCallback<Icon>> callbacks = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            RecordingCallback<Icon> callback = new RecordingCallback<>();
            callbacks.add(callback);
            pipeline.request(server.url("t" + i), 64, callback);
        }
        server.awaitRequests(6);
        long busySince = System.nanoTime();
        callbacks.forEach(RecordingCallback::awaitIcon);

        assertThat(server.arrivals.get(6) - busySince).as("nothing sent during the pause")
                .isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(150));
        // After the pause one download at a time (each takes 50 ms), growing by one per success.
        assertThat(TimeUnit.NANOSECONDS.toMillis(server.arrivals.get(7) - server.arrivals.get(6)))
                .as("ms between the first two requests after the pause").isGreaterThanOrEqualTo(45);
    }

    @Test
    void anIconIsUnavailableOnlyAfterTheRetryBudget() {
        server.busyNext(3, 429, "0");
        pipeline(IconPipelineConfig.builder().retryBudget(3).backoff(Duration.ofMillis(50), Duration.ofMillis(200)));
        RecordingCallback<Icon> callback = new RecordingCallback<>();
        pipeline.request(server.url("never"), 64, callback);

        String reason = callback.awaitFailure();

        assertThat(reason).contains("busy").contains("429");
        assertThat(server.requests("never")).isEqualTo(3);
    }
}
