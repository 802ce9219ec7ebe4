package io.github.badgeshelf.ui.images;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.github.badgeshelf.images.IconCallback;
import io.github.badgeshelf.images.IconPipeline;
import io.github.badgeshelf.images.IconPipelineConfig;
import io.github.badgeshelf.images.IconStats;
import io.github.badgeshelf.images.TestPngs;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.image.Image;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Heap after a 6,000-award shelf is scrolled top to bottom through real JavaFX Images at the
 * default memory budget. Run on purpose:
 * {@code mvn -o -q test -Dtest=FxIconHeapBenchmark -Dbadgeshelf.benchmark=true}.
 */
@EnabledIfSystemProperty(named = "badgeshelf.benchmark", matches = "true")
class FxIconHeapBenchmark {

    private static final int AWARDS = 6_000;
    private static final int SCREEN = 96;

    @TempDir
    Path folder;

    @Test
    void heapAfterScrollingSixThousandIcons() throws Exception {
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyStarted) {
            // fine
        }
        byte[] png = TestPngs.png("heap", 64); // real host icons are ~5-10 KB 64x64 PNGs too
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 200);
        ExecutorService handlers = Executors.newFixedThreadPool(16);
        server.setExecutor(handlers);
        server.createContext("/", exchange -> {
            exchange.sendResponseHeaders(200, png.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(png);
            }
        });
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/Images/";
        IconPipelineConfig config = IconPipelineConfig.builder()
                .maxConcurrentDownloads(32).diskCacheFolder(folder).build();
        long started = System.nanoTime();
        try (IconPipeline<Image> pipeline = new IconPipeline<>(config, new FxImageDecoder())) {
            for (int first = 0; first < AWARDS; first += SCREEN) {
                int count = Math.min(SCREEN, AWARDS - first);
                CountDownLatch screen = new CountDownLatch(count);
                for (int i = first; i < first + count; i++) {
                    pipeline.request(base + String.format("%06d.png", i), 64, new IconCallback<>() {
                        @Override
                        public void loaded(Image icon) {
                            screen.countDown();
                        }

                        @Override
                        public void failed(String plainReason) {
                            screen.countDown();
                        }
                    });
                }
                assertThat(screen.await(30, TimeUnit.SECONDS)).isTrue();
            }
            long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
            for (int i = 0; i < 3; i++) {
                System.gc();
                Thread.sleep(200);
            }
            Runtime runtime = Runtime.getRuntime();
            long usedMb = (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024);
            IconStats stats = pipeline.stats();
            System.out.printf("%d icons in %d s; heap used after GC %d MB; memory cache %d MB in %d icons; %s%n",
                    AWARDS, seconds, usedMb, stats.memoryBytes() / (1024 * 1024), stats.memoryEntries(), stats);
            assertThat(usedMb).isLessThanOrEqualTo(256);
        } finally {
            server.stop(0);
            handlers.shutdownNow();
        }
    }
}
