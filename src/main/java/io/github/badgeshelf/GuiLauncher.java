package io.github.badgeshelf;

import javafx.application.Application;

/** Kept apart from {@link Main} so the command line never loads a JavaFX class. */
final class GuiLauncher {
    private GuiLauncher() {
    }

    static void launch(String[] args) {
        Application.launch(BadgeShelfApp.class, args);
    }
}
