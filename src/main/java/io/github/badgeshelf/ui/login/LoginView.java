package io.github.badgeshelf.ui.login;

import io.github.badgeshelf.ui.i18n.LanguageChoice;
import io.github.badgeshelf.ui.i18n.Messages;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.scene.text.TextFlow;

import java.util.Locale;
import java.util.function.Consumer;

/** The sign-in card. It only binds to {@link LoginViewModel}; the link opens the key's settings page. */
public final class LoginView extends StackPane {
    public static final String SETTINGS_PAGE = "https://retroachievements.org/settings";

    private final LoginViewModel model;
    private final TextField username = new TextField();
    private final PasswordField key = new PasswordField();

    /** @param onLanguage called with the language chosen in the card's language menu */
    public LoginView(LoginViewModel model, Consumer<String> openInBrowser, Consumer<Locale> onLanguage) {
        this.model = model;
        getStyleClass().add("login-backdrop");
        VBox card = new VBox(6,
                createTitle(),
                createSubtitle(),
                fieldLabel(Messages.get("login.username"), username),
                createUsernameField(),
                fieldLabel(Messages.get("login.apiKey"), key),
                createKeyField(),
                createKeyLink(openInBrowser),
                createRememberMe(),
                createSignInButton(),
                createProgress(),
                createError(),
                createForgetAgain(),
                createDemoRow());
        // Below all else, in every language's own name: findable by someone who cannot read the card.
        HBox languageRow = new HBox(new LanguageChoice(onLanguage));
        languageRow.setAlignment(Pos.CENTER);
        VBox.setMargin(languageRow, new Insets(10, 0, 0, 0));
        card.getChildren().add(languageRow);
        card.getStyleClass().add("login-card");
        card.setMaxSize(380, USE_PREF_SIZE);
        getChildren().add(card);
        setAlignment(Pos.CENTER);
    }

    private Node createTitle() {
        Text badge = new Text(Messages.get("brand.badge"));
        badge.getStyleClass().add("brand-badge");
        Text shelf = new Text(Messages.get("brand.shelf"));
        shelf.getStyleClass().add("brand-shelf");
        TextFlow title = new TextFlow(badge, shelf);
        title.setAccessibleRole(AccessibleRole.TEXT);
        title.setAccessibleText(Messages.get("app.title"));
        title.getStyleClass().add("login-title");
        title.setTextAlignment(TextAlignment.CENTER);
        return title;
    }

    private Node createSubtitle() {
        Label subtitle = new Label(Messages.get("login.subtitle"));
        subtitle.getStyleClass().add("login-subtitle");
        subtitle.setMaxWidth(Double.MAX_VALUE);
        subtitle.setWrapText(true);
        subtitle.setTextAlignment(TextAlignment.CENTER);
        subtitle.setAlignment(Pos.CENTER);
        VBox.setMargin(subtitle, new Insets(0, 0, 14, 0));
        return subtitle;
    }

    /** A field's caption, tied to the field so a screen reader names the field by it. */
    private Label fieldLabel(String text, Node field) {
        Label label = new Label(text);
        label.setLabelFor(field);
        field.setAccessibleText(text);
        label.getStyleClass().add("field-label");
        return label;
    }

    private Node createUsernameField() {
        username.setId("username");
        username.setPromptText(Messages.get("login.username.prompt"));
        username.textProperty().bindBidirectional(model.usernameProperty());
        username.setOnAction(e -> model.signIn());
        return username;
    }

    private Node createKeyField() {
        key.setId("apiKey");
        key.setPromptText(Messages.get("login.apiKey.prompt"));
        key.textProperty().bindBidirectional(model.apiKeyProperty());
        key.setOnAction(e -> model.signIn());
        return key;
    }

    private Node createKeyLink(Consumer<String> openInBrowser) {
        Hyperlink link = new Hyperlink(Messages.get("login.keyLink"));
        link.getStyleClass().add("key-link");
        link.setWrapText(true);
        link.setOnAction(e -> openInBrowser.accept(SETTINGS_PAGE));
        return link;
    }

    private Node createRememberMe() {
        CheckBox remember = new CheckBox(Messages.get("login.rememberMe"));
        remember.setId("rememberMe");
        remember.selectedProperty().bindBidirectional(model.rememberMeProperty());
        VBox.setMargin(remember, new Insets(6, 0, 8, 0));
        return remember;
    }

    private Node createSignInButton() {
        Button signIn = new Button(Messages.get("login.signIn"));
        signIn.setId("signIn");
        signIn.setDefaultButton(true);
        signIn.getStyleClass().addAll("accent", "sign-in");
        signIn.setMaxWidth(Double.MAX_VALUE);
        signIn.disableProperty().bind(model.busyProperty());
        signIn.setOnAction(e -> model.signIn());
        return signIn;
    }

    private Node createProgress() {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(16, 16);
        Label progress = new Label();
        progress.setGraphic(spinner);
        progress.getStyleClass().add("login-progress");
        progress.textProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.progressProperty().isNotEmpty());
        progress.managedProperty().bind(progress.visibleProperty());
        return progress;
    }

    private Node createError() {
        Label error = new Label();
        error.setId("loginError");
        error.getStyleClass().add("login-error");
        error.setWrapText(true);
        error.setMaxWidth(Double.MAX_VALUE);
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        return error;
    }

    /** Shown only when a sign-out could not forget the key (issue 21): tries to delete it again. */
    private Node createForgetAgain() {
        Button again = new Button(Messages.get("login.forgetAgain"));
        again.setId("forgetAgain");
        again.visibleProperty().bind(model.canForgetAgainProperty());
        again.managedProperty().bind(again.visibleProperty());
        again.setOnAction(e -> model.forgetStored());
        return again;
    }

    private Node createDemoRow() {
        Label noAccount = new Label(Messages.get("login.noAccount"));
        Hyperlink demo = new Hyperlink(Messages.get("login.tryDemo"));
        demo.setId("tryDemo");
        demo.disableProperty().bind(model.busyProperty());
        demo.setOnAction(e -> model.tryDemo());
        HBox row = new HBox(2, noAccount, demo);
        row.setAlignment(Pos.CENTER);
        row.getStyleClass().add("demo-row");
        VBox.setMargin(row, new Insets(8, 0, 0, 0));
        return row;
    }

    /** Puts the caret where a person starts typing. */
    public void focusFirstField() {
        username.requestFocus();
    }

}
