package io.github.badgeshelf.ui.compare;

import io.github.badgeshelf.compare.ComparedGame;
import io.github.badgeshelf.export.ComparisonCsv;
import io.github.badgeshelf.export.FileFailures;
import io.github.badgeshelf.ui.common.StatusMessage;
import io.github.badgeshelf.ui.common.TaskExecutor;
import io.github.badgeshelf.ui.i18n.Messages;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;

/**
 * Saves a comparison's games in the {@code compare} command's CSV format, whole or not at all, in
 * the background, and says how it went in the status line; one export at a time.
 */
final class CompareExport {
    private final TaskExecutor executor;
    private final Consumer<StatusMessage> statusLine;
    private final Clock clock;
    private final ReadOnlyBooleanWrapper exporting = new ReadOnlyBooleanWrapper(false);

    CompareExport(TaskExecutor executor, Consumer<StatusMessage> statusLine, Clock clock) {
        this.executor = executor;
        this.statusLine = statusLine;
        this.clock = clock;
    }

    /** {@code <left>-vs-<right>-<yyyy-mm-dd>.csv}, in the local date. */
    String proposedFileName(String left, String right) {
        return safe(left) + "-vs-" + safe(right) + "-" + LocalDate.now(clock.withZone(ZoneId.systemDefault())) + ".csv";
    }

    private static String safe(String name) {
        return name == null || name.isBlank() ? "shelf" : name.replaceAll("[^A-Za-z0-9_-]", "_");
    }

    /** Writes {@code games} (taken on the FX thread, never read again there) to {@code target}. */
    void export(String left, String right, List<ComparedGame> games, Path target) {
        if (exporting.get()) {
            return;
        }
        List<ComparedGame> snapshot = List.copyOf(games);
        exporting.set(true);
        statusLine.accept(StatusMessage.busy(Messages.format("compare.exporting", snapshot.size(), target.getFileName())));
        executor.submit(() -> {
            ComparisonCsv.export(left, right, snapshot, target);
            return target;
        }, saved -> {
            exporting.set(false);
            statusLine.accept(StatusMessage.success(Messages.format("compare.exported", snapshot.size(), saved)));
        }, failure -> {
            exporting.set(false);
            statusLine.accept(StatusMessage.error(Messages.format("compare.exportFailed", target.getFileName(),
                    FileFailures.reason(failure))));
        });
    }

    ReadOnlyBooleanProperty exportingProperty() {
        return exporting.getReadOnlyProperty();
    }
}
