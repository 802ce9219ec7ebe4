package io.github.badgeshelf.ui.main;

import io.github.badgeshelf.game.GameKey;
import io.github.badgeshelf.game.GamePage;
import io.github.badgeshelf.game.GamePageLoader;
import io.github.badgeshelf.ui.game.GamePageViewModel;

import io.github.badgeshelf.api.ApiConfig;
import io.github.badgeshelf.api.ApiException;
import io.github.badgeshelf.api.Credentials;
import io.github.badgeshelf.credentials.CredentialStore;
import io.github.badgeshelf.files.UnkeptWrites;
import io.github.badgeshelf.lastlooked.LastLookedStore;
import io.github.badgeshelf.lastlooked.ShelfLooks;
import io.github.badgeshelf.lastlooked.Viewer;
import io.github.badgeshelf.logging.AppLog;
import io.github.badgeshelf.model.Shelf;
import io.github.badgeshelf.session.Session;
import io.github.badgeshelf.session.SignIn;
import io.github.badgeshelf.settings.Settings;
import io.github.badgeshelf.shelf.ShelfLoader;
import io.github.badgeshelf.shelf.Source;
import io.github.badgeshelf.ui.common.ErrorMessages;
import io.github.badgeshelf.ui.common.FileReasons;
import io.github.badgeshelf.ui.common.StatusMessage;
import io.github.badgeshelf.ui.common.StatusViewModel;
import io.github.badgeshelf.ui.common.TaskExecutor;
import io.github.badgeshelf.ui.compare.CompareViewModel;
import io.github.badgeshelf.ui.export.ExportViewModel;
import io.github.badgeshelf.ui.friends.FriendsViewModel;
import io.github.badgeshelf.ui.i18n.Messages;
import io.github.badgeshelf.ui.login.LoginViewModel;
import io.github.badgeshelf.ui.shelf.ShelfFilterModel;
import io.github.badgeshelf.ui.shelf.ShelfViewModel;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The app without its window: owns the session. Signs in through the configured server (or the
 * demo), builds the models of a signed-in session, and on sign-out forgets the key and closes
 * the session. {@link AppShell} only shows the sign-in card or the main view for what this
 * says. UI thread only; no nodes, so it is tested without a toolkit.
 */
public final class AppModel {
    private static final Logger LOG = Logger.getLogger(AppModel.class.getName());

    /** What the app model needs from outside (AppServices in the app, real stores in tests). */
    public interface Services {
        Optional<ApiConfig> apiConfig();

        /** Why the server setting cannot be used, as the setting's check says it (the window words it around that). */
        Optional<String> configProblem();

        /** Something to say once the first shelf is shown (a damaged settings file). */
        Optional<String> startupWarning();

        CredentialStore credentials();

        TaskExecutor executor();

        Settings settings();

        void updateSettings(UnaryOperator<Settings> change);

        /** Where a session's shelves come from. */
        Source<String, Shelf> shelfSource(ShelfLoader loader);

        /** Where a session's game pages come from. */
        Source<GameKey, GamePage> gamePageSource(GamePageLoader loader);

        /** A viewer's looks at shelves, to mark what is new since the last one (kept in memory unless overridden). */
        default ShelfLooks shelfLooks(Viewer viewer) {
            return new ShelfLooks(LastLookedStore.inMemory(), viewer, Runnable::run);
        }

        /** Something to say once when the "last looked" times had to start afresh (a damaged file). */
        default Optional<String> lastLookedWarning() {
            return Optional.empty();
        }

        /** The writes in the home folder (settings, copies) that could not be kept; the first is said. */
        default UnkeptWrites unkeptWrites() {
            return new UnkeptWrites();
        }
    }

    /**
     * The models of one signed-in session; a new set for every sign-in.
     *
     * @param session the signed-in session (its client, the people followed, demo or not)
     */
    public record SignedIn(Session session, ShelfViewModel shelf, ShelfFilterModel filters, FriendsViewModel friends,
                           ExportViewModel export, StatusViewModel status, GamePageViewModel games,
                           CompareViewModel compare) {
    }

    private final Services services;
    private final LoginViewModel login;
    private final ReadOnlyObjectWrapper<SignedIn> signedIn = new ReadOnlyObjectWrapper<>();
    /** Said-once notices that came while the sign-in card was up. */
    private final List<String> noticesBeforeSignIn = new ArrayList<>();
    /** Stops the log's turning off from reaching this model: run when the window closes. */
    private final Runnable stopHearingLogOff;

    public AppModel(Services services) {
        this.services = services;
        login = new LoginViewModel(new ConfiguredServer(), services.credentials(), services.executor(), this::onSignedIn);
        services.configProblem().ifPresent(detail -> login.showError(() -> ErrorMessages.setting(detail)));
        // The log's handler stays quiet when its disk is full; the window is where that can be said once.
        stopHearingLogOff = AppLog.whenOff(() -> Platform.runLater(() -> notice(Messages.get("error.log.off"))));
        // Settings and copies nobody asked for are written on their own; one that cannot be is said once (issue 21).
        UnkeptWrites unkept = services.unkeptWrites();
        unkept.onFirstFailure(failure -> Platform.runLater(() -> notice(Messages.format("error.home.unkept",
                unkept.folder() == null ? "" : unkept.folder().toString(), FileReasons.words(failure)))));
    }

    /** The window has closed: nothing that outlives it (the log) holds on to this model any more. */
    public void close() {
        stopHearingLogOff.run();
    }

    /** Says a notice with the next outcome; one that comes before sign-in waits for the first shelf. FX thread. */
    private void notice(String notice) {
        SignedIn current = signedIn.get();
        if (current != null) {
            current.status().addNotice(notice);
        } else {
            noticesBeforeSignIn.add(notice);
        }
    }

    /** Signs in with remembered credentials, if any and if the server setting is usable. */
    public void restoreSignIn() {
        if (services.apiConfig().isPresent()) {
            login.restore();
        }
    }

    private void onSignedIn(Session session) {
        TaskExecutor executor = services.executor();
        Source<String, Shelf> shelves = services.shelfSource(new ShelfLoader(session.client()));
        ShelfViewModel shelf = new ShelfViewModel(shelves, executor);
        // The demo is a viewer of its own: trying it never moves a real account's "last looked".
        shelf.setLooks(services.shelfLooks(session.demo() ? Viewer.demo() : Viewer.signedIn(session.username())));
        Settings settings = services.settings();
        shelf.restoreRecentSearches(settings.recentSearches());
        shelf.setOnRecentSearchesChanged(recent -> services.updateSettings(s -> s.withRecentSearches(recent)));
        FriendsViewModel friends = new FriendsViewModel();
        friends.setFollowing(session.following().results());
        StatusViewModel status = new StatusViewModel();
        status.follow(shelf.statusProperty());
        shelf.setOnShelfAgain(() -> status.show(shelf.statusProperty().get()));
        ExportViewModel export = new ExportViewModel(executor, status::show, Clock.systemDefaultZone());
        GamePageViewModel games = new GamePageViewModel(services.gamePageSource(
                new GamePageLoader(session.client(), Clock.systemUTC())), executor, Clock.systemUTC(), status::show);
        // Comparisons load shelves the way the shelf does: the server, with the offline copy behind it.
        CompareViewModel compare = new CompareViewModel(shelves, executor, status::show, Clock.systemDefaultZone());
        signedIn.set(new SignedIn(session, shelf, new ShelfFilterModel(), friends, export, status, games, compare));
        // Values that could not be read stay empty on screen and are said (docs/faults.md), never dropped in silence.
        shelf.shelfProperty().addListener((obs, old, now) -> {
            if (now != null && now.awards() != null) {
                UnreadNotice.of(now.awards().unreadable()).ifPresent(status::addNotice);
            }
        });
        games.pageProperty().addListener((obs, old, now) -> {
            if (now != null) {
                UnreadNotice.of(now.game().unreadable()).ifPresent(status::addNotice);
            }
        });
        shelf.show(session.username());
        String notice = login.noticeProperty().get();
        if (notice != null && !notice.isEmpty() && login.rememberFailedProperty().get()) {
            // A failure is said every time; only "your key is kept in a file" is said once.
            status.addNotice(notice);
        } else if (notice != null && !notice.isEmpty() && !settings.credentialNoticeShown()) {
            status.addNotice(notice);
            services.updateSettings(s -> s.withCredentialNoticeShown(true));
        }
        services.startupWarning().ifPresent(status::addNotice);
        services.lastLookedWarning().ifPresent(status::addNotice);
        noticesBeforeSignIn.forEach(status::addNotice);
        noticesBeforeSignIn.clear();
    }

    /** Back to the sign-in card; the remembered key is forgotten and the session closed in the background. */
    public void signOut() {
        SignedIn ending = signedIn.get();
        login.forgetStored();
        if (ending != null) {
            services.executor().submit(() -> {
                ending.session().close();
                return true;
            }, done -> { }, failure -> LOG.log(Level.WARNING, "Could not close the session on sign-out", failure));
        }
        boolean keepName = ending != null && !ending.session().demo();
        login.usernameProperty().set(keepName ? ending.session().username() : "");
        signedIn.set(null);
    }

    /**
     * Words the messages on screen again after the window's language changed: the sign-in card's
     * error, the status line and the shelf summary keep what they said, in the new language.
     */
    public void refreshWords() {
        login.refreshWords();
        SignedIn current = signedIn.get();
        if (current != null) {
            current.filters().refreshWords();
            current.status().reword();
        }
    }

    /** Reports an unexpected problem in the status line, when signed in. */
    public void reportProblem(String message) {
        SignedIn current = signedIn.get();
        if (current != null) {
            current.status().show(StatusMessage.error(message));
        }
    }

    public LoginViewModel login() {
        return login;
    }

    /** The signed-in session's models, or null on the sign-in card. */
    public ReadOnlyObjectProperty<SignedIn> signedInProperty() {
        return signedIn.getReadOnlyProperty();
    }

    /** Sign-in to the configured server; a bad server setting is the failure to show. */
    private final class ConfiguredServer implements LoginViewModel.Authenticator {
        @Override
        public Session signIn(Credentials credentials) throws ApiException {
            return server().signIn(credentials);
        }

        @Override
        public Session resume(Credentials credentials) throws ApiException {
            return server().resume(credentials);
        }

        private SignIn server() throws ApiException {
            if (services.apiConfig().isEmpty()) {
                String detail = services.configProblem().orElse("");
                throw new ApiException(ApiException.Kind.NETWORK, detail)
                        .because(ApiException.Reason.BAD_SERVER_SETTING).withServerText(detail);
            }
            return new SignIn(services.apiConfig().get());
        }

        @Override
        public Session demo() throws ApiException {
            return SignIn.demo();
        }
    }
}
