package io.github.badgeshelf.ui.common;

import io.github.badgeshelf.api.ApiConfig;
import io.github.badgeshelf.api.ApiException;
import io.github.badgeshelf.api.RaClient;
import io.github.badgeshelf.testsupport.AwardsFixtures;
import io.github.badgeshelf.testsupport.ClientAgainstFakeServer;
import io.github.badgeshelf.testsupport.FakeRaServer;
import io.github.badgeshelf.testsupport.FakeRaServer.Endpoint;
import io.github.badgeshelf.ui.i18n.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The window words the client's failures in its own language, with their data (who, which server,
 * how long, which status, what the server said), from real failures of the real client against the
 * loopback server. The client's own messages stay English for the command line.
 */
class ErrorMessagesTest extends ClientAgainstFakeServer {
    private Locale before;

    @BeforeEach
    void windowInPortuguese() {
        before = Messages.locale();
        Messages.setLocale(Locale.forLanguageTag("pt-BR"));
    }

    @AfterEach
    void restore() {
        Messages.setLocale(before);
    }

    @Test
    void anUnknownUserIsNamedInTheWindowsLanguage() {
        ApiException e = failure(() -> client.getUserProfile("Nobody42"));
        assertThat(e.getMessage()).isEqualTo("There is no RetroAchievements user called Nobody42.");
        assertThat(ErrorMessages.describe(e, "Nobody42"))
                .isEqualTo("Não existe nenhum usuário do RetroAchievements chamado Nobody42.");
    }

    @Test
    void aRateLimitSaysHowLongToWaitInWords() {
        server.failNext(Endpoint.AWARDS, 429, "{}", Map.of("Retry-After", "30"));
        ApiException e = failure(() -> client.getUserAwards(AwardsFixtures.DOCUMENTED_USER));
        assertThat(ErrorMessages.describe(e)).endsWith("Tente novamente em 30 segundos.");
        Messages.setLocale(Locale.forLanguageTag("es"));
        assertThat(ErrorMessages.describe(e)).endsWith("Inténtalo de nuevo en 30 segundos.");
    }

    @Test
    void aServerErrorKeepsItsStatusAndARefusedNameTheServersOwnWords() {
        server.htmlNext(Endpoint.AWARDS, 503);
        ApiException e = failure(() -> client.getUserAwards(AwardsFixtures.DOCUMENTED_USER));
        assertThat(ErrorMessages.describe(e)).isEqualTo(
                "O servidor do RetroAchievements teve um problema (HTTP 503). Tente novamente mais tarde.");

        server.failNext(Endpoint.PROFILE, 422, AwardsFixtures.validationError("The u must be a valid ULID."),
                Map.of("Content-Type", "application/json"));
        ApiException refused = failure(() -> client.getUserProfile("x1"));
        assertThat(ErrorMessages.describe(refused, "x1"))
                .isEqualTo("O RetroAchievements recusou o nome \"x1\": The u must be a valid ULID.");
    }

    @Test
    void aServerThatCannotBeFoundIsNamed() {
        ApiConfig nowhere = server.config();
        nowhere = new ApiConfig(URI.create("https://no-such-host.invalid"), nowhere.mediaBase(),
                Duration.ofSeconds(3), Duration.ofSeconds(3));
        RaClient lost = new RaClient(nowhere, server.credentials());
        ApiException e = failure(() -> lost.getUserProfile("MaxMilyin"));
        assertThat(ErrorMessages.describe(e)).isEqualTo("O servidor no-such-host.invalid não foi encontrado. "
                + "Verifique sua conexão com a internet e o endereço do servidor.");
        Messages.setLocale(Locale.ENGLISH);
        assertThat(ErrorMessages.describe(e)).isEqualTo(e.getMessage());
    }

    @Test
    void aBugOfOursIsSaidPlainly() {
        assertThat(ErrorMessages.describe(new IllegalStateException("x")))
                .isEqualTo("Algo deu errado dentro do BadgeShelf (IllegalStateException). Os detalhes estão no arquivo de log.");
    }

    private static ApiException failure(Executable call) {
        ApiException e = assertThrows(ApiException.class, call);
        assertThat(e.reason()).as("the exact reason, for the window to word").isPresent();
        assertThat(e.toString()).doesNotContain(FakeRaServer.API_KEY);
        return e;
    }
}
