package io.github.badgeshelf.ui.login;

import io.github.badgeshelf.api.ApiConfig;
import io.github.badgeshelf.api.ApiException;
import io.github.badgeshelf.api.Credentials;
import io.github.badgeshelf.credentials.FileCredentialStore;
import io.github.badgeshelf.session.Session;
import io.github.badgeshelf.session.SignIn;
import io.github.badgeshelf.testsupport.FakeRaServer;
import io.github.badgeshelf.testsupport.FakeRaServer.Endpoint;
import io.github.badgeshelf.ui.common.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Sign-in against a real client and a loopback server, with a real credentials file. */
class LoginViewModelTest {
    @TempDir
    Path home;
    private FakeRaServer server;
    private FileCredentialStore store;
    private final List<Session> sessions = new ArrayList<>();

    @BeforeEach
    void setUp() {
        server = FakeRaServer.start();
        server.addFollowing("PixelPenny", null, 88213, 310, true);
        store = new FileCredentialStore(home.resolve("credentials.json"));
    }

    @AfterEach
    void tearDown() {
        sessions.forEach(Session::close);
        server.close();
    }

    private LoginViewModel model(ApiConfig config) {
        return new LoginViewModel(new LoginViewModel.Authenticator() {
            @Override
            public Session signIn(Credentials credentials) throws ApiException {
                return new SignIn(config).signIn(credentials);
            }

            @Override
            public Session demo() throws ApiException {
                return SignIn.demo();
            }
        }, store, CurrentThreadTaskExecutor.immediate(), sessions::add);
    }

    private LoginViewModel typed(LoginViewModel vm, String user, String key) {
        vm.usernameProperty().set(user);
        vm.apiKeyProperty().set(key);
        return vm;
    }

    @Test
    void aGoodKeySignsInAndIsRememberedWhenAsked() throws Exception {
        LoginViewModel vm = typed(model(server.config()), FakeRaServer.USERNAME, server.credentials().apiKey());
        vm.signIn();
        assertThat(sessions).hasSize(1);
        assertThat(sessions.get(0).username()).isEqualTo(FakeRaServer.USERNAME);
        assertThat(sessions.get(0).following().results()).extracting(f -> f.user()).containsExactly("PixelPenny");
        assertThat(store.load()).contains(server.credentials());
        assertThat(vm.apiKeyProperty().get()).as("the key does not linger in the field").isEmpty();
        assertThat(vm.errorProperty().get()).isEmpty();
        // the pair was checked with the server before it was accepted
        assertThat(server.requests(Endpoint.FOLLOWING)).hasSize(1);
    }

    @Test
    void withoutRememberMeAnOldRememberedKeyIsForgotten() throws Exception {
        store.save(new Credentials("Someone", "old-key"));
        LoginViewModel vm = typed(model(server.config()), FakeRaServer.USERNAME, server.credentials().apiKey());
        vm.rememberMeProperty().set(false);
        vm.signIn();
        assertThat(sessions).hasSize(1);
        assertThat(store.load()).isEmpty();
        assertThat(Files.exists(home.resolve("credentials.json"))).isFalse();
    }

    @Test
    void aWrongKeyIsRefusedInPlainWordsAndNothingIsStored() {
        LoginViewModel vm = typed(model(server.config()), FakeRaServer.USERNAME, "not-the-key");
        vm.signIn();
        assertThat(sessions).isEmpty();
        assertThat(vm.errorProperty().get()).containsIgnoringCase("key was not accepted");
        assertThat(vm.errorProperty().get()).doesNotContain("not-the-key");
        assertThat(store.load()).isEmpty();
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void anUnreachableServerIsNamed() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        URI nowhere = URI.create("http://127.0.0.1:" + closedPort);
        LoginViewModel vm = typed(model(new ApiConfig(nowhere, nowhere, Duration.ofSeconds(1), Duration.ofSeconds(2))),
                "Someone", "some-key");
        vm.signIn();
        assertThat(sessions).isEmpty();
        assertThat(vm.errorProperty().get()).containsIgnoringCase("connect");
    }

    @Test
    void rateLimitingIsExplained() {
        server.failNext(Endpoint.FOLLOWING, 429, "{\"message\":\"Too Many Attempts.\"}", Map.of("Retry-After", "30"));
        LoginViewModel vm = typed(model(server.config()), FakeRaServer.USERNAME, server.credentials().apiKey());
        vm.signIn();
        assertThat(sessions).isEmpty();
        assertThat(vm.errorProperty().get()).contains("30 seconds");
    }

    @Test
    void emptyFieldsAreFlaggedWithoutARequest() {
        LoginViewModel vm = typed(model(server.config()), "", "");
        assertThat(vm.canSignInProperty().get()).isFalse();
        vm.signIn();
        assertThat(vm.errorProperty().get()).contains("username");
        vm.usernameProperty().set("Someone");
        vm.signIn();
        assertThat(vm.errorProperty().get()).contains("API key");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void rememberedCredentialsSignInByThemselves() throws Exception {
        store.save(server.credentials());
        LoginViewModel vm = model(server.config());
        vm.restore();
        assertThat(sessions).hasSize(1);
        assertThat(vm.usernameProperty().get()).isEqualTo(FakeRaServer.USERNAME);
    }

    @Test
    void theDemoWorksWithoutAnyServer() {
        LoginViewModel vm = model(server.config());
        server.close();
        vm.tryDemo();
        assertThat(sessions).hasSize(1);
        assertThat(sessions.get(0).demo()).isTrue();
        assertThat(sessions.get(0).following().results()).isNotEmpty();
    }
}
