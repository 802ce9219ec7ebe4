package io.github.badgeshelf.cli;

import io.github.badgeshelf.files.AtomicFiles;
import io.github.badgeshelf.export.FileFailures;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

/** Where a command's CSV goes: the --out file, whole or not at all, or else standard output. */
final class CsvOutput {
    private CsvOutput() {
    }

    /** Writes the content to {@code target} atomically, or to {@code out} when there is no target. */
    static void write(AtomicFiles.Content content, Path target, PrintStream out) throws CommandFailure {
        if (target == null) {
            try {
                content.writeTo(out);
            } catch (IOException e) {
                throw new CommandFailure(5, "could not write to standard output: " + FileFailures.reason(e) + ".");
            }
            if (out.checkError()) {
                throw new CommandFailure(5, "could not write to standard output.");
            }
            return;
        }
        try {
            AtomicFiles.write(target, content);
        } catch (IOException e) {
            throw CommandFailure.couldNotWrite(target, e);
        }
    }
}
