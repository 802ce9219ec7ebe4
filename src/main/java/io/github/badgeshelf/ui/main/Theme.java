package io.github.badgeshelf.ui.main;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import io.github.badgeshelf.settings.Settings;
import javafx.application.Application;
import javafx.scene.Parent;

import java.util.Objects;

/** Dark (the default, as the website's players are used to) or light: AtlantaFX Primer plus our stylesheet. */
public enum Theme {
    DARK(Settings.THEME_DARK), LIGHT(Settings.THEME_LIGHT);

    public static final String STYLESHEET = Objects.requireNonNull(
            Theme.class.getResource("/io/github/badgeshelf/ui/badgeshelf.css")).toExternalForm();

    /** Also the style class on the root, for our named colours. */
    private final String settingName;

    Theme(String settingName) {
        this.settingName = settingName;
    }

    /** The theme a setting names; dark for anything else, as {@link Settings} reads it. */
    public static Theme fromName(String name) {
        return LIGHT.settingName.equalsIgnoreCase(name == null ? "" : name.trim()) ? LIGHT : DARK;
    }

    public String settingName() {
        return settingName;
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
            for (Theme theme : values()) {
                root.getStyleClass().remove(theme.settingName);
            }
            root.getStyleClass().add(settingName);
        }
    }
}
