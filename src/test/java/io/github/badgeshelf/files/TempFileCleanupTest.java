package io.github.badgeshelf.files;

import io.github.badgeshelf.testsupport.ChildJvm;
import io.github.badgeshelf.testsupport.StoppedWriterMain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 21 item 3: a write stopped by SIGTERM (or Ctrl+C) leaves no temporary file; what a kill -9
 * left is removed by the next run's first write into that folder, once it is a minute old.
 */
class TempFileCleanupTest {
    @TempDir
    Path dir;

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private Process stoppedWriter(Path target) throws IOException {
        return new ProcessBuilder(ChildJvm.javaCommand(StoppedWriterMain.class.getName(), List.of(target.toString())))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static void awaitWriting(Process process) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        assertThat(out.readLine()).as("the child started writing").isEqualTo("WRITING");
    }

    @Test
    void aWriteStoppedBySigtermLeavesNoTemporaryFileAndTheOldFileAsItWas() throws Exception {
        Path target = dir.resolve("awards.csv");
        Files.writeString(target, "the old export");
        Process writer = stoppedWriter(target);
        awaitWriting(writer);
        assertThat(names()).as("the temporary file exists while writing").hasSize(2);

        writer.destroy(); // SIGTERM, as Ctrl+C's SIGINT: shutdown hooks run
        assertThat(writer.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(names()).containsExactly("awards.csv");
        assertThat(target).hasContent("the old export");
    }

    @Test
    void whatAKillMinusNineLeftIsRemovedByTheNextWriteOnceAMinuteOld() throws Exception {
        Path target = dir.resolve("shelf.json");
        Process writer = stoppedWriter(target);
        awaitWriting(writer);
        writer.destroyForcibly(); // SIGKILL: no hook runs
        assertThat(writer.waitFor(60, TimeUnit.SECONDS)).isTrue();
        List<String> left = names();
        assertThat(left).singleElement().asString().startsWith(".shelf.json.").endsWith(".tmp");
        Path killed = dir.resolve(left.get(0));
        Files.setLastModifiedTime(killed, FileTime.from(Instant.now().minus(Duration.ofMinutes(2))));
        // Someone else's write in progress (fresh) and a person's own file of a similar name stay.
        Path fresh = Files.createFile(dir.resolve(".other.json.123456789012.tmp"));
        Path own = Files.createFile(dir.resolve(".notes.tmp"));
        Files.setLastModifiedTime(own, FileTime.from(Instant.now().minus(Duration.ofDays(2))));

        AtomicFiles.write(dir.resolve("settings.json"), out -> out.write('x'));

        assertThat(killed).doesNotExist();
        assertThat(fresh).exists();
        assertThat(own).exists();
        assertThat(target).doesNotExist();
    }

    @Test
    void theSweepCanBeAskedForAFolderAtStart() throws IOException {
        Path old = Files.createFile(dir.resolve(".a.json.98765432109.tmp"));
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(Duration.ofMinutes(5))));
        assertThat(TempLeftovers.remove(dir)).isEqualTo(1);
        assertThat(old).doesNotExist();
        assertThat(TempLeftovers.remove(dir.resolve("no-such-folder"))).isZero();
    }
}
