package io.github.badgeshelf.ui.common;

import io.github.badgeshelf.export.FileFailures;
import io.github.badgeshelf.ui.i18n.Messages;

/** Why a file could not be written or removed, in the window's language (see {@link FileFailures}). */
public final class FileReasons {
    private FileReasons() {
    }

    /** E.g. "the disk is full"; an unusual reason as the system says it. */
    public static String words(Throwable failure) {
        return switch (FileFailures.kind(failure)) {
            case PERMISSION_DENIED -> Messages.get("export.reason.permission");
            case READ_ONLY -> Messages.get("export.reason.readOnly");
            case NO_FOLDER -> Messages.get("export.reason.noFolder");
            case FILE_IN_THE_WAY -> Messages.get("export.reason.fileInTheWay");
            case DISK_FULL -> Messages.get("export.reason.diskFull");
            case FILE_TOO_LARGE -> Messages.get("export.reason.fileTooLarge");
            case OTHER -> FileFailures.reason(failure);
        };
    }
}
