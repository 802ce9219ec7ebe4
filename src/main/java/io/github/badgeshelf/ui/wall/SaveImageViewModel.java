package io.github.badgeshelf.ui.wall;

import io.github.badgeshelf.ui.common.FileReasons;
import io.github.badgeshelf.ui.common.StatusAction;
import io.github.badgeshelf.ui.common.StatusMessage;
import io.github.badgeshelf.ui.common.TaskExecutor;
import io.github.badgeshelf.ui.i18n.Messages;
import io.github.badgeshelf.wall.WallCaptions;
import io.github.badgeshelf.wall.WallContent;
import io.github.badgeshelf.wall.WallIconLoader;
import io.github.badgeshelf.wall.WallLayout;
import io.github.badgeshelf.wall.WallRenderer;
import io.github.badgeshelf.wall.WallSaver;
import io.github.badgeshelf.wall.WallTheme;
import io.github.badgeshelf.wall.WallTooLargeException;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * "Save image": the wall of the awards shown (filters and sort apply) as a PNG, drawn by the same
 * core renderer as the command line's {@code image}. The size is checked as the columns change;
 * saving waits for the icons off the FX thread, with progress and Cancel, and writes the file
 * whole or not at all.
 */
public final class SaveImageViewModel {
    private final TaskExecutor executor;
    private final Supplier<WallIconLoader> loader;
    private final Consumer<StatusMessage> status;
    private final IntegerProperty columns = new SimpleIntegerProperty(WallLayout.DEFAULT_COLUMNS);
    private final ReadOnlyStringWrapper sizeText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper fits = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<WallSaver.Saved> saved = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private WallContent content;
    private WallRenderer renderer;
    private TaskExecutor.Cancellable pending;
    private AtomicBoolean cancelFlag = new AtomicBoolean();
    /** Counts saves, so progress from a cancelled one never shows in a later one. */
    private long generation;

    public SaveImageViewModel(TaskExecutor executor, Supplier<WallIconLoader> loader, Consumer<StatusMessage> status) {
        this.executor = executor;
        this.loader = loader;
        this.status = status;
        columns.addListener((obs, old, now) -> updateSize());
    }

    /** What to draw, snapshot when the dialog opens; the theme is the window's. */
    public void prepare(WallContent content, WallTheme theme) {
        this.content = content;
        this.renderer = new WallRenderer(theme, captions());
        saved.set(null);
        error.set("");
        updateSize();
    }

    /** The counter captions in the window's language. */
    public static WallCaptions captions() {
        return new WallCaptions(Messages.get("image.caption.total"), Messages.get("image.caption.mastered"),
                Messages.get("image.caption.completed"), Messages.get("image.caption.beaten"),
                Messages.get("image.caption.beatenSoftcore"), Messages.get("image.caption.events"),
                Messages.get("image.caption.site"), Messages.get("image.caption.hidden"));
    }

    private void updateSize() {
        if (content == null) {
            return;
        }
        int n = Math.max(1, columns.get());
        try {
            WallLayout layout = renderer.layout(content, n);
            fits.set(true);
            sizeText.set(Messages.format("image.size", layout.width(), layout.height()));
        } catch (WallTooLargeException e) {
            fits.set(false);
            sizeText.set(Messages.format("image.tooLarge", e.width(), e.height(), WallLayout.MAX_SIDE));
        }
    }

    /** {@code <user>-wall-<yyyy-mm-dd>.png}, in the local date. */
    public static String proposedFileName(String user, Clock clock) {
        String safe = user == null || user.isBlank() ? "shelf" : user.replaceAll("[^A-Za-z0-9_-]", "_");
        return safe + "-wall-" + LocalDate.now(clock.withZone(ZoneId.systemDefault())) + ".png";
    }

    public void save(Path target) {
        if (content == null || busy.get() || !fits.get()) {
            return;
        }
        WallContent snapshot = content;
        int n = columns.get();
        WallSaver saver = new WallSaver(loader.get(), renderer);
        AtomicBoolean cancelled = new AtomicBoolean();
        cancelFlag = cancelled;
        long mine = ++generation;
        busy.set(true);
        error.set("");
        saved.set(null);
        progress.set(-1);
        progressText.set(Messages.get("image.saving"));
        status.accept(StatusMessage.busy(Messages.get("image.saving")));
        pending = executor.submit(() -> saver.save(snapshot, n, target,
                (done, total) -> executor.runOnUiThread(() -> showProgress(mine, done, total)), cancelled::get),
                this::succeeded,
                failure -> failed(target, failure));
    }

    private void showProgress(long save, int done, int total) {
        if (save != generation || !busy.get()) {
            return;
        }
        progress.set(total == 0 ? 1 : (double) done / total);
        progressText.set(Messages.format("image.progress", done, total));
    }

    private void succeeded(WallSaver.Saved result) {
        busy.set(false);
        progress.set(1);
        saved.set(result);
        StatusMessage done = result.placeholders() == 0
                ? StatusMessage.success(Messages.format("image.saved", result.tiles(), result.width(),
                        result.height(), result.file().toString()))
                : StatusMessage.warning(Messages.format("image.saved.placeholders", result.placeholders(),
                        result.width(), result.height(), result.file().toString()));
        // "Open folder" beside the message, as after an export.
        Path folder = result.file().toAbsolutePath().getParent();
        status.accept(folder == null ? done : done.withAction(new StatusAction.OpenFolder(folder)));
    }

    private void failed(Path target, Throwable failure) {
        busy.set(false);
        if (failure instanceof CancellationException || failure instanceof InterruptedException) {
            status.accept(StatusMessage.info(Messages.get("image.cancelled")));
            return;
        }
        String message = failure instanceof WallTooLargeException tooLarge
                ? Messages.format("image.tooLarge", tooLarge.width(), tooLarge.height(), WallLayout.MAX_SIDE)
                : Messages.format("image.failed", String.valueOf(target.getFileName()),
                        FileReasons.words(failure));
        error.set(message);
        status.accept(StatusMessage.error(message));
    }

    /** Stops a save in progress: the icons stop loading and nothing is written. */
    public void cancel() {
        if (!busy.get()) {
            return;
        }
        cancelFlag.set(true);
        generation++;
        if (pending != null) {
            pending.cancel();
        }
        busy.set(false);
        progress.set(0);
        status.accept(StatusMessage.info(Messages.get("image.cancelled")));
    }

    public IntegerProperty columnsProperty() {
        return columns;
    }

    public ReadOnlyStringProperty sizeTextProperty() {
        return sizeText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty fitsProperty() {
        return fits.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** 0 to 1, or -1 while the amount of work is not known yet. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    /** The last wall written, or null. */
    public ReadOnlyObjectProperty<WallSaver.Saved> savedProperty() {
        return saved.getReadOnlyProperty();
    }

    /** Why the last save failed, in words, or empty. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
