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

    /** E.g. "permission denied", "the folder does not exist", "the disk is full"; no trailing period. */
    public static String reason(Throwable failure) {
        if (failure instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (failure instanceof NoSuchFileException) {
            return "the folder does not exist";
        }
        String message = failure.getMessage();
        if (message != null && message.toLowerCase(Locale.ROOT).contains("no space")) {
            return "the disk is full";
        }
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
