package io.github.badgeshelf.cli;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.github.badgeshelf.testsupport.FakeRaServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
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

    /** The rows of a CSV text as the command line wrote it, quotes and line breaks in fields undone. */
    static List<List<String>> readCsv(String csv) throws IOException {
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        try (MappingIterator<List<String>> rows = mapper.readerForListOf(String.class).readValues(csv)) {
            return rows.readAll();
        }
    }

    /** The server's address and credentials as the command line reads them; a copy a test may change. */
    Map<String, String> env() {
        return new HashMap<>(server.environment());
    }
}
