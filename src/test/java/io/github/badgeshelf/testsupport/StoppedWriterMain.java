package io.github.badgeshelf.testsupport;

import io.github.badgeshelf.files.AtomicFiles;

import java.nio.file.Path;

/**
 * A process stopped in the middle of a write, for the temporary-file tests: starts an atomic write
 * of {@code args[0]}, says "WRITING" on standard output once the temporary file holds data, and then
 * waits to be stopped.
 */
public final class StoppedWriterMain {
    private StoppedWriterMain() {
    }

    public static void main(String[] args) throws Exception {
        AtomicFiles.write(Path.of(args[0]), out -> {
            out.write(new byte[64 * 1024]);
            out.flush();
            System.out.println("WRITING");
            System.out.flush();
            try {
                Thread.sleep(Long.MAX_VALUE);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }
}
