package io.github.badgeshelf.ui.common;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The one status line of the main window: every feature reports into it (the shelf's own status
 * is followed, the export and unexpected problems call {@link #show}), and the line offers the
 * action that belongs to the message on it (Retry, Open folder), only while that message stands.
 * UI thread only.
 */
public final class StatusViewModel {
    private final ReadOnlyObjectWrapper<StatusMessage> message = new ReadOnlyObjectWrapper<>(StatusMessage.EMPTY);
    private final ReadOnlyBooleanWrapper canRetry = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Path> folderToOpen = new ReadOnlyObjectWrapper<>();
    private final List<String> pendingNotices = new ArrayList<>();

    /** Shows the message, with any waiting notices after it when it is an outcome. */
    public void show(StatusMessage next) {
        StatusMessage shown = next;
        if (!next.inProgress() && !pendingNotices.isEmpty()) {
            shown = next.withNotice(String.join(" ", pendingNotices));
            pendingNotices.clear();
        }
        message.set(shown);
        canRetry.set(shown.action() instanceof StatusAction.Retry);
        folderToOpen.set(shown.action() instanceof StatusAction.OpenFolder open ? open.folder() : null);
    }

    /** Says the message on the line again, in the window's current language (after a change of language). */
    public void reword() {
        message.set(message.get().reworded());
    }

    /** Shows what {@code source} says from now on, as it changes. */
    public void follow(ObservableValue<StatusMessage> source) {
        source.addListener((obs, old, now) -> show(now));
        show(source.getValue());
    }

    /**
     * A notice (a damaged settings file, where the key is kept) said with the next outcome:
     * said alone, the next "Loaded ..." line would replace it before anyone could read it. When
     * the line shows no work in progress, it is added now.
     */
    public void addNotice(String notice) {
        if (notice == null || notice.isBlank()) {
            return;
        }
        pendingNotices.add(notice);
        if (!message.get().inProgress()) {
            show(message.get());
        }
    }

    /** Runs the message's Retry, if it has one. */
    public void retry() {
        if (message.get().action() instanceof StatusAction.Retry retry) {
            retry.again().run();
        }
    }

    public ReadOnlyObjectProperty<StatusMessage> messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** True while the message on the line can be retried. */
    public ReadOnlyBooleanProperty canRetryProperty() {
        return canRetry.getReadOnlyProperty();
    }

    /** The folder of the file the message on the line announced, or null. */
    public ReadOnlyObjectProperty<Path> folderToOpenProperty() {
        return folderToOpen.getReadOnlyProperty();
    }
}
