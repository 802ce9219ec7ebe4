package io.github.badgeshelf.cli;

import io.github.badgeshelf.api.ApiException;
import io.github.badgeshelf.export.FileFailures;

import java.io.IOException;
import java.nio.file.Path;

/** A command's failure to report: the exit status (docs/contracts.md) and the line after "badgeshelf: ". */
final class CommandFailure extends Exception {
    final int status;

    CommandFailure(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    /** A file that could not be written: "could not write f: the disk is full." (exit status 5). */
    static CommandFailure couldNotWrite(Path target, IOException e) {
        return new CommandFailure(5, "could not write " + target + ": " + FileFailures.reason(e) + ".");
    }

    /** The server's or the network's failure, with the exit status its kind stands for. */
    static CommandFailure of(ApiException e) {
        return new CommandFailure(e.kind().exitCode(), e.getMessage());
    }
}
