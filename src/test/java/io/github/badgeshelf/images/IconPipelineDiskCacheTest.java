package io.github.badgeshelf.images;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.badgeshelf.images.ImageIoDecoder.Icon;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IconPipelineDiskCacheTest {

    @TempDir
    Path temp;
    private IconServer server;
    private final List<IconPipeline<Icon>> pipelines = new ArrayList<>();
    private final Logger cacheLogger = Logger.getLogger(DiskIconCache.class.getName());
    private final List<LogRecord> warnings = new CopyOnWriteArrayList<>();
    private final Handler warningCollector = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                warnings.add(record);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void start() throws Exception {
        server = new IconServer();
        cacheLogger.addHandler(warningCollector);
    }

    @AfterEach
    void stop() {
        cacheLogger.removeHandler(warningCollector);
        pipelines.forEach(IconPipeline::close);
        server.close();
    }

    private IconPipeline<Icon> pipelineWithCache(Path folder) {
        IconPipeline<Icon> pipeline = new IconPipeline<>(
                IconPipelineConfig.builder().diskCacheFolder(folder).build(), new ImageIoDecoder());
        pipelines.add(pipeline);
        return pipeline;
    }

    private static Icon load(IconPipeline<Icon> pipeline, String url) {
        RecordingCallback<Icon> callback = new RecordingCallback<>();
        pipeline.request(url, 64, callback);
        return callback.awaitIcon();
    }

    private static List<Path> cacheFiles(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> !f.getFileName().toString().endsWith(".tmp")).toList();
        }
    }

    @Test
    void aNewPipelineOnTheSameFolderMakesNoRequests() throws Exception {
        Path folder = temp.resolve("icons");
        IconPipeline<Icon> first = pipelineWithCache(folder);
        for (int i = 0; i < 5; i++) {
            load(first, server.url("d" + i));
        }
        first.close();
        assertThat(cacheFiles(folder)).hasSize(5);

        IconPipeline<Icon> second = pipelineWithCache(folder);
        for (int i = 0; i < 5; i++) {
            assertThat(load(second, server.url("d" + i))).isEqualTo(new Icon(64, 64, 64));
        }

        assertThat(server.totalRequests()).isEqualTo(5);
        assertThat(second.stats().networkRequests()).isZero();
        assertThat(second.stats().diskHits()).isEqualTo(5);
        assertThat(warnings).isEmpty();
    }

    @Test
    void aCorruptCacheFileIsReplacedAndTheIconStillLoads() throws Exception {
        Path folder = temp.resolve("icons");
        String url = server.url("broken");
        load(pipelineWithCache(folder), url);
        Path file = cacheFiles(folder).get(0);
        Files.writeString(file, "<html>half a file", StandardCharsets.UTF_8);

        IconPipeline<Icon> second = pipelineWithCache(folder);
        assertThat(load(second, url)).isEqualTo(new Icon(64, 64, 64));

        assertThat(second.stats().networkRequests()).isEqualTo(1);
        assertThat(ImageIO.read(new ByteArrayInputStream(Files.readAllBytes(file)))).isNotNull();
        IconPipeline<Icon> third = pipelineWithCache(folder);
        load(third, url);
        assertThat(third.stats().networkRequests()).isZero();
        assertThat(third.stats().diskHits()).isEqualTo(1);
    }

    @Test
    void anEmptyCacheFileCountsAsMissing() throws Exception {
        Path folder = temp.resolve("icons");
        String url = server.url("empty");
        Files.createDirectories(folder);
        Files.write(new DiskIconCache(folder).fileFor(url), new byte[0]);

        load(pipelineWithCache(folder), url);

        assertThat(server.requests("empty")).isEqualTo(1);
    }

    @Test
    void aReadOnlyCacheFolderStillLoadsIcons() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("readonly"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            IconPipeline<Icon> pipeline = pipelineWithCache(folder);
            for (int i = 0; i < 3; i++) {
                assertThat(load(pipeline, server.url("ro" + i))).isEqualTo(new Icon(64, 64, 64));
            }
            // Where the folder really is read-only (not for root) this warns, and only once.
            assertThat(warnings).hasSizeLessThanOrEqualTo(1);
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aCacheFolderThatCannotBeCreatedLeavesThePipelineWorkingAndWarnsOnce() throws Exception {
        Path inTheWay = Files.writeString(temp.resolve("a-file"), "not a folder");
        IconPipeline<Icon> pipeline = pipelineWithCache(inTheWay.resolve("icons"));

        for (int i = 0; i < 3; i++) {
            assertThat(load(pipeline, server.url("nf" + i))).isEqualTo(new Icon(64, 64, 64));
        }

        assertThat(warnings).hasSize(1);
        assertThat(warnings.get(0).getMessage()).contains("cannot be created");
        assertThat(pipeline.stats().networkRequests()).isEqualTo(3);
    }

    @Test
    void aNonImageIsNotWrittenToTheCache() throws Exception {
        Path folder = temp.resolve("icons");
        server.behave("html", IconServer.Behaviour.HTML);
        IconPipeline<Icon> pipeline = pipelineWithCache(folder);
        RecordingCallback<Icon> callback = new RecordingCallback<>();

        pipeline.request(server.url("html"), 64, callback);

        assertThat(callback.awaitFailure()).startsWith("not an image");
        assertThat(Files.exists(new DiskIconCache(folder).fileFor(server.url("html")))).isFalse();
    }
}
