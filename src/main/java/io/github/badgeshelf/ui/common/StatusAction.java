package io.github.badgeshelf.ui.common;

import java.nio.file.Path;
import java.util.Objects;

/** What a person can do about a status message, shown as a link beside it. */
public sealed interface StatusAction {

    /** Run the failed or offline request again. */
    record Retry(Runnable again) implements StatusAction {
        public Retry {
            Objects.requireNonNull(again, "again");
        }
    }

    /** Open the folder a file was saved in. */
    record OpenFolder(Path folder) implements StatusAction {
        public OpenFolder {
            Objects.requireNonNull(folder, "folder");
        }
    }
}
