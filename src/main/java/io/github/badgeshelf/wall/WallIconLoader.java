package io.github.badgeshelf.wall;

import io.github.badgeshelf.images.BufferedImageDecoder;
import io.github.badgeshelf.images.IconCallback;
import io.github.badgeshelf.images.IconPipeline;
import io.github.badgeshelf.images.IconPipelineConfig;
import io.github.badgeshelf.images.IconTicket;
import io.github.badgeshelf.images.MediaHosts;
import io.github.badgeshelf.model.Award;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * Gathers the icons a wall needs through the icon pipeline (so its memory and disk caches serve
 * a second wall of the same shelf without a download), waiting for all of them, reporting
 * progress, and giving up at once when cancelled. An icon that cannot be had is a failure in
 * words, not an error: the wall draws a placeholder for it.
 */
public final class WallIconLoader {
    public static final int ICON_PX = 64;
    public static final int AVATAR_PX = WallLayout.AVATAR;

    /** Told how many of the icons have arrived (or failed) so far; called on pipeline threads. */
    @FunctionalInterface
    public interface Progress {
        void update(int done, int total);
    }

    private final IconPipeline<BufferedImage> pipeline;

    public WallIconLoader(IconPipeline<BufferedImage> pipeline) {
        this.pipeline = pipeline;
    }

    /**
     * A pipeline for walls: AWT images, the app's disk cache folder, downloads shared over one
     * HTTP/2 connection. The window and the command line both use this.
     *
     * @param iconsDir       the disk cache folder (the window's icon cache), or null for none
     * @param requestTimeout how long one download may take, or null for the pipeline's default
     */
    public static IconPipeline<BufferedImage> pipeline(Path iconsDir, Duration requestTimeout, String userAgent) {
        IconPipelineConfig config = config(iconsDir, requestTimeout, userAgent);
        return new IconPipeline<>(config, new BufferedImageDecoder());
    }

    /**
     * A pipeline for walls that downloads through the window's media hosts: its downloads count
     * against the same per-host limit as the window's tiles and pause with them when the host says
     * "busy"; only the decoding (AWT images here, JavaFX ones there) and the memory cache differ.
     */
    public static IconPipeline<BufferedImage> pipeline(Path iconsDir, Duration requestTimeout, String userAgent,
                                                       MediaHosts hosts) {
        return new IconPipeline<>(config(iconsDir, requestTimeout, userAgent), new BufferedImageDecoder(), hosts);
    }

    private static IconPipelineConfig config(Path iconsDir, Duration requestTimeout, String userAgent) {
        return IconPipelineConfig.builder()
                .diskCacheFolder(iconsDir)
                .requestTimeout(requestTimeout)
                .userAgent(userAgent)
                .maxConcurrentDownloads(64)
                // The loader keeps what a wall needs itself; the cache is for walls drawn again.
                .memoryBudgetBytes(32L * 1024 * 1024)
                .build();
    }

    /**
     * Loads the icons of {@code awards} and the avatar, waiting until each has arrived or failed.
     *
     * @param cancelled polled while waiting; when it turns true, outstanding requests are withdrawn
     * @throws CancellationException when cancelled
     * @throws InterruptedException  when the waiting thread is interrupted (requests are withdrawn too)
     */
    public WallIcons load(List<Award> awards, String avatarUrl, Progress progress, BooleanSupplier cancelled)
            throws InterruptedException {
        Set<String> urls = new LinkedHashSet<>();
        for (Award award : awards) {
            if (award.iconUrl() != null) {
                urls.add(award.iconUrl());
            }
        }
        int total = urls.size() + (avatarUrl == null ? 0 : 1);
        Map<String, BufferedImage> images = new ConcurrentHashMap<>();
        Map<String, String> failures = new ConcurrentHashMap<>();
        CountDownLatch remaining = new CountDownLatch(total);
        AtomicInteger done = new AtomicInteger();
        List<IconTicket> tickets = new ArrayList<>(total);
        progress.update(0, total);
        // The grid's pipeline serves newest requests first; asking in reverse makes the top of the wall come first.
        List<String> ordered = new ArrayList<>(urls);
        java.util.Collections.reverse(ordered);
        try {
            for (String url : ordered) {
                tickets.add(request(url, ICON_PX, images, failures, remaining, done, total, progress));
            }
            if (avatarUrl != null) {
                tickets.add(request(avatarUrl, AVATAR_PX, images, failures, remaining, done, total, progress));
            }
            while (!remaining.await(50, TimeUnit.MILLISECONDS)) {
                if (cancelled.getAsBoolean()) {
                    throw new CancellationException("cancelled");
                }
            }
        } finally {
            if (remaining.getCount() > 0) {
                tickets.forEach(IconTicket::cancel);
            }
        }
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("cancelled");
        }
        return new WallIcons(images, failures);
    }

    private IconTicket request(String url, int sizePx, Map<String, BufferedImage> images, Map<String, String> failures,
                               CountDownLatch remaining, AtomicInteger done, int total, Progress progress) {
        return pipeline.request(url, sizePx, new IconCallback<>() {
            @Override
            public void loaded(BufferedImage icon) {
                images.put(url, icon);
                finished();
            }

            @Override
            public void failed(String plainReason) {
                failures.put(url, plainReason);
                finished();
            }

            private void finished() {
                progress.update(done.incrementAndGet(), total);
                remaining.countDown();
            }
        });
    }
}
