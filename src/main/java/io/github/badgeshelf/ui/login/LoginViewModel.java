package io.github.badgeshelf.ui.login;

import io.github.badgeshelf.api.ApiException;
import io.github.badgeshelf.api.Credentials;
import io.github.badgeshelf.credentials.CredentialStore;
import io.github.badgeshelf.session.Session;
import io.github.badgeshelf.ui.common.ErrorMessages;
import io.github.badgeshelf.ui.common.FileReasons;
import io.github.badgeshelf.ui.common.TaskExecutor;
import io.github.badgeshelf.ui.i18n.Messages;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sign-in: checks the pair against the server before accepting it, remembers it if asked,
 * and puts what went wrong into words. Also starts the demo and the automatic sign-in.
 */
public final class LoginViewModel {
    private static final Logger LOG = Logger.getLogger(LoginViewModel.class.getName());

    /** Signs in with credentials, or starts the demo. Blocking; run in the background. */
    public interface Authenticator {
        Session signIn(Credentials credentials) throws ApiException;

        /** Signs in with remembered credentials; may start offline when the server cannot be reached. */
        default Session resume(Credentials credentials) throws ApiException {
            return signIn(credentials);
        }

        Session demo() throws ApiException;
    }

    private final StringProperty username = new SimpleStringProperty("");
    private final StringProperty apiKey = new SimpleStringProperty("");
    private final BooleanProperty rememberMe = new SimpleBooleanProperty(true);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private Supplier<String> errorWording = () -> "";
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    /** True when the notice says "remember me" failed: said every time, unlike the one-time "kept in a file". */
    private final ReadOnlyBooleanWrapper rememberFailed = new ReadOnlyBooleanWrapper(false);
    /** True while a sign-out could not forget the key: the card offers to try again. */
    private final ReadOnlyBooleanWrapper canForgetAgain = new ReadOnlyBooleanWrapper(false);
    private final BooleanBinding canSignIn;

    private final Authenticator authenticator;
    private final CredentialStore store;
    private final TaskExecutor executor;
    private final Consumer<Session> onSignedIn;

    public LoginViewModel(Authenticator authenticator, CredentialStore store, TaskExecutor executor,
                          Consumer<Session> onSignedIn) {
        this.authenticator = authenticator;
        this.store = store;
        this.executor = executor;
        this.onSignedIn = onSignedIn;
        canSignIn = Bindings.createBooleanBinding(
                () -> !busy.get() && !username.get().isBlank() && !apiKey.get().isBlank(), busy, username, apiKey);
    }

    /** Checks the typed pair with the server; on success remembers it (or forgets any old one) as asked. */
    public void signIn() {
        if (!canSignIn.get()) {
            if (username.get().isBlank()) {
                sayError(() -> Messages.get("login.error.noUsername"));
            } else if (apiKey.get().isBlank()) {
                sayError(() -> Messages.get("login.error.noKey"));
            }
            return;
        }
        Credentials credentials = new Credentials(username.get().trim(), apiKey.get().trim());
        boolean remember = rememberMe.get();
        start(Messages.get("login.progress.checking"), () -> {
            Session session = authenticator.signIn(credentials);
            if (!remember) {
                return new Outcome(session, forget());
            }
            try {
                return new Outcome(session, keep(credentials));
            } catch (Exception e) {
                LOG.log(Level.WARNING, "Could not remember the sign-in", e);
                return new Outcome(session, Messages.get("login.notice.notRemembered"), true);
            }
        });
    }

    /** Signs in with credentials remembered by an earlier run (may open offline; see Authenticator.resume). */
    public void signInWithStored(Credentials stored) {
        username.set(stored.username());
        start(Messages.format("login.progress.signingInAs", stored.username()), () -> new Outcome(authenticator.resume(stored), null));
    }

    /** Loads remembered credentials in the background (the OS store can be slow), then signs in. */
    public void restore() {
        busy.set(true);
        progress.set(Messages.get("login.progress.restoring"));
        executor.submit(store::load, found -> {
            busy.set(false);
            progress.set("");
            found.ifPresent(this::signInWithStored);
        }, failure -> {
            busy.set(false);
            progress.set("");
            LOG.log(Level.WARNING, "Could not read remembered credentials", failure);
        });
    }

    public void tryDemo() {
        if (busy.get()) {
            return;
        }
        start(Messages.get("login.progress.demo"), () -> new Outcome(authenticator.demo(), null));
    }

    private record Outcome(Session session, String storeNotice, boolean storeFailed) {
        Outcome(Session session, String storeNotice) {
            this(session, storeNotice, false);
        }
    }

    private void start(String message, Callable<Outcome> work) {
        busy.set(true);
        canForgetAgain.set(false);
        sayError(() -> "");
        progress.set(message);
        executor.submit(work, outcome -> {
            busy.set(false);
            progress.set("");
            apiKey.set("");
            if (outcome.storeNotice() != null) {
                notice.set(outcome.storeNotice());
            }
            rememberFailed.set(outcome.storeFailed());
            onSignedIn.accept(outcome.session());
        }, failure -> {
            busy.set(false);
            progress.set("");
            String name = username.get();
            sayError(() -> ErrorMessages.describe(failure, name));
        });
    }

    /** Runs in the background: the credential store may touch the disk or the OS keyring. */
    private String keep(Credentials credentials) throws Exception {
        store.save(credentials);
        // One sentence naming the file once (the store's own description would say "a file" again).
        return store.isOsStore() ? null : Messages.format("login.keyInFile",
                store.ownFile().map(Path::toString).orElse(store.description()));
    }

    /**
     * Forgets the remembered key (sign-out), in the background. When it cannot (a read-only home),
     * the card says so, naming the file, and offers to try again: otherwise the next start would
     * sign in by itself while the person believes they signed out.
     */
    public void forgetStored() {
        boolean retrying = canForgetAgain.get();
        canForgetAgain.set(false);
        executor.submit(() -> {
            store.clear();
            return true;
        }, done -> {
            if (retrying) {
                sayError(() -> "");
            }
        }, failure -> {
            LOG.log(Level.WARNING, "Could not forget the key on sign-out", failure);
            String where = store.ownFile().map(Path::toString).orElse(store.description());
            sayError(() -> Messages.format("login.error.notForgotten", where,
                    FileReasons.words(failure)));
            canForgetAgain.set(true);
        });
    }

    private String forget() {
        try {
            store.clear();
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Could not forget the old sign-in", e);
        }
        return null;
    }

    // Properties

    public StringProperty usernameProperty() {
        return username;
    }

    public StringProperty apiKeyProperty() {
        return apiKey;
    }

    public BooleanProperty rememberMeProperty() {
        return rememberMe;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** A one-time notice for after sign-in (e.g. where the key was kept). */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** True when the notice is that "remember me" failed (said after every such sign-in). */
    public ReadOnlyBooleanProperty rememberFailedProperty() {
        return rememberFailed.getReadOnlyProperty();
    }

    /** True while the key could not be forgotten on sign-out; {@link #forgetStored()} tries again. */
    public ReadOnlyBooleanProperty canForgetAgainProperty() {
        return canForgetAgain.getReadOnlyProperty();
    }

    public BooleanBinding canSignInProperty() {
        return canSignIn;
    }

    /**
     * Shows a problem found before sign-in (e.g. a bad BADGESHELF_API_BASE), worded by {@code wording},
     * kept so that {@link #refreshWords()} can say it again in another language.
     */
    public void showError(Supplier<String> wording) {
        sayError(wording);
    }

    private void sayError(Supplier<String> wording) {
        errorWording = wording;
        error.set(wording.get());
    }

    /** Says the error on the card again in the window's current language (after a change of language). */
    public void refreshWords() {
        error.set(errorWording.get());
    }
}
