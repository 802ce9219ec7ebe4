package io.github.badgeshelf.session;

import io.github.badgeshelf.api.ApiConfig;
import io.github.badgeshelf.api.ApiException;
import io.github.badgeshelf.api.Credentials;
import io.github.badgeshelf.session.Session;
import io.github.badgeshelf.session.SignIn;
import io.github.badgeshelf.testsupport.FakeRaServer;
import io.github.badgeshelf.testsupport.FakeRaServer.Endpoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A remembered sign-in starts offline when the server cannot be reached, and only then. */
class ResumeSignInTest {

    @Test
    void anUnreachableServerGivesASessionWithoutFriends() throws Exception {
        FakeRaServer server = FakeRaServer.start();
        server.addFollowing("Alice", null, 1, 0, true);
        ApiConfig config = server.config();
        server.close();
        Session session = new SignIn(config).resume(new Credentials(FakeRaServer.USERNAME, FakeRaServer.API_KEY));
        assertThat(session.username()).isEqualTo(FakeRaServer.USERNAME);
        assertThat(session.following().results()).isEmpty();
        assertThat(session.demo()).isFalse();
    }

    @Test
    void aServerInTroubleAlsoGivesAnOfflineSession() throws Exception {
        try (FakeRaServer server = FakeRaServer.start()) {
            server.htmlNext(Endpoint.FOLLOWING, 503);
            Session session = new SignIn(server.config()).resume(server.credentials());
            assertThat(session.following().results()).isEmpty();
        }
    }

    @Test
    void aRejectedKeyIsStillRefused() {
        try (FakeRaServer server = FakeRaServer.start()) {
            assertThatThrownBy(() -> new SignIn(server.config()).resume(new Credentials("ShelfTester", "wrong-key")))
                    .isInstanceOf(ApiException.class)
                    .satisfies(e -> assertThat(((ApiException) e).kind()).isEqualTo(ApiException.Kind.BAD_CREDENTIALS));
        }
    }

    @Test
    void aTypedSignInIsNeverAcceptedUnchecked() throws Exception {
        FakeRaServer server = FakeRaServer.start();
        ApiConfig config = server.config();
        server.close();
        assertThatThrownBy(() -> new SignIn(config).signIn(new Credentials("ShelfTester", "anything")))
                .isInstanceOf(ApiException.class)
                .satisfies(e -> assertThat(((ApiException) e).kind()).isEqualTo(ApiException.Kind.NETWORK));
    }
}
