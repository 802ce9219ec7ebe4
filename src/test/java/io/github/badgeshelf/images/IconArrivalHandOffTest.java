package io.github.badgeshelf.images;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.badgeshelf.images.ImageIoDecoder.Icon;
import io.github.badgeshelf.testsupport.RecordingHttpClient;
import java.net.http.HttpClient;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 24: an icon's answer reaches the pipeline on the HTTP client's own threads, so the slot
 * it held is free and the next request leaves there, without the hand-offs of the future
 * {@code sendAsync} returns (the client's executor, then CompletableFuture's default pool: a new
 * thread for every answer on a machine of two cores). Checked by the thread that sends the
 * request queued behind a full host: it is the one that handled the previous answer.
 */
class IconArrivalHandOffTest {

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

    @Test
    void theNextRequestLeavesOnTheHttpClientsThreadThatHadThePreviousAnswer() {
        Map<String, String> sentOn = new ConcurrentHashMap<>();
        // The JDK names the threads of a client built without an executor "HttpClient-<n>-Worker-<m>"
        // and its selector "HttpClient-<n>-SelectorManager".
        HttpClient client = new RecordingHttpClient(HttpClient.newHttpClient(),
                url -> sentOn.put(url, Thread.currentThread().getName()), (url, status) -> { });
        pipeline = new IconPipeline<>(IconPipelineConfig.builder().httpClient(client)
                .maxConcurrentDownloads(1).build(), new ImageIoDecoder());
        List<String> urls = List.of(server.url("one"), server.url("two"), server.url("three"));
        List<RecordingCallback<Icon>> callbacks = urls.stream().map(url -> {
            RecordingCallback<Icon> callback = new RecordingCallback<>();
            pipeline.request(url, 64, callback);
            return callback;
        }).toList();
        callbacks.forEach(RecordingCallback::awaitIcon);

        assertThat(server.maxConcurrent.get()).isEqualTo(1);
        assertThat(sentOn.get(urls.get(0))).isEqualTo(Thread.currentThread().getName());
        // The second and third waited for a slot: they left from the thread that freed it.
        assertThat(List.of(sentOn.get(urls.get(1)), sentOn.get(urls.get(2))))
                .allSatisfy(thread -> assertThat(thread).startsWith("HttpClient-"));
    }

    @Test
    void theNextRequestReusesAConnectionSoHttp1StaysAtSixConnections() {
        server.delay(java.time.Duration.ofMillis(20));
        pipeline = new IconPipeline<>(IconPipelineConfig.builder().maxConcurrentDownloads(64).build(), new ImageIoDecoder());
        List<RecordingCallback<Icon>> callbacks = new java.util.ArrayList<>();
        for (int i = 0; i < 30; i++) {
            RecordingCallback<Icon> callback = new RecordingCallback<>();
            callbacks.add(callback);
            pipeline.request(server.url("wave" + i), 64, callback);
        }
        callbacks.forEach(RecordingCallback::awaitIcon);

        // The slot is freed in the body's last callback, after the JDK put the connection back in
        // its pool: the next request takes that connection instead of opening a seventh.
        assertThat(server.totalRequests()).isEqualTo(30);
        assertThat(server.clientPorts).hasSizeBetween(2, IconPipelineConfig.DEFAULT_HTTP1_CONNECTIONS_PER_HOST);
    }

    @Test
    void theMediaHostsClientWorksOnAFewThreadsOfItsOwn() {
        pipeline = new IconPipeline<>(IconPipelineConfig.builder().build(), new ImageIoDecoder());
        List<RecordingCallback<Icon>> callbacks = new java.util.ArrayList<>();
        for (int i = 0; i < 24; i++) {
            RecordingCallback<Icon> callback = new RecordingCallback<>();
            callbacks.add(callback);
            pipeline.request(server.url("many" + i), 64, callback);
        }
        callbacks.forEach(RecordingCallback::awaitIcon);

        long own = Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().startsWith(pipeline.hosts().clientThreadPrefix)).count();
        // Not the JDK's default cached pool, which starts threads as requests leave in a burst.
        assertThat(own).isBetween(1L, (long) MediaHosts.CLIENT_THREADS);
    }

    @Test
    void aStalledBodyStillEndsInPlainWordsAndFreesItsSlot() {
        server.behave("stall", IconServer.Behaviour.STALL_BODY);
        pipeline = new IconPipeline<>(IconPipelineConfig.builder().maxConcurrentDownloads(1)
                .requestTimeout(java.time.Duration.ofMillis(700)).build(), new ImageIoDecoder());
        RecordingCallback<Icon> stalled = new RecordingCallback<>();
        RecordingCallback<Icon> next = new RecordingCallback<>();
        pipeline.request(server.url("stall"), 64, stalled);
        pipeline.request(server.url("next"), 64, next);

        assertThat(stalled.awaitFailure()).startsWith("the media server 127.0.0.1:").endsWith(" did not answer in time");
        next.awaitIcon();
    }
}
