package io.github.badgeshelf.testsupport;

import io.github.badgeshelf.Main;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A separate JVM on this build's class path, optionally under a shell file-size limit
 * ({@code ulimit -f}, in 1 KiB blocks): how a full disk or a killed process is met for real.
 */
public final class ChildJvm {
    private ChildJvm() {
    }

    /** The java command running {@code mainClass} with {@code args}. */
    public static List<String> javaCommand(String mainClass, List<String> args) {
        String classes;
        try {
            classes = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        // Surefire may hide the real class path behind a manifest-only jar; it names it here.
        String testPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true",
                // The JVM's own performance file would meet the size limit too; it is not the app's.
                "-XX:-UsePerfData",
                "-cp", classes + File.pathSeparator + testPath,
                mainClass));
        command.addAll(args);
        return command;
    }

    /**
     * A process builder for the command under {@code ulimit -f blocks} (through bash), with the
     * environment given added and any RA_ credentials of the machine removed.
     */
    public static ProcessBuilder underFileSizeLimit(int blocks, List<String> command, Map<String, String> env) {
        StringBuilder line = new StringBuilder("ulimit -f " + blocks + " && exec");
        for (String part : command) {
            line.append(" '").append(part.replace("'", "'\\''")).append('\'');
        }
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", line.toString());
        builder.environment().remove("RA_USERNAME");
        builder.environment().remove("RA_API_KEY");
        builder.environment().putAll(env);
        return builder;
    }

    /** True when bash is there to set a file-size limit. */
    public static boolean bashAvailable() {
        try {
            return new ProcessBuilder("bash", "-c", "ulimit -f 1").start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
