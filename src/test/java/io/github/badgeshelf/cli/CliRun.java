package io.github.badgeshelf.cli;

import io.github.badgeshelf.testsupport.FakeRaServer;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** One in-process run of the command line, with what it printed. */
record CliRun(int status, String out, String err) {

    static CliRun run(Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            status = CommandLine.run(args, env, o, e);
        }
        return new CliRun(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** A failure: the status, exactly one "badgeshelf: " line on stderr, nothing on stdout. */
    CliRun failedWith(int expected) {
        assertThat(status).as("exit status; stderr was: " + err).isEqualTo(expected);
        assertThat(err).startsWith("badgeshelf: ").endsWith(System.lineSeparator());
        assertThat(err.lines().count()).as("lines on stderr: " + err).isEqualTo(1);
        assertThat(out).isEmpty();
        return keyNotShown();
    }

    CliRun keyNotShown() {
        assertThat(out).doesNotContain(FakeRaServer.API_KEY);
        assertThat(err).doesNotContain(FakeRaServer.API_KEY);
        return this;
    }

    String errLine() {
        return err.strip();
    }
}
