package io.github.badgeshelf.ui.common;

import io.github.badgeshelf.api.ApiException;
import io.github.badgeshelf.api.ApiException.Kind;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Which failures Retry is offered for: those a second try can change, never those only the person can. */
class RetriesTest {

    @Test
    void answersAboutTheRequestItselfAreNotRetried() {
        Set<Kind> final_ = EnumSet.of(Kind.BAD_CREDENTIALS, Kind.NO_SUCH_USER, Kind.NO_SUCH_GAME, Kind.INVALID_USER);
        for (Kind kind : Kind.values()) {
            assertThat(Retries.canHelp(new ApiException(kind, "x"))).as(kind.name())
                    .isEqualTo(!final_.contains(kind));
        }
    }

    @Test
    void troublesOfTheNetworkOrServerAndOurOwnFaultsAreRetried() {
        assertThat(Retries.canHelp(new ApiException(Kind.NETWORK, "refused"))).isTrue();
        assertThat(Retries.canHelp(new ApiException(Kind.RATE_LIMITED, "429"))).isTrue();
        assertThat(Retries.canHelp(new IOException("disk full"))).isTrue();
    }
}
