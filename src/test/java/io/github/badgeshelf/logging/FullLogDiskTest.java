package io.github.badgeshelf.logging;

import io.github.badgeshelf.Main;
import io.github.badgeshelf.testsupport.ChildJvm;
import io.github.badgeshelf.testsupport.FakeRaServer;
import io.github.badgeshelf.testsupport.SmallDisk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 21 item 2: a log that cannot be written (a full disk, a file-size limit) stays quiet. The
 * command line's failure is still its one "badgeshelf:" line, not followed by java.util.logging's
 * "No space left on device" stack trace.
 */
class FullLogDiskTest {
    private static final Logger LOG = Logger.getLogger("io.github.badgeshelf.test.FullLogDiskTest");

    @TempDir
    Path dir;

    @AfterEach
    void closeLog() {
        AppLog.shutdown();
    }

    @Test
    void underAFileSizeLimitOfZeroACommandLineFailureIsStillOneLine() throws Exception {
        Assumptions.assumeTrue(ChildJvm.bashAvailable(), "bash is needed to set ulimit -f");
        try (FakeRaServer server = FakeRaServer.start()) {
            Map<String, String> env = new HashMap<>(server.environment());
            env.put("BADGESHELF_HOME", dir.resolve("home").toString());
            ProcessBuilder builder = ChildJvm.underFileSizeLimit(0,
                    ChildJvm.javaCommand(Main.class.getName(), List.of("export", "--user", "NotThere")), env)
                    // Pipes, not files: the limit would stop the child writing to a file as well.
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD);
            Process process = builder.start();
            String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(90, TimeUnit.SECONDS)).as("the process ended").isTrue();

            assertThat(process.exitValue()).as(err).isEqualTo(4);
            assertThat(err.lines().toList()).as(err).singleElement()
                    .isEqualTo("badgeshelf: There is no RetroAchievements user called NotThere.");
            // The limit was real: the log file exists but nothing could be written to it.
            assertThat(dir.resolve("home/logs/badgeshelf-0.log")).isEmptyFile();
        }
    }

    @Test
    void onAFullDiskTheLogTurnsOffWithoutAWordOnTheConsole() throws Exception {
        Path logs = dir.resolve("logs");
        try (SmallDisk disk = SmallDisk.mountOn(logs)) {
            AppLog.install(logs);
            disk.fill();
            PrintStream realErr = System.err;
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            List<Boolean> told = new java.util.concurrent.CopyOnWriteArrayList<>();
            AppLog.whenOff(() -> told.add(true));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            try {
                for (int i = 0; i < 200; i++) {
                    LOG.log(Level.WARNING, "line " + i + " of a log that cannot be kept " + "x".repeat(200),
                            new IllegalStateException("with a stack trace"));
                }
                AppLog.flush();
            } finally {
                System.setErr(realErr);
                AppLog.shutdown();
            }
            assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
            assertThat(AppLog.isOff()).isTrue();
            assertThat(told).as("told once that the log is off").containsExactly(true);
        }
    }
}
