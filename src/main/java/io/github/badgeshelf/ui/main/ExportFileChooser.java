package io.github.badgeshelf.ui.main;

import javafx.stage.Window;

import java.nio.file.Path;
import java.util.Optional;

/** Asks where to save an export. The app uses the system's save dialog; tests answer with a path. */
@FunctionalInterface
public interface ExportFileChooser {
    /** @param initialFolder the last folder used, else the user's Documents folder (or home) */
    Optional<Path> choose(Window owner, String proposedName, Path initialFolder);
}
