package io.github.badgeshelf.files;

import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * The writes the app makes on its own in its folder (settings, offline copies of shelves and game
 * pages, when shelves were last looked at) that could not be kept: a read-only or full disk. Nobody
 * asked for them, so their writers carry on without them, but the person is told once: the first
 * failure of the run goes to the listener, later ones only to the log. Once is enough because they
 * all have one cause (the folder) and would otherwise repeat with every search.
 */
public final class UnkeptWrites {
    private final Path folder;
    private final AtomicBoolean said = new AtomicBoolean();
    private volatile Consumer<Exception> listener = failure -> { };

    /** For writers whose failures nobody says (the command line: the one line is its outcome). */
    public UnkeptWrites() {
        this(null);
    }

    /** The writes into {@code folder}, the app's home. */
    public UnkeptWrites(Path folder) {
        this.folder = folder == null ? null : folder.toAbsolutePath();
    }

    /** The folder the writes go to (the app's home), or null when not said. */
    public Path folder() {
        return folder;
    }

    /** Who says it (the window), given the first failure, on the writing thread. */
    public void onFirstFailure(Consumer<Exception> listener) {
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /** A write could not be kept; the first of the run is passed on. */
    public void failed(Exception failure) {
        if (said.compareAndSet(false, true)) {
            listener.accept(failure);
        }
    }

    /** True once a failure was passed on. */
    public boolean anyFailed() {
        return said.get();
    }
}
