package io.github.badgeshelf.ui.main;

import javafx.stage.Window;

import java.nio.file.Path;
import java.util.Optional;

/** What the window asks of the desktop: a browser, a file manager, a save dialog, the theme, the language, signing out. */
public interface WindowActions {
    void openInBrowser(String url);

    void openFolder(Path folder);

    /** Asks where to save; empty when the person cancels. */
    Optional<Path> chooseExportFile(Window owner, String proposedName);

    void toggleTheme();

    void signOut();

    /** Switches the window to {@code language} (and remembers it); nothing where the window cannot. */
    default void chooseLanguage(java.util.Locale language) {
    }
}
