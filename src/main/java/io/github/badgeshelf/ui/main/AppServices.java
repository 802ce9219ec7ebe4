package io.github.badgeshelf.ui.main;

import io.github.badgeshelf.api.ApiConfig;
import io.github.badgeshelf.api.Version;
import io.github.badgeshelf.credentials.CredentialStore;
import io.github.badgeshelf.credentials.LazyCredentialStore;
import io.github.badgeshelf.files.TempLeftovers;
import io.github.badgeshelf.files.UnkeptWrites;
import io.github.badgeshelf.game.GameKey;
import io.github.badgeshelf.game.GamePage;
import io.github.badgeshelf.game.GamePageCache;
import io.github.badgeshelf.game.GamePageLoader;
import io.github.badgeshelf.images.IconPipeline;
import io.github.badgeshelf.images.IconPipelineConfig;
import io.github.badgeshelf.lastlooked.LastLookedStore;
import io.github.badgeshelf.lastlooked.ShelfLooks;
import io.github.badgeshelf.lastlooked.Viewer;
import io.github.badgeshelf.model.Shelf;
import io.github.badgeshelf.settings.AppHome;
import io.github.badgeshelf.settings.Settings;
import io.github.badgeshelf.settings.SettingsStore;
import io.github.badgeshelf.shelf.OfflineAwareSource;
import io.github.badgeshelf.shelf.ShelfCache;
import io.github.badgeshelf.shelf.ShelfLoader;
import io.github.badgeshelf.shelf.Source;
import io.github.badgeshelf.ui.common.FxTaskExecutor;
import io.github.badgeshelf.ui.common.TaskExecutor;
import io.github.badgeshelf.ui.i18n.Messages;
import io.github.badgeshelf.ui.images.FxImageDecoder;
import io.github.badgeshelf.ui.shelf.BadgeIcons;
import io.github.badgeshelf.ui.shelf.PipelineBadgeIcons;
import io.github.badgeshelf.wall.WallIconLoader;
import javafx.scene.image.Image;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Everything the window needs from outside itself, built once from the environment: where
 * things are kept, the server's address, the icon pipeline, the background executor.
 */
public final class AppServices implements AppModel.Services, AutoCloseable {
    private static final Logger LOG = Logger.getLogger(AppServices.class.getName());
    /** Tiles show icons at 64 logical pixels; decoding at the screen's scale keeps them sharp on HiDPI. */
    public static final int TILE_ICON_PX = 64;

    private final AppHome home;
    private final ApiConfig apiConfig;
    private final String configProblem;
    private final SettingsStore settingsStore;
    private final SettingsStore.LoadResult loadedSettings;
    private final CredentialStore credentials;
    private final FxTaskExecutor executor = new FxTaskExecutor();
    private final IconPipeline<Image> pipeline;
    private final BadgeIcons icons;
    private final ShelfCache shelfCache;
    private final GamePageCache gamePageCache;
    /** When each viewer last looked at each shelf; read once here, written on the disk writer. */
    private final LastLookedStore lastLooked;
    /** The wall image's own pipeline (AWT images, same disk cache), made on first "Save image". */
    private final Duration iconTimeout;
    private IconPipeline<BufferedImage> wallPipeline;
    /** Settings and offline shelf copies are written here, in order, off the FX thread and off the search's path. */
    private final ExecutorService diskWriter = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "badgeshelf-disk-writer");
        t.setDaemon(true);
        return t;
    });
    private volatile Settings settings;
    /** Settings, copies and looks that could not be written in the home folder: said once (issue 21). */
    private final UnkeptWrites unkept;

    private AppServices(Map<String, String> env, double outputScale, Supplier<BadgeIcons> otherIcons) {
        home = AppHome.fromEnvironment(env);
        unkept = new UnkeptWrites(home.root());
        ApiConfig config = null;
        String problem = null;
        try {
            config = ApiConfig.fromEnvironment(env);
        } catch (IllegalArgumentException e) {
            problem = e.getMessage();
        }
        apiConfig = config;
        configProblem = problem;
        settingsStore = new SettingsStore(home.settingsFile());
        SettingsStore.LoadResult loaded = settingsStore.load();
        settings = loaded.settings();
        loadedSettings = loaded;
        credentials = new LazyCredentialStore(home, env);
        iconTimeout = config == null || env.get(ApiConfig.ENV_TIMEOUT_SECONDS) == null ? null : config.requestTimeout();
        int iconPx = (int) Math.round(TILE_ICON_PX * Math.max(1, outputScale));
        pipeline = new IconPipeline<>(IconPipelineConfig.builder()
                .diskCacheFolder(home.iconsDir())
                // A timeout set for the API applies to icons too; otherwise the pipeline keeps its own.
                .requestTimeout(config == null || env.get(ApiConfig.ENV_TIMEOUT_SECONDS) == null
                        ? null : config.requestTimeout())
                .userAgent(Version.userAgent())
                // Over HTTP/2 these share one connection; a screenful of tiles then arrives in about one round trip.
                .maxConcurrentDownloads(64)
                // 48 MB holds about 3,000 decoded 64 px icons, many screens' worth; the heap target
                // for a 6,000-award shelf is 256 MB, and visible tiles keep their own icons anyway.
                // Software rendering keeps a texture as big beside every painted icon, so up to
                // twice this (bench/RESULTS.md, issue 24).
                .memoryBudgetBytes(48L * 1024 * 1024)
                .build(), new FxImageDecoder());
        icons = otherIcons != null ? otherIcons.get() : new PipelineBadgeIcons(pipeline, executor, iconPx);
        shelfCache = new ShelfCache(home.shelvesDir(), unkept);
        gamePageCache = new GamePageCache(home.gamesDir(), unkept);
        lastLooked = LastLookedStore.open(home.root().resolve(LastLookedStore.FILE_NAME));
        sweepLeftovers();
    }

    /**
     * What a killed write left in the folders this app writes (issue 21): swept once at start, off
     * the FX thread. Folders written later in this run are swept by their first write.
     */
    private void sweepLeftovers() {
        List<Path> folders = new ArrayList<>(List.of(
                home.root(), home.shelvesDir(), home.gamesDir(), home.credentialsFile().toAbsolutePath().getParent()));
        ExportFolder.usable(settings.lastExportFolder()).ifPresent(folders::add);
        try {
            diskWriter.submit(() -> folders.forEach(TempLeftovers::removeOnceFrom));
        } catch (RejectedExecutionException e) {
            LOG.log(Level.FINE, "No sweep of leftovers", e);
        }
    }

    public static AppServices create(Map<String, String> env, double outputScale) {
        return new AppServices(env, outputScale, null);
    }

    /**
     * As {@link #create(Map, double)}, but the window's icons come from {@code icons} instead of
     * the pipeline: the benchmark's hook for comparing against the plain JavaFX way.
     */
    public static AppServices create(Map<String, String> env, double outputScale, Supplier<BadgeIcons> icons) {
        return new AppServices(env, outputScale, icons);
    }

    @Override
    public Optional<ApiConfig> apiConfig() {
        return Optional.ofNullable(apiConfig);
    }

    /** Why the server setting cannot be used, as {@code ApiConfig} says it (the window words it with {@code error.config}). */
    @Override
    public Optional<String> configProblem() {
        return Optional.ofNullable(configProblem);
    }

    /** Why the settings had to be reset this start, in the window's language. */
    @Override
    public Optional<String> startupWarning() {
        return loadedSettings.problem().map(problem -> switch (problem) {
            case UNREADABLE -> Messages.get("error.settings.unreadable");
            case DAMAGED -> loadedSettings.keptAs().map(name -> Messages.format("error.settings.damaged.keptAs", name))
                    .orElse(Messages.get("error.settings.damaged"));
        });
    }

    /** Looks are noted in the file under the BadgeShelf folder, saved in order with the settings. */
    @Override
    public ShelfLooks shelfLooks(Viewer viewer) {
        return new ShelfLooks(lastLooked, viewer, diskWriter, unkept);
    }

    @Override
    public Optional<String> lastLookedWarning() {
        return lastLooked.problem().map(problem -> switch (problem) {
            case UNREADABLE -> Messages.get("error.lastLooked.unreadable");
            case DAMAGED -> lastLooked.keptAs().map(name -> Messages.format("error.lastLooked.damaged.keptAs", name))
                    .orElse(Messages.get("error.lastLooked.damaged"));
        });
    }

    public AppHome home() {
        return home;
    }

    /** The writes in the home folder that could not be kept; the window says the first one. */
    @Override
    public UnkeptWrites unkeptWrites() {
        return unkept;
    }

    @Override
    public CredentialStore credentials() {
        return credentials;
    }

    @Override
    public TaskExecutor executor() {
        return executor;
    }

    public BadgeIcons icons() {
        return icons;
    }

    public IconPipeline<Image> iconPipeline() {
        return pipeline;
    }

    /**
     * Icons for "Save image", through a pipeline sharing the window's disk cache and its media
     * hosts (one per-host connection limit, one pause on 429/503), made when first asked.
     */
    public synchronized WallIconLoader wallIconLoader() {
        if (wallPipeline == null) {
            wallPipeline = WallIconLoader.pipeline(home.iconsDir(), iconTimeout,
                    Version.userAgent(), pipeline.hosts());
        }
        return new WallIconLoader(wallPipeline);
    }

    /** The shelf source for a session: the server, with the last good copy on disk as the offline fallback. */
    @Override
    public Source<String, Shelf> shelfSource(ShelfLoader loader) {
        return new OfflineAwareSource<>(loader, shelfCache, diskWriter);
    }

    /** The shelf copies on disk the window keeps, for the news page to read and refresh (issue 22). */
    public ShelfCache shelfCopies() {
        return shelfCache;
    }

    /** The game page source for a session: the server, with the last copy of each page on disk as the offline fallback. */
    @Override
    public Source<GameKey, GamePage> gamePageSource(GamePageLoader loader) {
        return new OfflineAwareSource<>(loader, gamePageCache, diskWriter);
    }

    @Override
    public Settings settings() {
        return settings;
    }

    /** Changes the settings now and writes them in the background, in order, whole or not at all. */
    @Override
    public void updateSettings(UnaryOperator<Settings> change) {
        Settings next;
        synchronized (this) {
            next = change.apply(settings);
            settings = next;
        }
        Runnable save = () -> {
            try {
                settingsStore.save(next);
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Could not save settings to " + home.settingsFile(), e);
                unkept.failed(e);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not save settings to " + home.settingsFile(), e);
            }
        };
        try {
            diskWriter.submit(save);
        } catch (RejectedExecutionException shuttingDown) {
            // A last change while shutting down (the window's size on close) is still worth keeping.
            save.run();
        }
    }

    @Override
    public void close() {
        diskWriter.shutdown();
        try {
            diskWriter.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        pipeline.close();
        synchronized (this) {
            if (wallPipeline != null) {
                wallPipeline.close();
            }
        }
        executor.close();
    }
}
