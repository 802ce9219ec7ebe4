package io.github.badgeshelf.cli;

import io.github.badgeshelf.testsupport.AwardsFixtures;
import io.github.badgeshelf.testsupport.SmallDisk;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 21 item 6 on the command line: writing to a really full disk (a 200 KB tmpfs, filled) says
 * "the disk is full", for the PNG too, whose writer hides the reason inside "I/O error writing PNG
 * file!"; no temporary file is left and the one line stays one line.
 */
class FullDiskCommandTest extends CliAgainstFakeServer {
    private static final String USER = "FullDisk";

    @BeforeAll
    static void addUser() {
        server.addUser(USER, AwardsFixtures.generate(12, 4));
    }

    private Map<String, String> envWithHome() {
        Map<String, String> env = env();
        env.put("BADGESHELF_HOME", dir.resolve("home").toString());
        return env;
    }

    @Test
    void theWallImageOnAFullDiskSaysTheDiskIsFull() throws Exception {
        try (SmallDisk disk = SmallDisk.mountOn(dir.resolve("full"))) {
            disk.fill();
            Path target = disk.path().resolve("wall.png");

            CliRun run = CliRun.run(envWithHome(), "image", "--user", USER, "--out", target.toString()).failedWith(5);

            assertThat(run.errLine()).isEqualTo("badgeshelf: could not write " + target + ": the disk is full.");
            assertThat(target).doesNotExist();
            try (Stream<Path> files = Files.list(disk.path())) {
                assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
            }
        }
    }

    @Test
    void theCsvOnAFullDiskSaysTheDiskIsFull() throws Exception {
        try (SmallDisk disk = SmallDisk.mountOn(dir.resolve("full"))) {
            disk.fill();
            Path target = disk.path().resolve("awards.csv");

            CliRun run = CliRun.run(envWithHome(), "export", "--user", USER, "--out", target.toString()).failedWith(5);

            assertThat(run.errLine()).isEqualTo("badgeshelf: could not write " + target + ": the disk is full.");
        }
    }
}
