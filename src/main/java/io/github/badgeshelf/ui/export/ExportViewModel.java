package io.github.badgeshelf.ui.export;

import io.github.badgeshelf.export.CsvExporter;
import io.github.badgeshelf.model.Award;
import io.github.badgeshelf.ui.common.StatusAction;
import io.github.badgeshelf.ui.common.StatusMessage;
import io.github.badgeshelf.ui.common.TaskExecutor;
import io.github.badgeshelf.ui.i18n.Messages;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;

/**
 * Saves the awards on screen, in the order shown, as CSV in the background. The file is written
 * whole or not at all, so a failure leaves any existing file as it was.
 */
public final class ExportViewModel {
    private final TaskExecutor executor;
    private final Consumer<StatusMessage> status;
    private final Clock clock;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Path> lastSaved = new ReadOnlyObjectWrapper<>();

    public ExportViewModel(TaskExecutor executor, Consumer<StatusMessage> status, Clock clock) {
        this.executor = executor;
        this.status = status;
        this.clock = clock;
    }

    /** {@code <user>-awards-<yyyy-mm-dd>.csv}, in the local date. */
    public String proposedFileName(String user) {
        String safe = user == null || user.isBlank() ? "shelf" : user.replaceAll("[^A-Za-z0-9_-]", "_");
        return safe + "-awards-" + LocalDate.now(clock.withZone(ZoneId.systemDefault())) + ".csv";
    }

    /**
     * The awards with an empty Image URL cell: for the demo, whose badges are drawn by BadgeShelf,
     * exist nowhere on the web and are served by a loopback server whose port is gone once the app
     * closes. An empty cell says "no picture online"; a URL would point at nothing (or, on the
     * real media host, at somebody else's badge).
     */
    public static List<Award> withoutImageUrls(List<Award> awards) {
        return awards.stream().map(Award::withoutIconUrl).toList();
    }

    /** Snapshot the list now (on the UI thread); the background only sees the copy. */
    public void export(List<Award> shown, Path target) {
        List<Award> snapshot = List.copyOf(shown);
        busy.set(true);
        status.accept(StatusMessage.worded(StatusMessage.Tone.BUSY,
                () -> Messages.format("export.saving", snapshot.size(), String.valueOf(target.getFileName()))));
        executor.submit(() -> {
            CsvExporter.export(snapshot, target);
            return target;
        }, saved -> {
            busy.set(false);
            lastSaved.set(saved);
            StatusMessage done = StatusMessage.worded(StatusMessage.Tone.SUCCESS,
                    () -> Messages.format("export.saved", snapshot.size(), saved.toString()));
            Path folder = saved.toAbsolutePath().getParent();
            status.accept(folder == null ? done : done.withAction(new StatusAction.OpenFolder(folder)));
        }, failure -> {
            busy.set(false);
            status.accept(StatusMessage.worded(StatusMessage.Tone.ERROR,
                    () -> Messages.format("export.failed", String.valueOf(target.getFileName()), reason(failure))));
        });
    }

    /** Why the file could not be written, in the window's language; an unusual reason as the system says it. */
    private static String reason(Throwable failure) {
        return io.github.badgeshelf.ui.common.FileReasons.words(failure);
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The file saved last, for "open folder". */
    public ReadOnlyObjectProperty<Path> lastSavedProperty() {
        return lastSaved.getReadOnlyProperty();
    }
}
