package io.github.badgeshelf.session;

import io.github.badgeshelf.api.RaClient;
import io.github.badgeshelf.model.FollowingPage;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A signed-in user: the client that speaks for them and the people they follow (fetched at
 * sign-in, which doubles as the check that the key is accepted).
 *
 * @param onClose released when the session ends (the demo's loopback server); may be a no-op
 */
public record Session(RaClient client, String username, FollowingPage following, boolean demo, AutoCloseable onClose)
        implements AutoCloseable {

    @Override
    public void close() {
        try {
            onClose.close();
        } catch (Exception e) {
            Logger.getLogger(Session.class.getName())
                    .log(Level.FINE, "Closing the session failed", e);
        }
    }
}
