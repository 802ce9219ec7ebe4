package io.github.badgeshelf.export;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * Why a file could not be written, in a few plain words, for the window and the command line alike.
 * The reason comes from the cause: a writer such as ImageIO wraps "No space left on device" in its
 * own "I/O error writing PNG file!", so the whole chain of causes is read, innermost words first.
 */
public final class FileFailures {
    private FileFailures() {
    }

    /** The usual reasons, so the window can word them in the person's language. */
    public enum Kind { PERMISSION_DENIED, READ_ONLY, NO_FOLDER, FILE_IN_THE_WAY, DISK_FULL, FILE_TOO_LARGE, OTHER }

    public static Kind kind(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            Kind kind = ownKind(t);
            if (kind != Kind.OTHER) {
                return kind;
            }
        }
        return Kind.OTHER;
    }

    private static Kind ownKind(Throwable t) {
        String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
        if (t instanceof FileSystemException fse && fse.getReason() != null) {
            message = message + " " + fse.getReason().toLowerCase(Locale.ROOT);
        }
        // EROFS: nothing the person can change about permissions; the disk itself takes no writes.
        if (message.contains("read-only file system")) {
            return Kind.READ_ONLY;
        }
        if (t instanceof AccessDeniedException) {
            return Kind.PERMISSION_DENIED;
        }
        if (t instanceof NoSuchFileException) {
            return Kind.NO_FOLDER;
        }
        // A folder could not be made (or gone into) because a file has its name; the message is only the path.
        if (t instanceof FileAlreadyExistsException || t instanceof NotDirectoryException
                || message.contains("not a directory")) {
            return Kind.FILE_IN_THE_WAY;
        }
        // The operating system's words (strerror) for ENOSPC, EDQUOT, EFBIG and EACCES/EPERM.
        if (message.contains("no space") || message.contains("quota exceeded")) {
            return Kind.DISK_FULL;
        }
        if (message.contains("file too large")) {
            return Kind.FILE_TOO_LARGE;
        }
        if (message.contains("permission denied") || message.contains("operation not permitted")) {
            return Kind.PERMISSION_DENIED;
        }
        return Kind.OTHER;
    }

    /** E.g. "permission denied", "the disk is read-only", "the disk is full"; no trailing period. */
    public static String reason(Throwable failure) {
        switch (kind(failure)) {
            case PERMISSION_DENIED:
                return "permission denied";
            case READ_ONLY:
                return "the disk is read-only";
            case NO_FOLDER:
                return "the folder does not exist";
            case FILE_IN_THE_WAY:
                return "a file is where a folder should be";
            case DISK_FULL:
                return "the disk is full";
            case FILE_TOO_LARGE:
                return "the file is too large for this disk or account";
            default:
                break;
        }
        Throwable innermost = failure;
        while (innermost.getCause() != null && innermost.getCause() != innermost
                && innermost.getCause() instanceof IOException) {
            innermost = innermost.getCause();
        }
        String message = innermost.getMessage();
        // The file system's own reason, without the exception's repetition of the path.
        if (innermost instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason().toLowerCase(Locale.ROOT);
        }
        if (innermost instanceof IOException && message != null && !message.isBlank()) {
            return message;
        }
        return innermost.getClass().getSimpleName();
    }
}
