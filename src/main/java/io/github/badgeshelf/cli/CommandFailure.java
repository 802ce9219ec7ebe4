package io.github.badgeshelf.cli;

import io.github.badgeshelf.api.ApiException;

/** A command's failure to report: the exit status (docs/contracts.md) and the line after "badgeshelf: ". */
final class CommandFailure extends Exception {
    final int status;

    CommandFailure(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    /** The server's or the network's failure, with the exit status its kind stands for. */
    static CommandFailure of(ApiException e) {
        return new CommandFailure(e.kind().exitCode(), e.getMessage());
    }
}
