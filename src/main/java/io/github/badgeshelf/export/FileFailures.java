package io.github.badgeshelf.export;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;

/** Why a file could not be written, in a few plain words, for the window and the command line alike. */
public final class FileFailures {
    private FileFailures() {
    }

    /** The usual reasons, so the window can word them in the person's language. */
    public enum Kind { PERMISSION_DENIED, NO_FOLDER, DISK_FULL, OTHER }

    public static Kind kind(Throwable failure) {
        if (failure instanceof AccessDeniedException) {
            return Kind.PERMISSION_DENIED;
        }
        if (failure instanceof NoSuchFileException) {
            return Kind.NO_FOLDER;
        }
        String message = failure.getMessage();
        if (message != null && message.toLowerCase(Locale.ROOT).contains("no space")) {
            return Kind.DISK_FULL;
        }
        return Kind.OTHER;
    }

    /** E.g. "permission denied", "the folder does not exist", "the disk is full"; no trailing period. */
    public static String reason(Throwable failure) {
        switch (kind(failure)) {
            case PERMISSION_DENIED:
                return "permission denied";
            case NO_FOLDER:
                return "the folder does not exist";
            case DISK_FULL:
                return "the disk is full";
            default:
                break;
        }
        String message = failure.getMessage();
        // The file system's own reason, without the exception's repetition of the path.
        if (failure instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason().toLowerCase(Locale.ROOT);
        }
        if (failure instanceof IOException && message != null && !message.isBlank()) {
            return message;
        }
        return failure.getClass().getSimpleName();
    }
}
