package io.github.badgeshelf.testsupport;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A folder turned read-only under a running app, the way a disk remounted read-only is: the folder
 * is bind-mounted onto itself and that mount remounted {@code ro} (root only; CI runs as root). Every
 * new write in it then fails with "Read-only file system", whatever the permissions say (as root,
 * chmod stops nothing). A plain {@code mount -o remount,ro} of the disk would be refused while the
 * app's log is open for writing ("mount point is busy"); the bind mount leaves the log's open file
 * writable, as a disk made read-only under a running app that keeps its log elsewhere would.
 * A test that cannot mount is skipped with the reason, not failed.
 */
public final class ReadOnlyMount implements AutoCloseable {
    private final Path folder;

    private ReadOnlyMount(Path folder) {
        this.folder = folder;
    }

    /** Makes {@code folder} read-only now, or skips the test saying why. */
    public static ReadOnlyMount on(Path folder) throws IOException, InterruptedException {
        Assumptions.assumeTrue("root".equals(System.getProperty("user.name")),
                "a read-only mount needs root (CI runs as root); this run is " + System.getProperty("user.name"));
        String path = folder.toAbsolutePath().toString();
        run("mount", "--bind", path, path);
        ReadOnlyMount mount = new ReadOnlyMount(folder);
        try {
            run("mount", "-o", "remount,ro,bind", path);
        } catch (RuntimeException | Error e) {
            mount.close();
            throw e;
        }
        Assumptions.assumeFalse(Files.isWritable(folder) && canCreateIn(folder),
                "the read-only mount on " + path + " still takes writes");
        return mount;
    }

    private static boolean canCreateIn(Path folder) {
        try {
            Files.delete(Files.createTempFile(folder, "probe", ".tmp"));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        boolean ended = p.waitFor(30, TimeUnit.SECONDS);
        String said = new String(p.getInputStream().readAllBytes());
        Assumptions.assumeTrue(ended && p.exitValue() == 0, String.join(" ", command) + " is not available here: " + said);
    }

    /** Writable again (the bind mount removed). */
    @Override
    public void close() throws IOException, InterruptedException {
        new ProcessBuilder("umount", "-l", folder.toAbsolutePath().toString()).start().waitFor(30, TimeUnit.SECONDS);
    }
}
