package io.github.badgeshelf.ui.main;

import io.github.badgeshelf.api.ApiConfig;
import io.github.badgeshelf.credentials.CredentialStore;
import io.github.badgeshelf.credentials.FileCredentialStore;
import io.github.badgeshelf.model.Shelf;
import io.github.badgeshelf.settings.Settings;
import io.github.badgeshelf.settings.SettingsStore;
import io.github.badgeshelf.shelf.OfflineAwareSource;
import io.github.badgeshelf.shelf.ShelfCache;
import io.github.badgeshelf.shelf.ShelfLoader;
import io.github.badgeshelf.shelf.Source;
import io.github.badgeshelf.testsupport.AwardsFixtures;
import io.github.badgeshelf.testsupport.FakeRaServer;
import io.github.badgeshelf.ui.common.CurrentThreadTaskExecutor;
import io.github.badgeshelf.ui.common.StatusMessage;
import io.github.badgeshelf.ui.common.TaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/** The session's life without a window: real server, real files, work on the calling thread. */
class AppModelTest {
    @TempDir
    Path home;
    private FakeRaServer server;

    @BeforeEach
    void startServer() {
        server = FakeRaServer.start();
        server.addUser(FakeRaServer.USERNAME, AwardsFixtures.generate(40, 7));
        server.addUser("Alice", AwardsFixtures.generate(30, 1));
        server.addFollowing("Alice", null, 88213, 310, true);
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    /** The app's services on real stores in a temporary home, running work on the calling thread. */
    private final class HomeServices implements AppModel.Services {
        final FileCredentialStore credentials = new FileCredentialStore(home.resolve("credentials.json"));
        final SettingsStore settingsStore = new SettingsStore(home.resolve("settings.json"));
        final Optional<ApiConfig> config;
        Settings settings = Settings.defaults();
        String warning;

        HomeServices(Optional<ApiConfig> config) {
            this.config = config;
        }

        @Override
        public Optional<ApiConfig> apiConfig() {
            return config;
        }

        @Override
        public Optional<String> configProblem() {
            return config.isPresent() ? Optional.empty() : Optional.of("BADGESHELF_API_BASE is not a web address.");
        }

        @Override
        public Optional<String> startupWarning() {
            return Optional.ofNullable(warning);
        }

        @Override
        public CredentialStore credentials() {
            return credentials;
        }

        @Override
        public TaskExecutor executor() {
            return CurrentThreadTaskExecutor.immediate();
        }

        @Override
        public Settings settings() {
            return settings;
        }

        @Override
        public void updateSettings(UnaryOperator<Settings> change) {
            settings = change.apply(settings);
            try {
                settingsStore.save(settings);
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        }

        @Override
        public Source<String, Shelf> shelfSource(ShelfLoader loader) {
            return new OfflineAwareSource<>(loader, new ShelfCache(home.resolve("shelves")), Runnable::run);
        }

        @Override
        public Source<io.github.badgeshelf.game.GameKey, io.github.badgeshelf.game.GamePage> gamePageSource(
                io.github.badgeshelf.game.GamePageLoader loader) {
            return new OfflineAwareSource<>(loader, new io.github.badgeshelf.game.GamePageCache(home.resolve("games")),
                    Runnable::run);
        }
    }

    private static void signIn(AppModel app, String user, String key, boolean remember) {
        app.login().usernameProperty().set(user);
        app.login().apiKeyProperty().set(key);
        app.login().rememberMeProperty().set(remember);
        app.login().signIn();
    }

    @Test
    void signingInBuildsTheSessionsModelsAndShowsTheOwnShelf() {
        HomeServices services = new HomeServices(Optional.of(server.config()));
        services.settings = services.settings.withRecentSearches(List.of("Alice"));
        AppModel app = new AppModel(services);
        assertThat(app.signedInProperty().get()).isNull();

        signIn(app, FakeRaServer.USERNAME, FakeRaServer.API_KEY, true);

        AppModel.SignedIn session = app.signedInProperty().get();
        assertThat(session).isNotNull();
        assertThat(session.session().username()).isEqualTo(FakeRaServer.USERNAME);
        assertThat(session.shelf().shelfProperty().get().profile().user()).isEqualTo(FakeRaServer.USERNAME);
        assertThat(session.friends().getShown()).extracting(f -> f.user()).containsExactly("Alice");
        // The key went to a file, not a keyring: that is said once, after the first shelf's outcome.
        String notice = app.login().noticeProperty().get();
        assertThat(notice).isNotBlank();
        assertThat(session.status().messageProperty().get().text()).startsWith("Loaded ").endsWith(notice);
        assertThat(services.settings.credentialNoticeShown()).isTrue();
        assertThat(session.shelf().getRecentSearches()).first().isEqualTo(FakeRaServer.USERNAME);
        assertThat(services.settings.recentSearches()).containsExactly(FakeRaServer.USERNAME, "Alice");
        assertThat(Files.exists(services.credentials.file())).as("remembered").isTrue();
    }

    @Test
    void signingOutForgetsTheKeyAndKeepsTheName() {
        HomeServices services = new HomeServices(Optional.of(server.config()));
        AppModel app = new AppModel(services);
        signIn(app, FakeRaServer.USERNAME, FakeRaServer.API_KEY, true);
        assertThat(Files.exists(services.credentials.file())).isTrue();

        app.signOut();

        assertThat(app.signedInProperty().get()).isNull();
        assertThat(Files.exists(services.credentials.file())).isFalse();
        assertThat(app.login().usernameProperty().get()).isEqualTo(FakeRaServer.USERNAME);
        app.reportProblem("nobody to tell");
    }

    @Test
    void aRememberedSignInIsRestoredAndEachSignInGetsNewModels() throws IOException {
        HomeServices services = new HomeServices(Optional.of(server.config()));
        services.credentials.save(server.credentials());
        AppModel app = new AppModel(services);
        app.restoreSignIn();
        AppModel.SignedIn first = app.signedInProperty().get();
        assertThat(first).isNotNull();

        app.signOut();
        signIn(app, FakeRaServer.USERNAME, FakeRaServer.API_KEY, false);
        AppModel.SignedIn second = app.signedInProperty().get();
        assertThat(second.shelf()).isNotSameAs(first.shelf());
        assertThat(second.status()).isNotSameAs(first.status());
        assertThat(second.status().messageProperty().get().tone()).isEqualTo(StatusMessage.Tone.SUCCESS);
    }

    @Test
    void aBadServerSettingIsSaidOnTheCardAndNothingIsRestored() throws IOException {
        HomeServices services = new HomeServices(Optional.empty());
        services.credentials.save(server.credentials());
        AppModel app = new AppModel(services);
        app.restoreSignIn();
        assertThat(app.signedInProperty().get()).isNull();
        assertThat(app.login().errorProperty().get()).endsWith("BADGESHELF_API_BASE is not a web address.");

        signIn(app, FakeRaServer.USERNAME, FakeRaServer.API_KEY, false);
        assertThat(app.signedInProperty().get()).isNull();
        assertThat(app.login().errorProperty().get()).contains("BADGESHELF_API_BASE is not a web address.");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void theStartupWarningAndProblemsGoToTheStatusLine() {
        HomeServices services = new HomeServices(Optional.of(server.config()));
        services.warning = "The settings file was damaged and defaults are used.";
        AppModel app = new AppModel(services);
        signIn(app, FakeRaServer.USERNAME, FakeRaServer.API_KEY, false);
        StatusMessage shown = app.signedInProperty().get().status().messageProperty().get();
        assertThat(shown.tone()).isEqualTo(StatusMessage.Tone.WARNING);
        assertThat(shown.text()).startsWith("Loaded ").endsWith(services.warning);

        app.reportProblem("Something unexpected happened.");
        assertThat(app.signedInProperty().get().status().messageProperty().get())
                .isEqualTo(StatusMessage.error("Something unexpected happened."));
    }
}
