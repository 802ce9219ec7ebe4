package io.github.badgeshelf;

/** Kept apart from {@link Main} so the command line never loads a JavaFX class. */
final class GuiLauncher {
    private GuiLauncher() {
    }

    static void launch(String[] args) {
        javafx.application.Application.launch(BadgeShelfApp.class, args);
    }
}
