package io.github.badgeshelf.testsupport;

import io.github.badgeshelf.api.RaClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * The set-up the client's tests share: one loopback {@link FakeRaServer} per test class that knows
 * the documented user, reset before every test, and a fresh real {@link RaClient} pointed at it.
 * A subclass adds what else its server needs in a {@code @BeforeAll} of its own (JUnit runs this
 * class's first).
 */
public abstract class ClientAgainstFakeServer {
    protected static FakeRaServer server;
    protected RaClient client;

    @BeforeAll
    static void startFakeServerWithTheDocumentedUser() {
        server = FakeRaServer.start();
        server.addUser(AwardsFixtures.DOCUMENTED_USER, AwardsFixtures.DOCUMENTED_ULID,
                AwardsFixtures.DOCUMENTED_PROFILE, AwardsFixtures.DOCUMENTED_AWARDS);
    }

    @AfterAll
    static void stopFakeServer() {
        server.close();
    }

    @BeforeEach
    void resetServerAndClient() {
        server.reset();
        client = new RaClient(server.config(), server.credentials());
    }
}
