package io.github.badgeshelf.cli;

import io.github.badgeshelf.testsupport.FakeRaServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The set-up the command line's tests share: one loopback {@link FakeRaServer} per test class,
 * reset before every test (users stay), a fresh folder for the files a test writes, and the
 * environment that points the command line at the server. A subclass adds its users in a
 * {@code @BeforeAll} of its own (JUnit runs this class's first).
 */
abstract class CliAgainstFakeServer {
    static FakeRaServer server;

    @TempDir
    Path dir;

    @BeforeAll
    static void startFakeServer() {
        server = FakeRaServer.start();
    }

    @AfterAll
    static void stopFakeServer() {
        server.close();
    }

    @BeforeEach
    void resetFakeServer() {
        server.reset();
    }

    /** The server's address and credentials as the command line reads them; a copy a test may change. */
    Map<String, String> env() {
        return new HashMap<>(server.environment());
    }
}
