package io.github.badgeshelf.ui.login;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
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

import java.util.function.Consumer;

/** The sign-in card. It only binds to {@link LoginViewModel}; the link opens the key's settings page. */
public final class LoginView extends StackPane {
    public static final String SETTINGS_PAGE = "https://retroachievements.org/settings";

    private final LoginViewModel model;
    private final TextField username = new TextField();

    public LoginView(LoginViewModel model, Consumer<String> openInBrowser) {
        this.model = model;
        getStyleClass().add("login-backdrop");
        VBox card = new VBox(6,
                createTitle(),
                createSubtitle(),
                fieldLabel("RetroAchievements username"),
                createUsernameField(),
                fieldLabel("Web API key"),
                createKeyField(),
                createKeyLink(openInBrowser),
                createRememberMe(),
                createSignInButton(),
                createProgress(),
                createError(),
                createDemoRow());
        card.getStyleClass().add("login-card");
        card.setMaxSize(380, USE_PREF_SIZE);
        getChildren().add(card);
        setAlignment(Pos.CENTER);
    }

    private Node createTitle() {
        Text badge = new Text("Badge");
        badge.getStyleClass().add("brand-badge");
        Text shelf = new Text("Shelf");
        shelf.getStyleClass().add("brand-shelf");
        TextFlow title = new TextFlow(badge, shelf);
        title.getStyleClass().add("login-title");
        title.setTextAlignment(TextAlignment.CENTER);
        return title;
    }

    private Node createSubtitle() {
        Label subtitle = new Label("Your RetroAchievements awards, on your desktop");
        subtitle.getStyleClass().add("login-subtitle");
        subtitle.setMaxWidth(Double.MAX_VALUE);
        subtitle.setWrapText(true);
        subtitle.setTextAlignment(TextAlignment.CENTER);
        subtitle.setAlignment(Pos.CENTER);
        VBox.setMargin(subtitle, new Insets(0, 0, 14, 0));
        return subtitle;
    }

    private Label fieldLabel(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("field-label");
        return label;
    }

    private Node createUsernameField() {
        username.setId("username");
        username.setPromptText("Your username");
        username.textProperty().bindBidirectional(model.usernameProperty());
        username.setOnAction(e -> model.signIn());
        return username;
    }

    private Node createKeyField() {
        PasswordField key = new PasswordField();
        key.setId("apiKey");
        key.setPromptText("32-character key from your settings page");
        key.textProperty().bindBidirectional(model.apiKeyProperty());
        key.setOnAction(e -> model.signIn());
        return key;
    }

    private Node createKeyLink(Consumer<String> openInBrowser) {
        Hyperlink link = new Hyperlink("Where is my key? Open retroachievements.org/settings ↗");
        link.getStyleClass().add("key-link");
        link.setWrapText(true);
        link.setOnAction(e -> openInBrowser.accept(SETTINGS_PAGE));
        return link;
    }

    private Node createRememberMe() {
        CheckBox remember = new CheckBox("Remember me on this computer");
        remember.setId("rememberMe");
        remember.selectedProperty().bindBidirectional(model.rememberMeProperty());
        VBox.setMargin(remember, new Insets(6, 0, 8, 0));
        return remember;
    }

    private Node createSignInButton() {
        Button signIn = new Button("Sign in");
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

    private Node createDemoRow() {
        Label noAccount = new Label("No account?");
        Hyperlink demo = new Hyperlink("Try the demo");
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
