package io.github.badgeshelf.images;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.badgeshelf.images.ImageIoDecoder.Icon;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Timings, not correctness: not picked up by surefire's default pattern, and skipped unless asked
 * for with {@code mvn -o -q test -Dtest=IconPipelineBenchmark -Dbadgeshelf.benchmark=true}. The loopback server speaks HTTP/1.1 and
 * delays each answer by 80 ms, so the JDK client opens one connection per concurrent download:
 * it measures the pipeline's scheduling and the concurrency limit, not HTTP/2 multiplexing.
 */
@EnabledIfSystemProperty(named = "badgeshelf.benchmark", matches = "true")
class IconPipelineBenchmark {

    private static final int FIRST_SCREEN = 96;
    private static final Duration LATENCY = Duration.ofMillis(80);

    @TempDir
    Path temp;

    @Test
    void firstScreenColdAndWarm() throws Exception {
        try (IconServer server = new IconServer()) {
            firstScreen(server, 8, null, "warm-up-", null); // class loading and JIT, not measured
            server.delay(LATENCY);
            int round = 0;
            for (int limit : new int[] {8, 32, 96, 8, 32, 96}) {
                round++;
                Path folder = temp.resolve("cache-" + round);
                java.net.http.HttpClient.Version version = round > 3
                        ? java.net.http.HttpClient.Version.HTTP_1_1 : java.net.http.HttpClient.Version.HTTP_2;
                long cold = firstScreen(server, limit, folder, "R" + round + "-", version);
                int before = server.totalRequests();
                long warm = firstScreen(server, limit, folder, "R" + round + "-", version);
                System.out.print(version + " ");
                System.out.printf("limit %3d: first %d icons cold %4d ms, warm %4d ms with %d requests%n",
                        limit, FIRST_SCREEN, cold, warm, server.totalRequests() - before);
                assertThat(server.totalRequests()).isEqualTo(before);
            }
        }
    }

    private static long firstScreen(IconServer server, int limit, Path folder, String prefix,
                                    java.net.http.HttpClient.Version version) {
        IconPipelineConfig.Builder builder = IconPipelineConfig.builder()
                .maxConcurrentDownloads(limit).diskCacheFolder(folder);
        if (version != null) {
            builder.httpClient(java.net.http.HttpClient.newBuilder().version(version).build());
        }
        IconPipelineConfig config = builder.build();
        try (IconPipeline<Icon> pipeline = new IconPipeline<>(config, new ImageIoDecoder())) {
            long started = System.nanoTime();
            List<RecordingCallback<Icon>> callbacks = new ArrayList<>();
            for (int i = 0; i < FIRST_SCREEN; i++) {
                RecordingCallback<Icon> callback = new RecordingCallback<>();
                callbacks.add(callback);
                pipeline.request(server.url(prefix + i), 64, callback);
            }
            callbacks.forEach(RecordingCallback::awaitIcon);
            if (folder != null && server.arrivals.size() >= FIRST_SCREEN) {
                List<Long> recent = server.arrivals.subList(server.arrivals.size() - FIRST_SCREEN, server.arrivals.size());
                if (recent.get(0) > started) {
                    System.out.printf("   server saw requests from +%d ms to +%d ms%n",
                            (recent.get(0) - started) / 1_000_000, (recent.get(FIRST_SCREEN - 1) - started) / 1_000_000);
                }
            }
            return Duration.ofNanos(System.nanoTime() - started).toMillis();
        }
    }
}
