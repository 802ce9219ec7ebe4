package io.github.badgeshelf.ui.common;

import io.github.badgeshelf.settings.Settings;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.stage.PopupWindow;
import javafx.stage.WindowEvent;

import java.util.ArrayList;
import java.util.List;

/**
 * A popup of a third-party control (ControlsFX's suggestion list) lives in a scene of its own: the
 * stylesheets of the window's parents do not reach it, and neither does the theme's style class on
 * the window's root, so it would show ControlsFX's white Modena look in the dark theme. Each time
 * it is shown, it takes the stylesheets and the theme class of the control it belongs to.
 */
public final class PopupTheme {
    private static final List<String> THEME_CLASSES = List.of(Settings.THEME_DARK, Settings.THEME_LIGHT);

    private PopupTheme() {
    }

    public static void follow(PopupWindow popup, Node owner) {
        // Dressed as soon as the control is in the window, so that even the first showing (whose
        // first CSS pass can come before the showing event) finds every colour it looks up.
        owner.sceneProperty().addListener((obs, old, now) -> {
            if (now != null) {
                dress(popup, owner);
            }
        });
        if (owner.getScene() != null) {
            dress(popup, owner);
        }
        popup.addEventHandler(WindowEvent.WINDOW_SHOWING, e -> dress(popup, owner));
        // Showing may copy the owner scene's (empty) stylesheets over ours: dressed again once shown.
        popup.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> dress(popup, owner));
    }

    private static void dress(PopupWindow popup, Node owner) {
        if (popup.getScene() == null || popup.getScene().getRoot() == null) {
            return;
        }
        List<String> sheets = new ArrayList<>();
        List<String> themeClasses = new ArrayList<>();
        // From the window's root down to the control, as the cascade reads them.
        List<Parent> chain = new ArrayList<>();
        for (Parent p = owner instanceof Parent self ? self : owner.getParent(); p != null; p = p.getParent()) {
            chain.add(0, p);
        }
        for (Parent p : chain) {
            for (String sheet : p.getStylesheets()) {
                if (!sheets.contains(sheet)) {
                    sheets.add(sheet);
                }
            }
            p.getStyleClass().stream().filter(THEME_CLASSES::contains).forEach(themeClasses::add);
        }
        if (owner.getScene() != null) {
            owner.getScene().getStylesheets().stream().filter(s -> !sheets.contains(s)).forEach(s -> sheets.add(0, s));
        }
        Parent root = popup.getScene().getRoot();
        if (!popup.getScene().getStylesheets().equals(sheets)) {
            popup.getScene().getStylesheets().setAll(sheets);
        }
        root.getStyleClass().removeAll(THEME_CLASSES);
        root.getStyleClass().addAll(themeClasses);
    }
}
