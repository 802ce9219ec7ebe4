package io.github.badgeshelf.session;

import io.github.badgeshelf.api.ApiConfig;
import io.github.badgeshelf.api.ApiException;
import io.github.badgeshelf.api.Credentials;
import io.github.badgeshelf.api.RaClient;
import io.github.badgeshelf.demo.DemoServer;
import io.github.badgeshelf.logging.AppLog;
import io.github.badgeshelf.model.FollowingPage;

import java.io.IOException;
import java.util.List;

/** Turns credentials (or the demo) into a {@link Session}. Blocking: call off the FX thread. */
public final class SignIn {
    /** Enough for the side list; the API allows up to 500 per page. */
    static final int FOLLOWING_PAGE_SIZE = 200;

    private final ApiConfig config;

    public SignIn(ApiConfig config) {
        this.config = config;
    }

    /**
     * Checks the pair against the server with API_GetUsersIFollow (cheap, authenticated, and the
     * friends list the window wants anyway) before accepting it.
     */
    public Session signIn(Credentials credentials) throws ApiException {
        // Whatever text reaches the log from here on, this key is cut out of it.
        AppLog.registerSecret(credentials.apiKey());
        RaClient client = new RaClient(config, credentials);
        FollowingPage following = client.getUsersIFollow(FOLLOWING_PAGE_SIZE, 0);
        return new Session(client, credentials.username(), following, false, () -> { });
    }

    /**
     * Signs in again with credentials an earlier sign-in checked and remembered. When the server
     * cannot be reached or is in trouble, the session starts anyway, without the friends list,
     * so the shelves kept on disk can be shown offline; a key the server rejects still fails.
     */
    public Session resume(Credentials credentials) throws ApiException {
        try {
            return signIn(credentials);
        } catch (ApiException e) {
            if (!e.kind().isTransient()) {
                throw e;
            }
            RaClient client = new RaClient(config, credentials);
            return new Session(client, credentials.username(), new FollowingPage(0, 0, List.of()), false, () -> { });
        }
    }

    /** Starts the bundled demo server on loopback and signs in to it through the same client code. */
    public static Session demo() throws ApiException {
        DemoServer server;
        try {
            server = DemoServer.start();
        } catch (IOException e) {
            throw new ApiException(ApiException.Kind.NETWORK, "The demo could not start: " + e.getMessage())
                    .because(ApiException.Reason.DEMO_FAILED);
        }
        try {
            RaClient client = new RaClient(server.config(), server.credentials());
            FollowingPage following = client.getUsersIFollow(FOLLOWING_PAGE_SIZE, 0);
            return new Session(client, server.credentials().username(), following, true, server);
        } catch (ApiException | RuntimeException e) {
            server.close();
            throw e;
        }
    }
}
