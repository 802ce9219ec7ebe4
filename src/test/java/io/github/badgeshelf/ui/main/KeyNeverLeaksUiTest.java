package io.github.badgeshelf.ui.main;

import io.github.badgeshelf.cli.CommandLine;
import io.github.badgeshelf.logging.AppLog;
import io.github.badgeshelf.testsupport.AppDriver;
import io.github.badgeshelf.testsupport.AwardsFixtures;
import io.github.badgeshelf.testsupport.FakeRaServer;
import io.github.badgeshelf.testsupport.FakeRaServer.Endpoint;
import io.github.badgeshelf.testsupport.Fault;
import javafx.scene.control.CheckBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web API key is a password. After the fault matrix and a normal session (sign in with
 * Remember me, searches, an export) in the window, and the same faults on the command line, the
 * key is in no file under BADGESHELF_HOME except the credential file, in no status line, and on
 * no line of standard output or error. The credential file is the owner's alone and goes on
 * sign-out.
 */
@ExtendWith(ApplicationExtension.class)
class KeyNeverLeaksUiTest {
    /** Unique per run, so nothing left over from another test can match or hide a leak. */
    private static final String KEY = "LeakCanary" + UUID.randomUUID().toString().replace("-", "");

    private Stage stage;
    private FakeRaServer server;
    private AppDriver app;
    private PrintStream originalOut;
    private PrintStream originalErr;
    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
    private final List<String> statuses = new ArrayList<>();
    @TempDir
    Path home;
    @TempDir
    Path cliHome;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @BeforeEach
    void captureOutput() {
        originalOut = System.out;
        originalErr = System.err;
        System.setOut(new PrintStream(new Tee(originalOut, captured), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new Tee(originalErr, captured), true, StandardCharsets.UTF_8));
        server = FakeRaServer.start().acceptKey(KEY);
        server.addUser(FakeRaServer.USERNAME, AwardsFixtures.generate(40, 7));
        server.addUser("Alice", AwardsFixtures.generate(30, 1));
        server.addFollowing("Alice", null, 88213, 310, true);
    }

    @AfterEach
    void restoreOutput() throws Exception {
        if (app != null && app.stage.isShowing()) {
            app.stop();
        }
        server.close();
        System.setOut(originalOut);
        System.setErr(originalErr);
    }

    /** Faults with the words #status then shows (several have their own cases in FaultMatrixUiTest). */
    private static Map<String, Consumer<FakeRaServer>> faults() {
        Map<String, Consumer<FakeRaServer>> f = new LinkedHashMap<>();
        Map<String, String> json = Map.of("Content-Type", "application/json");
        f.put("401", s -> s.failNext(Endpoint.AWARDS, 401, AwardsFixtures.UNAUTHENTICATED, json));
        f.put("422", s -> s.failNext(Endpoint.PROFILE, 422, AwardsFixtures.validationError("The u must be a valid ULID."), json));
        f.put("429", s -> s.failNext(Endpoint.AWARDS, 429, "{}", Map.of("Retry-After", "30")));
        f.put("500 html", s -> s.htmlNext(Endpoint.AWARDS, 500));
        f.put("200 html", s -> s.htmlNext(Endpoint.AWARDS, 200));
        f.put("cut off", s -> s.truncateNext(Endpoint.AWARDS));
        f.put("malformed", s -> s.failNext(Endpoint.AWARDS, 200, "{\"TotalAwardsCount\": [", json));
        f.put("wrong types", s -> s.failNext(Endpoint.AWARDS, 200, "{\"VisibleUserAwards\": 7}", json));
        f.put("stall", s -> s.stallNext(Endpoint.AWARDS));
        f.put("closed", s -> s.failAlways(Endpoint.AWARDS, (exchange, st, b, c) -> {
            throw new IOException("closed on purpose");
        }));
        // A body that echoes the request's key back: what a careless proxy or server error page might do.
        f.put("echoing error page", s -> s.failNext(Endpoint.AWARDS, 500,
                "<html>Error for /API/API_GetUserAwards.php?y=" + KEY + "&u=x key " + KEY + "</html>",
                Map.of("Content-Type", "text/html")));
        f.put("echoing 422", s -> s.failNext(Endpoint.PROFILE, 422,
                AwardsFixtures.validationError("The key " + KEY + " cannot look up this u."), json));
        return f;
    }

    @Test
    void theKeyIsNowhereButTheCredentialFileAndGoesOnSignOut() throws Exception {
        app = AppDriver.onFx(() -> AppDriver.start(stage, home, AppDriver.environment(server, home)));
        assertThat(AppDriver.onFx(() -> ((CheckBox) app.robot.lookup("#rememberMe").query()).isSelected()))
                .as("Remember me").isTrue();
        app.signInAndWaitForOwnShelf(KEY);
        app.searchAndWaitFor("Alice");
        Path export = home.resolve("exports").resolve("alice.csv");
        Files.createDirectories(export.getParent());
        app.exportTarget.set(export);
        app.robot.clickOn("#exportCsv");
        app.waitUntil(() -> Files.exists(export) && app.status().startsWith("Saved "));

        int n = 0;
        for (var fault : faults().entrySet()) {
            String target = "Target" + (++n);
            server.addUser(target, AwardsFixtures.generate(5, n));
            server.reset();
            fault.getValue().accept(server);
            app.search(target);
            app.waitUntil(() -> !app.status().startsWith("Looking up") && app.status().contains(".")
                    && !app.status().contains(" for Alice"));
            statuses.add(fault.getKey() + ": " + app.status());
            server.clearFaults();
            app.searchAndWaitFor("Alice");
        }
        // The icon path: broken icons are logged too.
        server.failAlways(Endpoint.IMAGES, Fault.respond(404, ("missing y=" + KEY).getBytes(StandardCharsets.UTF_8), Map.of()));
        server.addUser("IconLeak", AwardsFixtures.generate(12, 77));
        app.searchAndWaitFor("IconLeak");
        app.waitUntil(() -> app.shownTiles().stream().anyMatch(AppDriver.Tile::broken));
        server.clearFaults();
        // Connection refused: the server goes away.
        int port = server.port();
        server.close();
        app.search("Target1");
        app.waitUntil(() -> !app.status().startsWith("Looking up") && !app.status().contains(" for IconLeak"));
        statuses.add("refused: " + app.status());
        server = FakeRaServer.startOn(port).acceptKey(KEY);
        server.addUser(FakeRaServer.USERNAME, AwardsFixtures.generate(40, 7));

        // The remembered key is in a file only its owner may read.
        Path credentials = home.resolve("credentials.json");
        assertThat(credentials).exists();
        assertThat(Files.readString(credentials)).contains(KEY);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(credentials))).isEqualTo("rw-------");
        assertThat(app.escapedExceptions()).isZero();

        app.robot.clickOn("#signOut");
        app.waitUntil(() -> app.robot.lookup("#signIn").tryQuery().isPresent());
        app.waitUntil(() -> !Files.exists(credentials));
        app.stop();
        AppLog.flush();

        assertThat(statuses).hasSize(faults().size() + 1).allSatisfy(s -> assertThat(s).doesNotContain(KEY));
        assertNoKeyUnder(home, true);
        assertNoKeyInOutput();
    }

    @Test
    void theCommandLineKeepsTheKeyOutOfItsOutputAndLogs() throws Exception {
        AppLog.install(cliHome.resolve("logs"));
        Map<String, String> env = new LinkedHashMap<>(server.environment());
        env.put("BADGESHELF_HOME", cliHome.toString());
        env.put("BADGESHELF_TIMEOUT_SECONDS", "2");
        Path out = cliHome.resolve("out.csv");
        Map<String, Integer> statuses = new LinkedHashMap<>();
        for (var fault : faults().entrySet()) {
            server.clearFaults();
            fault.getValue().accept(server);
            statuses.put(fault.getKey(), run(env, "export", "--user", "Alice", "--out", out.toString()));
        }
        server.clearFaults();
        statuses.put("404", run(env, "export", "--user", "NobodyByThatName", "--out", out.toString()));
        statuses.put("ok", run(env, "export", "--user", "Alice", "--out", out.toString()));
        statuses.put("stdout", run(env, "export", "--user", "Alice"));
        Map<String, String> plain = new LinkedHashMap<>(env);
        plain.put("BADGESHELF_API_BASE", "http://retroachievements.org");
        statuses.put("plain http", run(plain, "export", "--user", "Alice"));
        Map<String, String> nowhere = new LinkedHashMap<>(env);
        nowhere.put("BADGESHELF_API_BASE", "https://no-such-host.invalid");
        statuses.put("unresolvable", run(nowhere, "export", "--user", "Alice"));
        server.close();
        statuses.put("refused", run(env, "export", "--user", "Alice"));
        AppLog.flush();

        assertThat(statuses).containsEntry("401", 3).containsEntry("422", 4).containsEntry("404", 4)
                .containsEntry("429", 5).containsEntry("500 html", 5).containsEntry("200 html", 5)
                .containsEntry("cut off", 5).containsEntry("malformed", 5).containsEntry("wrong types", 5)
                .containsEntry("stall", 5).containsEntry("closed", 5).containsEntry("echoing error page", 5)
                .containsEntry("echoing 422", 4).containsEntry("ok", 0).containsEntry("stdout", 0)
                .containsEntry("plain http", 2).containsEntry("unresolvable", 5).containsEntry("refused", 5);
        assertThat(captured.toString(StandardCharsets.UTF_8)).contains("Alice").contains("badgeshelf: ");
        assertNoKeyUnder(cliHome, false);
        assertNoKeyInOutput();
    }

    private int run(Map<String, String> env, String... args) {
        // Through the process's own streams, which this test captures line by line.
        return CommandLine.run(args, env, System.out, System.err);
    }

    private void assertNoKeyUnder(Path root, boolean expectLogs) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertThat(files).as("files under " + root).isNotEmpty();
        List<Path> logs = files.stream().filter(p -> p.getFileName().toString().endsWith(".log")).toList();
        assertThat(logs).as("log files").isNotEmpty();
        assertThat(logs.stream().mapToLong(p -> p.toFile().length()).sum()).as("bytes logged").isPositive();
        for (Path file : files) {
            String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            assertThat(text).as("the key in " + root.relativize(file)).doesNotContain(KEY);
        }
        if (expectLogs) {
            assertThat(files).anyMatch(p -> p.toString().contains("shelves"));
        }
    }

    private void assertNoKeyInOutput() {
        System.out.flush();
        System.err.flush();
        List<String> lines = captured.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).allSatisfy(line -> assertThat(line).doesNotContain(KEY));
    }

    /** Writes to the real stream and to the capture. */
    private static final class Tee extends OutputStream {
        private final OutputStream a;
        private final OutputStream b;

        Tee(OutputStream a, OutputStream b) {
            this.a = a;
            this.b = b;
        }

        @Override
        public void write(int c) throws IOException {
            a.write(c);
            synchronized (b) {
                b.write(c);
            }
        }

        @Override
        public void write(byte[] buf, int off, int len) throws IOException {
            a.write(buf, off, len);
            synchronized (b) {
                b.write(buf, off, len);
            }
        }

        @Override
        public void flush() throws IOException {
            a.flush();
        }
    }
}
