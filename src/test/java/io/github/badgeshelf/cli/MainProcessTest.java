package io.github.badgeshelf.cli;

import io.github.badgeshelf.Main;
import io.github.badgeshelf.testsupport.AwardsFixtures;
import io.github.badgeshelf.testsupport.FakeRaServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The real entry point in a separate JVM, to prove the exit statuses reach the operating system. */
class MainProcessTest extends CliAgainstFakeServer {
    @BeforeAll
    static void addUser() {
        server.addUser("ProcessUser", AwardsFixtures.generate(25, 9));
    }

    private record Outcome(int status, String out, String err) {
    }

    private Outcome runMain(Map<String, String> env, String... args) throws IOException, InterruptedException, URISyntaxException {
        String classes = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        // Surefire may hide the real class path behind a manifest-only jar; it names it here.
        String testPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true",
                "-cp", classes + File.pathSeparator + testPath,
                Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(dir.resolve("stdout.txt").toFile())
                .redirectError(dir.resolve("stderr.txt").toFile());
        builder.environment().remove("RA_USERNAME");
        builder.environment().remove("RA_API_KEY");
        builder.environment().putAll(env);
        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the process ended").isTrue();
        return new Outcome(process.exitValue(),
                Files.readString(dir.resolve("stdout.txt"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("stderr.txt"), StandardCharsets.UTF_8));
    }

    @Test
    void exitStatusesReachTheOperatingSystem() throws Exception {
        Path file = dir.resolve("awards.csv");

        Outcome done = runMain(server.environment(), "export", "--user", "ProcessUser", "--out", file.toString());
        assertThat(done.status()).as(done.err()).isZero();
        assertThat(Files.readAllLines(file, StandardCharsets.UTF_8)).hasSize(26);

        Outcome missing = runMain(server.environment(), "export", "--user", "NotThere");
        assertThat(missing.status()).isEqualTo(4);
        assertThat(missing.err().lines().toList()).singleElement()
                .isEqualTo("badgeshelf: There is no RetroAchievements user called NotThere.");

        Outcome noCredentials = runMain(Map.of(), "export", "--user", "ProcessUser");
        assertThat(noCredentials.status()).isEqualTo(2);
        assertThat(noCredentials.err()).startsWith("badgeshelf: ");

        for (Outcome o : List.of(done, missing, noCredentials)) {
            assertThat(o.out() + o.err()).doesNotContain(FakeRaServer.API_KEY);
        }
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).doesNotContain(FakeRaServer.API_KEY);
    }
}
