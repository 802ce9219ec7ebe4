package io.github.badgeshelf.ui.main;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The folder the save dialog opens in: the last one used, else the user's Documents folder, else
 * their home. Never the working directory, which for a launcher or {@code mvn javafx:run} is an
 * install or source folder nobody means to save a spreadsheet in. A remembered folder that cannot
 * be used (gone, or not a path at all, such as one with a NUL in it) is passed over with a note,
 * so one bad setting never stops every later save.
 */
final class ExportFolder {
    /**
     * Where the dialog opens.
     *
     * @param unusable the remembered folder, when it was passed over; empty when it was used or there was none
     */
    record Proposal(Path folder, Optional<String> unusable) {
    }

    private ExportFolder() {
    }

    static Proposal propose(String lastUsed, Path userHome) {
        Optional<Path> last = usable(lastUsed);
        if (last.isPresent()) {
            return new Proposal(last.get(), Optional.empty());
        }
        Path documents = userHome.resolve("Documents");
        Path fallback = Files.isDirectory(documents) ? documents : userHome;
        boolean remembered = lastUsed != null && !lastUsed.isBlank();
        return new Proposal(fallback, remembered ? Optional.of(lastUsed) : Optional.empty());
    }

    static Proposal propose(String lastUsed) {
        return propose(lastUsed, Path.of(System.getProperty("user.home")));
    }

    static Path proposed(String lastUsed, Path userHome) {
        return propose(lastUsed, userHome).folder();
    }

    /** The remembered folder as a path, when it is one and is an existing folder. */
    static Optional<Path> usable(String lastUsed) {
        if (lastUsed == null || lastUsed.isBlank()) {
            return Optional.empty();
        }
        try {
            Path folder = Path.of(lastUsed);
            return Files.isDirectory(folder) ? Optional.of(folder) : Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }
}
