package io.github.badgeshelf.ui.main;

import io.github.badgeshelf.ui.common.PopupTheme;
import io.github.badgeshelf.ui.common.TypedEnter;
import io.github.badgeshelf.ui.i18n.LanguageChoice;
import io.github.badgeshelf.ui.i18n.Messages;
import io.github.badgeshelf.ui.shelf.ShelfViewModel;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.PopupWindow;
import org.controlsfx.control.textfield.CustomTextField;
import org.controlsfx.control.textfield.TextFields;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.util.Locale;

/**
 * The people toggle, brand, search (with recent searches offered), back/forward/refresh, export,
 * the details toggle, theme, language and sign-out. On a narrow window it keeps every control and
 * gives up words instead: see {@link #layoutChildren()}.
 */
final class TopBar extends HBox {
    /**
     * Full words; the account and language by icon and code; the buttons by icon alone (tooltips and
     * accessible texts keep the words); all that without the brand.
     */
    private static final int FULL = 0;
    private static final int SHORT = 1;
    private static final int ICONS = 2;
    private static final int NO_BRAND = 3;

    private final CustomTextField search = new CustomTextField();
    final Button export = new Button(Messages.get("top.export"), new FontIcon(Material2MZ.SAVE_ALT));
    private final Node brand = createBrand();
    private final LanguageChoice language;
    private final Label account;
    private final double[] neededAt = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE};
    private int level = FULL;
    private double fittedWidth = -1;

    TopBar(ShelfViewModel shelf, String signedInAs, boolean demo, Runnable onExport, WindowActions actions,
           Node peopleToggle, Node detailsToggle) {
        super(8);
        getStyleClass().add("top-bar");
        setAlignment(Pos.CENTER_LEFT);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        language = new LanguageChoice(actions::chooseLanguage);
        account = createAccount(signedInAs, demo);
        getChildren().addAll(peopleToggle, brand, createSearch(shelf),
                iconButton("back", Material2AL.ARROW_BACK, "top.back", shelf::back,
                        shelf.canGoBackProperty().not()),
                iconButton("forward", Material2AL.ARROW_FORWARD, "top.forward", shelf::forward,
                        shelf.canGoForwardProperty().not()),
                iconButton("refresh", Material2MZ.REFRESH, "top.refresh", shelf::refresh,
                        shelf.shelfProperty().isNull()),
                createBusy(shelf), spacer, createExport(onExport, shelf), detailsToggle,
                iconButton("themeToggle", Material2MZ.NIGHTS_STAY, "top.theme", actions::toggleTheme, null),
                language, account, createSignOut(actions));
    }

    /**
     * Before each layout, the bar takes the widest form that fits: all words, then the account and
     * language shortened, then icons alone on the buttons, then without the brand (the window's title still names the app). Each form's width is
     * measured while it is shown, so the bar grows back only into a form that is known to fit.
     */
    @Override
    protected void layoutChildren() {
        double width = getWidth();
        // Words come back only when the window grew, and go only while it shrank or something no
        // longer fits: a form never follows the one it just left at the same width, so the bar
        // cannot keep the window laying out (and repainting) for ever.
        boolean grew = width > fittedWidth;
        fittedWidth = width;
        if (width > 0) {
            while (grew && level > FULL && width >= neededAt[level - 1]) {
                setLevel(level - 1);
            }
            neededAt[level] = needed();
            while (level < NO_BRAND && width < neededAt[level]) {
                setLevel(level + 1);
                neededAt[level] = needed();
            }
        }
        super.layoutChildren();
    }

    /**
     * Any width: the bar fits itself into the width it is given (see {@link #layoutChildren()}),
     * so its words never make the window wider than the screen. Its parts keep their own minimums.
     */
    @Override
    protected double computeMinWidth(double height) {
        return 0;
    }

    /** The width the bar needs with every field at its smallest. */
    private double needed() {
        double sum = snappedLeftInset() + snappedRightInset();
        int shown = 0;
        for (Node child : getChildren()) {
            if (child.isManaged()) {
                sum += child.minWidth(-1);
                shown++;
            }
        }
        return sum + getSpacing() * Math.max(0, shown - 1);
    }

    private void setLevel(int next) {
        level = next;
        boolean iconsOnly = next >= ICONS;
        account.setContentDisplay(next >= SHORT ? ContentDisplay.GRAPHIC_ONLY
                : ContentDisplay.LEFT);
        for (Node child : getChildren()) {
            // Buttons with an icon and words (Export, Insights, Save image) keep the icon.
            if (child != account && child instanceof Labeled labeled && labeled.getGraphic() != null
                    && labeled.getText() != null && !labeled.getText().isEmpty()) {
                labeled.setContentDisplay(iconsOnly ? ContentDisplay.GRAPHIC_ONLY
                        : ContentDisplay.LEFT);
                if (labeled.getAccessibleText() == null || labeled.getAccessibleText().isEmpty()) {
                    labeled.setAccessibleText(labeled.getText());
                }
            }
        }
        language.setCompact(next >= SHORT);
        brand.setVisible(next < NO_BRAND);
        brand.setManaged(brand.isVisible());
    }

    private static Node createBrand() {
        Text badge = new Text(Messages.get("brand.badge"));
        badge.getStyleClass().add("brand-badge");
        Text shelf = new Text(Messages.get("brand.shelf"));
        shelf.getStyleClass().add("brand-shelf");
        TextFlow brand = new TextFlow(badge, shelf);
        brand.setAccessibleRole(AccessibleRole.TEXT);
        brand.setAccessibleText(Messages.get("app.title"));
        brand.getStyleClass().add("brand");
        brand.setMinWidth(Region.USE_PREF_SIZE);
        return brand;
    }

    private Node createSearch(ShelfViewModel shelf) {
        search.setId("search");
        search.setPromptText(Messages.get("top.search.prompt"));
        search.setAccessibleText(Messages.get("top.search.spoken"));
        search.setLeft(new FontIcon(Material2MZ.SEARCH));
        search.textProperty().bindBidirectional(shelf.searchTextProperty());
        search.setOnAction(e -> shelf.search());
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                if (!shelf.cancel() && !search.getText().isEmpty()) {
                    search.clear();
                }
                e.consume();
            }
        });
        search.setPrefColumnCount(26);
        search.setMinWidth(150);
        HBox.setHgrow(search, Priority.SOMETIMES);
        // Recent searches are offered as the person types (case-insensitive prefix or infix).
        var completion = TextFields.bindAutoCompletion(search, request -> {
            String typed = request.getUserText().trim().toLowerCase(Locale.ROOT);
            return shelf.getRecentSearches().stream()
                    .filter(u -> typed.isEmpty() || u.toLowerCase(Locale.ROOT).contains(typed))
                    .filter(u -> !u.equalsIgnoreCase(typed))
                    .toList();
        });
        completion.setOnAutoCompleted(e -> shelf.show(e.getCompletion()));
        PopupTheme.follow(completion.getAutoCompletionPopup(), search);
        TypedEnter.install(search, completion.getAutoCompletionPopup(), shelf::search);
        return search;
    }

    private Node createBusy(ShelfViewModel shelf) {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(18, 18);
        Button cancel = new Button(null, new FontIcon(Material2AL.CLOSE));
        cancel.setId("cancelSearch");
        cancel.getStyleClass().addAll("flat", "button-icon");
        cancel.setTooltip(new Tooltip(Messages.get("top.cancel")));
        cancel.setAccessibleText(Messages.get("top.cancel"));
        spinner.setAccessibleText(Messages.get("top.busy"));
        cancel.setOnAction(e -> shelf.cancel());
        HBox busy = new HBox(4, spinner, cancel);
        busy.setAlignment(Pos.CENTER_LEFT);
        busy.visibleProperty().bind(shelf.busyProperty());
        busy.managedProperty().bind(busy.visibleProperty());
        return busy;
    }

    private Node createExport(Runnable onExport, ShelfViewModel shelf) {
        export.setId("exportCsv");
        export.getStyleClass().add("accent");
        export.setTooltip(new Tooltip(Messages.get("top.export.help")));
        export.setAccessibleHelp(Messages.get("top.export.help"));
        export.disableProperty().bind(shelf.shelfProperty().isNull());
        export.setMinWidth(Region.USE_PREF_SIZE);
        export.setOnAction(e -> onExport.run());
        return export;
    }

    private static Label createAccount(String signedInAs, boolean demo) {
        Label account = new Label(demo ? Messages.get("top.account.demo") : signedInAs, new FontIcon(Material2MZ.PERSON));
        account.setId("signedInAs");
        account.getStyleClass().add("account");
        account.setTooltip(new Tooltip(demo ? Messages.get("top.account.demo.help")
                : Messages.format("top.account.signedInAs", signedInAs)));
        account.setMinWidth(Region.USE_PREF_SIZE);
        account.setAccessibleText(account.getTooltip().getText());
        return account;
    }

    private Node createSignOut(WindowActions actions) {
        Button signOut = new Button(null, new FontIcon(Material2AL.LOG_OUT));
        signOut.setId("signOut");
        signOut.getStyleClass().addAll("flat", "button-icon");
        signOut.setTooltip(new Tooltip(Messages.get("top.signOut")));
        signOut.setAccessibleText(Messages.get("top.signOut"));
        signOut.setOnAction(e -> actions.signOut());
        return signOut;
    }

    /** A button that shows only an icon: its tooltip (bundle key {@code tipKey}) is also what a screen reader says. */
    private static Button iconButton(String id, Ikon icon, String tipKey, Runnable action,
                                     ObservableBooleanValue disabled) {
        Button button = new Button(null, new FontIcon(icon));
        button.setId(id);
        button.getStyleClass().add("button-icon");
        button.setTooltip(new Tooltip(Messages.get(tipKey)));
        button.setAccessibleText(Messages.get(tipKey));
        button.setOnAction(e -> action.run());
        if (disabled != null) {
            button.disableProperty().bind(disabled);
        }
        return button;
    }

    /** Puts a field of another feature (the comparison's #compareWith) right after the search. */
    void addBesideSearch(Node node) {
        getChildren().add(getChildren().indexOf(search) + 1, node);
    }

    void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }
}
