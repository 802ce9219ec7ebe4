package io.github.badgeshelf.testsupport;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A real full disk: a 200 KB tmpfs mounted on a folder (root only; CI runs as root), filled to the
 * last byte. A test that cannot mount one is skipped with the reason, not failed.
 */
public final class SmallDisk implements AutoCloseable {
    private final Path mountPoint;

    private SmallDisk(Path mountPoint) {
        this.mountPoint = mountPoint;
    }

    /** Mounts a 200 KB tmpfs on {@code folder} (created if needed), or skips the test saying why. */
    public static SmallDisk mountOn(Path folder) throws IOException, InterruptedException {
        Assumptions.assumeTrue("root".equals(System.getProperty("user.name")),
                "a tmpfs can only be mounted as root (CI runs as root); this run is " + System.getProperty("user.name"));
        Files.createDirectories(folder);
        Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=200k", "tmpfs", folder.toString())
                .redirectErrorStream(true).start();
        boolean ended = mount.waitFor(30, TimeUnit.SECONDS);
        String said = new String(mount.getInputStream().readAllBytes());
        Assumptions.assumeTrue(ended && mount.exitValue() == 0, "mount -t tmpfs is not available here: " + said);
        return new SmallDisk(folder);
    }

    /** Fills the disk until the file system refuses another byte. */
    public SmallDisk fill() throws IOException {
        byte[] block = new byte[4096];
        try (OutputStream out = Files.newOutputStream(mountPoint.resolve("filler.bin"))) {
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            // Expected: "No space left on device". A few bytes may still be free below one block.
        }
        try (OutputStream out = Files.newOutputStream(mountPoint.resolve("filler2.bin"))) {
            while (true) {
                out.write(0);
                out.flush();
            }
        } catch (IOException full) {
            return this;
        }
    }

    public Path path() {
        return mountPoint;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        new ProcessBuilder("umount", "-l", mountPoint.toString()).start().waitFor(30, TimeUnit.SECONDS);
    }
}
