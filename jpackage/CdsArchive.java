import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Makes the app image's application class-data-sharing archive (AppCDS): a training run starts
 * the window on the image's own runtime with {@code -XX:ArchiveClassesAtExit}, then a check run
 * with {@code -Xshare:on} proves the JVM accepts the archive. Run by the Maven profile
 * {@code installer} between the app image and the installer, on every system:
 *
 * <pre>java jpackage/CdsArchive.java target/installer/BadgeShelf[.app]</pre>
 *
 * The launcher finds the archive through the java-options line in jpackage/app-image.args
 * ({@code -XX:SharedArchiveFile=$APPDIR/badgeshelf.jsa}); this program drops that line for the
 * training run, which writes the archive. On JDK 17 an archive records the absolute paths of the
 * class path's jars, so it serves the image where it was made; a copy installed elsewhere falls
 * back (silently: the -Xlog options in app-image.args) to the runtime's own archive from jlink's
 * --generate-cds-archive. On Linux without DISPLAY it starts Xvfb for the training run.
 */
public final class CdsArchive {
    static final String ARCHIVE = "badgeshelf.jsa";
    static final String TRAINING_MAIN = "io.github.badgeshelf.StartupTraining";
    static final long TRAINING_SECONDS = 240;

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            fail("usage: java jpackage/CdsArchive.java <app image folder>");
        }
        Path image = Path.of(args[0]).toAbsolutePath().normalize();
        Path cfg = findConfig(image);
        Path appDir = cfg.getParent();
        Path java = runtimeJava(image);
        List<String> classPath = new ArrayList<>();
        List<String> javaOptions = new ArrayList<>();
        readConfig(cfg, appDir, image, classPath, javaOptions);
        Path archive = appDir.resolve(ARCHIVE);
        Files.deleteIfExists(archive);

        Path work = Files.createTempDirectory("badgeshelf-cds");
        List<String> training = command(java, javaOptions, classPath, "-XX:ArchiveClassesAtExit=" + archive);
        training.add(TRAINING_MAIN);
        Process xvfb = needsDisplay() ? startXvfb(work) : null;
        try {
            int status = run(training, work, "training", xvfb == null ? null : xvfbDisplay);
            if (status != 0 || !Files.isRegularFile(archive)) {
                fail("the training run exited " + status + " and left " + (Files.exists(archive) ? "" : "no ")
                        + archive + "; its output: " + tail(work.resolve("training.log")));
            }
        } finally {
            if (xvfb != null) {
                xvfb.destroy();
            }
        }

        // The launcher's own start, strictly: -Xshare:on turns any refusal of the archive into an error.
        List<String> check = command(java, javaOptions, classPath, "-XX:SharedArchiveFile=" + archive);
        check.add(1, "-Xshare:on");
        check.addAll(List.of("io.github.badgeshelf.Main", "export", "--help"));
        int status = run(check, work, "check", null);
        if (status != 0) {
            fail("the JVM refuses the new archive (-Xshare:on exited " + status + "): " + tail(work.resolve("check.log")));
        }
        resignIfMac(image);
        System.out.printf("CdsArchive: %s (%d MB) made by a training run and accepted with -Xshare:on%n",
                image.relativize(archive), Files.size(archive) / (1024 * 1024));
    }

    private static Path findConfig(Path image) throws IOException {
        for (String dir : List.of("lib/app", "app", "Contents/app")) {
            Path candidate = image.resolve(dir);
            if (Files.isDirectory(candidate)) {
                try (var files = Files.list(candidate)) {
                    var cfg = files.filter(p -> p.toString().endsWith(".cfg")).findFirst();
                    if (cfg.isPresent()) {
                        return cfg.get();
                    }
                }
            }
        }
        throw fail("no launcher .cfg file in " + image + " (lib/app, app or Contents/app)");
    }

    private static Path runtimeJava(Path image) {
        String exe = isWindows() ? "java.exe" : "java";
        for (String dir : List.of("lib/runtime/bin", "runtime/bin", "Contents/runtime/Contents/Home/bin")) {
            Path candidate = image.resolve(dir).resolve(exe);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        throw fail("no runtime java in " + image);
    }

    /** The class path and java-options as the launcher passes them, $APPDIR and $ROOTDIR expanded. */
    private static void readConfig(Path cfg, Path appDir, Path image, List<String> classPath, List<String> options)
            throws IOException {
        for (String line : Files.readAllLines(cfg, StandardCharsets.UTF_8)) {
            String value = line.substring(line.indexOf('=') + 1)
                    .replace("$APPDIR", appDir.toString()).replace("$ROOTDIR", image.toString());
            if (line.startsWith("app.classpath=")) {
                classPath.add(Path.of(value).toString());
            } else if (line.startsWith("java-options=") && !value.contains("SharedArchiveFile")) {
                options.add(value);
            }
        }
        if (classPath.isEmpty()) {
            throw fail(cfg + " names no app.classpath");
        }
    }

    private static List<String> command(Path java, List<String> options, List<String> classPath, String cdsOption) {
        List<String> command = new ArrayList<>(List.of(java.toString(), cdsOption));
        command.addAll(options);
        command.add("-Djava.class.path=" + String.join(File.pathSeparator, classPath));
        return command;
    }

    private static int run(List<String> command, Path work, String name, String display) throws Exception {
        Path home = Files.createDirectories(work.resolve("home-" + name));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(work.resolve(name + ".log").toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File(isWindows() ? "NUL" : "/dev/null")));
        Map<String, String> env = builder.environment();
        env.put("BADGESHELF_HOME", home.toString());
        env.remove("JAVA_TOOL_OPTIONS");
        if (display != null) {
            env.put("DISPLAY", display);
        }
        Process process = builder.start();
        if (!process.waitFor(TRAINING_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw fail(name + " run did not end within " + TRAINING_SECONDS + " s: " + tail(work.resolve(name + ".log")));
        }
        return process.exitValue();
    }

    private static String xvfbDisplay;

    private static boolean needsDisplay() {
        String os = System.getProperty("os.name").toLowerCase();
        return os.contains("linux") && (System.getenv("DISPLAY") == null || System.getenv("DISPLAY").isBlank());
    }

    /** Xvfb picks a free display number and writes it on the pipe (-displayfd). */
    private static Process startXvfb(Path work) throws Exception {
        Process xvfb;
        try {
            xvfb = new ProcessBuilder("Xvfb", "-displayfd", "1", "-screen", "0", "1280x860x24", "-nolisten", "tcp")
                    .redirectError(work.resolve("xvfb.log").toFile()).start();
        } catch (IOException e) {
            throw fail("the training run needs a display: set DISPLAY or install Xvfb (apt install xvfb)");
        }
        BufferedReader out = new BufferedReader(new InputStreamReader(xvfb.getInputStream(), StandardCharsets.US_ASCII));
        String number = out.readLine();
        if (number == null || !number.strip().matches("\\d+")) {
            xvfb.destroy();
            throw fail("Xvfb did not start: " + tail(work.resolve("xvfb.log")));
        }
        xvfbDisplay = ":" + number.strip();
        return xvfb;
    }

    /**
     * jpackage signs a macOS app (ad hoc when no identity is given); the archive added afterwards
     * breaks the seal, and macOS calls such an app damaged. Re-sign ad hoc when the seal is broken.
     */
    private static void resignIfMac(Path image) throws Exception {
        if (!System.getProperty("os.name").toLowerCase().contains("mac")) {
            return;
        }
        Process verify = new ProcessBuilder("codesign", "--verify", "--deep", image.toString()).inheritIO().start();
        if (verify.waitFor() != 0) {
            Process sign = new ProcessBuilder("codesign", "--force", "--deep", "--sign", "-", image.toString())
                    .inheritIO().start();
            if (sign.waitFor() != 0) {
                throw fail("codesign could not re-sign " + image + " after adding the archive");
            }
        }
    }

    private static boolean isWindows() {
        return System.getProperty("os.name").toLowerCase().contains("win");
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join(System.lineSeparator(), lines.subList(Math.max(0, lines.size() - 25), lines.size()));
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }

    private static IllegalStateException fail(String message) {
        System.err.println("CdsArchive: " + message);
        System.exit(1);
        return new IllegalStateException(message);
    }
}
