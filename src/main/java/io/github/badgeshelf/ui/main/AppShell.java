package io.github.badgeshelf.ui.main;

import io.github.badgeshelf.api.RaClient;
import io.github.badgeshelf.news.NewsGatherer;
import io.github.badgeshelf.news.OneAtATimeShelfFetcher;
import io.github.badgeshelf.news.RefetchRule;
import io.github.badgeshelf.session.Session;
import io.github.badgeshelf.ui.common.TaskExecutor;
import io.github.badgeshelf.ui.i18n.Messages;
import io.github.badgeshelf.ui.insights.InsightsView;
import io.github.badgeshelf.ui.insights.InsightsViewModel;
import io.github.badgeshelf.ui.login.LoginView;
import io.github.badgeshelf.ui.login.LoginViewModel;
import io.github.badgeshelf.ui.news.NewsViewModel;
import io.github.badgeshelf.ui.wall.SaveImageButton;
import io.github.badgeshelf.ui.wall.SaveImageViewModel;
import io.github.badgeshelf.wall.WallTheme;
import javafx.scene.layout.StackPane;
import javafx.stage.Window;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

/**
 * The window's root: the sign-in card until someone signs in, then the main view; back to
 * sign-in on sign-out. It only shows what {@link AppModel} says; the model owns the session.
 */
public final class AppShell extends StackPane {
    private final AppModel model;
    private final AppServices services;
    private final WindowActions desktop;
    private MainView mainView;
    private NewsViewModel newsModel;
    private Session newsSession;

    public AppShell(AppServices services, WindowActions desktop) {
        this.services = services;
        this.desktop = desktop;
        this.model = new AppModel(services);
        getStyleClass().add("app-shell");
        getStylesheets().add(Theme.STYLESHEET);
        model.signedInProperty().addListener((obs, old, now) -> show(now));
        show(model.signedInProperty().get());
    }

    /** The window has closed (the app stops): lets go of what outlives it. */
    public void close() {
        model.close();
    }

    /** Called once the window is up: signs in with remembered credentials, if any. */
    public void restoreSignIn() {
        model.restoreSignIn();
    }

    private void show(AppModel.SignedIn session) {
        if (session == null) {
            mainView = null;
            if (newsModel != null) {
                newsModel.cancel();
                newsModel = null;
                newsSession = null;
            }
            LoginView view = new LoginView(model.login(), desktop::openInBrowser, this::changeLanguage);
            getChildren().setAll(view);
            view.focusFirstField();
            return;
        }
        SessionActions actions = new SessionActions();
        mainView = new MainView(session.shelf(), session.filters(), session.friends(), session.export(),
                session.status(), session.games(), services.icons(), session.session().username(), session.session().demo(),
                actions, session.compare(), new PaneChoices(services.settings(), services::updateSettings));
        installInsightsAndImage(session, actions);
        installNews(session);
        getChildren().setAll(mainView);
    }

    /**
     * Switches the window's language: remembered in the settings, and the views are built again in
     * it around the same models, so the shelf, filters, search and history stay as they were.
     */
    public void changeLanguage(Locale language) {
        Messages.setLocale(language);
        String tag = Messages.locale().toLanguageTag();
        services.updateSettings(s -> s.withLanguage(tag));
        model.refreshWords();
        show(model.signedInProperty().get());
        if (mainView != null) {
            mainView.focusSearch();
        }
    }

    /** The charts above the grid and "Save image" beside Export (issue 15). */
    private void installInsightsAndImage(AppModel.SignedIn session, WindowActions actions) {
        TaskExecutor executor = services.executor();
        InsightsViewModel insights = new InsightsViewModel(executor, session.filters().getShown(),
                session.filters().consoleProperty()::set, ZoneId.systemDefault());
        mainView.addAboveGrid(new InsightsView(insights));
        mainView.addToolbarButton(InsightsView.toggle(insights));
        SaveImageViewModel image = new SaveImageViewModel(executor, services::wallIconLoader, session.status()::show);
        mainView.addToolbarButton(SaveImageButton.create(image, session.shelf().shelfProperty(), session.filters().getShown(),
                () -> WallTheme.valueOf(Theme.fromName(services.settings().theme()).name()), actions::chooseExportFile));
    }

    /** A note said with the status line's next outcome (see StatusViewModel#addNotice), when signed in. */
    public void addNotice(String notice) {
        AppModel.SignedIn current = model.signedInProperty().get();
        if (current != null) {
            current.status().addNotice(notice);
        }
    }

    /**
     * The news page (issue 22). Its model lives as long as the session, so a change of language
     * (which builds the views again) keeps what was gathered.
     */
    private void installNews(AppModel.SignedIn session) {
        if (newsModel == null || newsSession != session.session()) {
            if (newsModel != null) {
                newsModel.cancel();
            }
            RaClient client = session.session().client();
            Clock clock = Clock.systemUTC();
            NewsGatherer gatherer = new NewsGatherer(
                    new OneAtATimeShelfFetcher(client, clock), services.shelfCopies(),
                    new RefetchRule(clock));
            newsModel = new NewsViewModel(services.executor(), gatherer, client::getUsersIFollow,
                    session.session().following().results(), clock);
            newsSession = session.session();
        }
        mainView.installNews(newsModel, services.icons());
    }

    /** Reports an unexpected problem in the status line of the main view. */
    public void reportProblem(String message) {
        model.reportProblem(message);
    }

    public MainView mainView() {
        return mainView;
    }

    public LoginViewModel loginModel() {
        return model.login();
    }

    public AppModel model() {
        return model;
    }

    /** The desktop actions, with sign-out routed through the app model. */
    private final class SessionActions implements WindowActions {
        @Override
        public void openInBrowser(String url) {
            desktop.openInBrowser(url);
        }

        @Override
        public void openFolder(Path folder) {
            desktop.openFolder(folder);
        }

        @Override
        public Optional<Path> chooseExportFile(Window owner, String proposedName) {
            return desktop.chooseExportFile(owner, proposedName);
        }

        @Override
        public void toggleTheme() {
            desktop.toggleTheme();
        }

        @Override
        public void signOut() {
            model.signOut();
        }

        @Override
        public void chooseLanguage(Locale language) {
            changeLanguage(language);
        }
    }
}
