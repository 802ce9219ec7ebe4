package io.github.badgeshelf.ui.main;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The folder the save dialog opens in: the last one used, else the user's Documents folder, else
 * their home. Never the working directory, which for a launcher or {@code mvn javafx:run} is an
 * install or source folder nobody means to save a spreadsheet in.
 */
final class ExportFolder {
    private ExportFolder() {
    }

    static Path proposed(String lastUsed, Path userHome) {
        if (lastUsed != null && !lastUsed.isBlank() && Files.isDirectory(Path.of(lastUsed))) {
            return Path.of(lastUsed);
        }
        Path documents = userHome.resolve("Documents");
        return Files.isDirectory(documents) ? documents : userHome;
    }

    static Path proposed(String lastUsed) {
        return proposed(lastUsed, Path.of(System.getProperty("user.home")));
    }
}
