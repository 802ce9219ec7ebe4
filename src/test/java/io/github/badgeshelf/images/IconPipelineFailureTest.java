package io.github.badgeshelf.images;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.badgeshelf.images.ImageIoDecoder.Icon;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IconPipelineFailureTest {

    private IconServer server;
    private IconPipeline<Icon> pipeline;

    @BeforeEach
    void start() throws Exception {
        server = new IconServer();
        pipeline = pipeline(Duration.ofMinutes(1));
    }

    @AfterEach
    void stop() {
        pipeline.close();
        server.close();
    }

    private IconPipeline<Icon> pipeline(Duration failureRetryDelay) {
        return new IconPipeline<>(IconPipelineConfig.builder()
                .requestTimeout(Duration.ofMillis(700))
                .failureRetryDelay(failureRetryDelay)
                .build(), new ImageIoDecoder());
    }

    private String failureFor(String url) {
        RecordingCallback<Icon> callback = new RecordingCallback<>();
        pipeline.request(url, 64, callback);
        return callback.awaitFailure();
    }

    @Test
    void aMissingIconIsReportedAsNotFound() {
        server.behave("missing", IconServer.Behaviour.NOT_FOUND);

        assertThat(failureFor(server.url("missing"))).isEqualTo("icon not found (HTTP 404)");
        assertThat(pipeline.stats().failures()).isEqualTo(1);
    }

    @Test
    void aBodyThatIsNotAnImageIsReportedAsSuch() {
        server.behave("page", IconServer.Behaviour.HTML);

        int length = "<html><body>Maintenance</body></html>".length();
        assertThat(failureFor(server.url("page"))).isEqualTo("not an image (the server sent " + length + " bytes, text/html)");
    }

    @Test
    void aServerThatStallsMidBodyTimesOut() {
        server.behave("stall", IconServer.Behaviour.STALL_BODY);
        long started = System.nanoTime();

        assertThat(failureFor(server.url("stall"))).contains("did not answer in time");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aServerThatNeverAnswersTimesOut() {
        server.behave("silent", IconServer.Behaviour.NO_ANSWER);

        assertThat(failureFor(server.url("silent"))).contains("did not answer in time");
    }

    @Test
    void aRefusedConnectionIsReportedAsRefused() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }

        String reason = failureFor("http://127.0.0.1:" + closedPort + "/Images/1.png");

        assertThat(reason).isEqualTo("the connection to 127.0.0.1:" + closedPort + " was refused");
    }

    @Test
    void anInvalidAddressFailsInWords() {
        assertThat(failureFor("http://127.0.0.1:1/Images/a b.png")).startsWith("not a valid icon address");
    }

    @Test
    void aRecentFailureIsAnsweredWithoutAskingAgain() {
        server.behave("missing", IconServer.Behaviour.NOT_FOUND);
        failureFor(server.url("missing"));

        assertThat(failureFor(server.url("missing"))).isEqualTo("icon not found (HTTP 404)");
        assertThat(server.requests("missing")).isEqualTo(1);
    }

    @Test
    void aFailedIconIsTriedAgainByALaterRequest() {
        pipeline.close();
        pipeline = pipeline(Duration.ZERO);
        server.behave("flaky", IconServer.Behaviour.NOT_FOUND);
        failureFor(server.url("flaky"));
        server.behave("flaky", IconServer.Behaviour.PNG);

        RecordingCallback<Icon> retry = new RecordingCallback<>();
        pipeline.request(server.url("flaky"), 64, retry);

        assertThat(retry.awaitIcon()).isEqualTo(new Icon(64, 64, 64));
        assertThat(server.requests("flaky")).isEqualTo(2);
    }

    @Test
    void aDecoderThatCrashesFailsTheIconWithoutBlockingLaterRequests() {
        java.util.concurrent.atomic.AtomicBoolean crash = new java.util.concurrent.atomic.AtomicBoolean(true);
        ImageIoDecoder working = new ImageIoDecoder();
        IconDecoder<Icon> flaky = new IconDecoder<>() {
            @Override
            public Icon decode(byte[] data, int sizePx) throws java.io.IOException {
                if (crash.getAndSet(false)) {
                    throw new IllegalStateException("toolkit not ready");
                }
                return working.decode(data, sizePx);
            }

            @Override
            public long weightBytes(Icon icon) {
                return working.weightBytes(icon);
            }
        };
        pipeline.close();
        pipeline = new IconPipeline<>(IconPipelineConfig.builder().failureRetryDelay(Duration.ZERO).build(), flaky);

        assertThat(failureFor(server.url("crash"))).isEqualTo("the icon could not be shown (IllegalStateException)");
        RecordingCallback<Icon> again = new RecordingCallback<>();
        pipeline.request(server.url("crash"), 64, again);
        assertThat(again.awaitIcon()).isEqualTo(new Icon(64, 64, 64));
    }

    @Test
    void statusesBecomePlainReasons() {
        assertThat(IconDownloader.reasonForStatus(404)).isEqualTo("icon not found (HTTP 404)");
        assertThat(IconDownloader.reasonForStatus(429)).contains("busy");
        assertThat(IconDownloader.reasonForStatus(503)).isEqualTo("the media server had a problem (HTTP 503)");
        assertThat(IconDownloader.reasonForStatus(403)).isEqualTo("the media server refused the icon (HTTP 403)");
    }
}
