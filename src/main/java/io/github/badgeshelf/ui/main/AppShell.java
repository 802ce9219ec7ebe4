package io.github.badgeshelf.ui.main;

import io.github.badgeshelf.api.ApiConfig;
import io.github.badgeshelf.api.ApiException;
import io.github.badgeshelf.api.Credentials;
import io.github.badgeshelf.credentials.CredentialStore;
import io.github.badgeshelf.session.Session;
import io.github.badgeshelf.session.SignIn;
import io.github.badgeshelf.settings.Settings;
import io.github.badgeshelf.shelf.ShelfLoader;
import io.github.badgeshelf.ui.common.StatusMessage;
import io.github.badgeshelf.ui.common.TaskExecutor;
import io.github.badgeshelf.ui.compare.CompareViewModel;
import io.github.badgeshelf.ui.export.ExportViewModel;
import io.github.badgeshelf.ui.friends.FriendsViewModel;
import io.github.badgeshelf.ui.login.LoginView;
import io.github.badgeshelf.ui.login.LoginViewModel;
import io.github.badgeshelf.ui.shelf.BadgeIcons;
import io.github.badgeshelf.ui.shelf.ShelfFilterModel;
import io.github.badgeshelf.ui.shelf.ShelfSource;
import io.github.badgeshelf.ui.shelf.ShelfViewModel;
import javafx.scene.layout.StackPane;

import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The window's root: the sign-in card until someone signs in, then the main view; back to
 * sign-in on sign-out. It holds the session and hands each view its models.
 */
public final class AppShell extends StackPane {
    private static final Logger LOG = Logger.getLogger(AppShell.class.getName());

    private final AppServices services;
    private final WindowActions desktop;
    private final LoginViewModel login;
    private Session session;
    private MainView mainView;

    public AppShell(AppServices services, WindowActions desktop) {
        this.services = services;
        this.desktop = desktop;
        getStyleClass().add("app-shell");
        getStylesheets().add(Theme.STYLESHEET);
        login = new LoginViewModel(new LoginViewModel.Authenticator() {
            @Override
            public Session signIn(Credentials credentials) throws ApiException {
                return server().signIn(credentials);
            }

            @Override
            public Session resume(Credentials credentials) throws ApiException {
                return server().resume(credentials);
            }

            /** Sign-in to the configured server; a bad server setting is the failure to show. */
            private SignIn server() throws ApiException {
                ApiConfig config = services.apiConfig().orElseThrow(() -> new ApiException(ApiException.Kind.NETWORK,
                        services.configProblem().orElse("The server address is not set.")));
                return new SignIn(config);
            }

            @Override
            public Session demo() throws ApiException {
                return SignIn.demo();
            }
        }, services.credentials(), services.executor(), this::onSignedIn);
        services.configProblem().ifPresent(login::showError);
        showLogin();
    }

    /** Called once the window is up: signs in with remembered credentials, if any. */
    public void restoreSignIn() {
        if (services.apiConfig().isPresent()) {
            login.restore();
        }
    }

    private void showLogin() {
        LoginView view = new LoginView(login, desktop::openInBrowser);
        getChildren().setAll(view);
        view.focusFirstField();
    }

    private void onSignedIn(Session signedIn) {
        this.session = signedIn;
        TaskExecutor executor = services.executor();
        ShelfSource shelves = services.shelfSource(new ShelfLoader(signedIn.client()));
        ShelfViewModel shelf = new ShelfViewModel(shelves, executor);
        Settings settings = services.settings();
        shelf.restoreRecentSearches(settings.recentSearches());
        shelf.setOnRecentSearchesChanged(recent -> services.updateSettings(s -> s.withRecentSearches(recent)));
        FriendsViewModel friends = new FriendsViewModel();
        friends.setFollowing(signedIn.following().results());
        ExportViewModel export = new ExportViewModel(executor, shelf::report, Clock.systemDefaultZone());
        BadgeIcons icons = services.icons();
        mainView = new MainView(shelf, new ShelfFilterModel(), friends, export, icons,
                signedIn.username(), signedIn.demo(), new SessionActions(),
                new CompareViewModel(shelves, executor, shelf::report, Clock.systemDefaultZone()));
        getChildren().setAll(mainView);
        shelf.show(signedIn.username());
        java.util.List<String> notices = new java.util.ArrayList<>();
        String notice = login.noticeProperty().get();
        if (notice != null && !notice.isEmpty() && !settings.credentialNoticeShown()) {
            notices.add(notice);
            services.updateSettings(s -> s.withCredentialNoticeShown(true));
        }
        services.startupWarning().ifPresent(notices::add);
        if (!notices.isEmpty()) {
            reportAfterFirstLoad(shelf, String.join(" ", notices));
        }
    }

    /**
     * Shown once the first shelf has arrived: said earlier, the "Loaded ..." line would replace the
     * notice within moments, before anyone could read it. The load's own outcome is kept in front.
     */
    private static void reportAfterFirstLoad(ShelfViewModel shelf, String notice) {
        if (shelf.statusProperty().get().tone() != StatusMessage.Tone.BUSY) {
            shelf.report(withNotice(shelf.statusProperty().get(), notice));
            return;
        }
        // The outcome's line is the status's last change, after the shelf and busy flag are set.
        shelf.statusProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends StatusMessage> obs,
                                StatusMessage was, StatusMessage now) {
                if (now.tone() != StatusMessage.Tone.BUSY) {
                    obs.removeListener(this);
                    shelf.report(withNotice(now, notice));
                }
            }
        });
    }

    private static StatusMessage withNotice(StatusMessage current, String notice) {
        String text = current.text().isBlank() ? notice : current.text() + " " + notice;
        return current.tone() == StatusMessage.Tone.ERROR ? StatusMessage.error(text) : StatusMessage.warning(text);
    }

    private void signOut() {
        Session ending = session;
        session = null;
        mainView = null;
        CredentialStore store = services.credentials();
        services.executor().submit(() -> {
            store.clear();
            if (ending != null) {
                ending.close();
            }
            return true;
        }, done -> { }, failure -> LOG.log(Level.WARNING, "Could not forget the key on sign-out", failure));
        login.usernameProperty().set(ending == null || ending.demo() ? "" : ending.username());
        showLogin();
    }

    /** Reports an unexpected problem in the status line of the main view. */
    public void reportProblem(String message) {
        if (mainView != null) {
            mainView.report(StatusMessage.error(message));
        }
    }

    public MainView mainView() {
        return mainView;
    }

    public LoginViewModel loginModel() {
        return login;
    }

    /** The desktop actions, with sign-out routed through this shell. */
    private final class SessionActions implements WindowActions {
        @Override
        public void openInBrowser(String url) {
            desktop.openInBrowser(url);
        }

        @Override
        public void openFolder(java.nio.file.Path folder) {
            desktop.openFolder(folder);
        }

        @Override
        public java.util.Optional<java.nio.file.Path> chooseExportFile(javafx.stage.Window owner, String proposedName) {
            return desktop.chooseExportFile(owner, proposedName);
        }

        @Override
        public void toggleTheme() {
            desktop.toggleTheme();
        }

        @Override
        public void signOut() {
            AppShell.this.signOut();
        }
    }
}
