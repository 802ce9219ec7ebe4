package io.github.badgeshelf.ui.main;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Parent;

import java.util.Objects;

/** Dark (the default, as the website's players are used to) or light: AtlantaFX Primer plus our stylesheet. */
public enum Theme {
    DARK, LIGHT;

    public static final String STYLESHEET = Objects.requireNonNull(
            Theme.class.getResource("/io/github/badgeshelf/ui/badgeshelf.css")).toExternalForm();

    public static Theme fromName(String name) {
        return "light".equalsIgnoreCase(name) ? LIGHT : DARK;
    }

    public String settingName() {
        return name().toLowerCase();
    }

    public Theme other() {
        return this == DARK ? LIGHT : DARK;
    }

    /** Applies the theme to the whole application and marks the root for our named colours. */
    public void apply(Parent root) {
        Application.setUserAgentStylesheet(this == DARK
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        if (root != null) {
            root.getStyleClass().removeAll("dark", "light");
            root.getStyleClass().add(settingName());
        }
    }
}
