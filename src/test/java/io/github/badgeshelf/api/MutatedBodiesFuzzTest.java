package io.github.badgeshelf.api;

import io.github.badgeshelf.testsupport.AwardsFixtures;
import io.github.badgeshelf.testsupport.FakeRaServer;
import io.github.badgeshelf.testsupport.FakeRaServer.Endpoint;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mutated API bodies (byte flips, truncation, type swaps, deletions) give either a model or an
 * ApiException saying the answer was unreadable or not JSON: never any other exception.
 */
class MutatedBodiesFuzzTest {
    private static final Set<ApiException.Kind> ALLOWED = EnumSet.of(
            ApiException.Kind.UNREADABLE, ApiException.Kind.SERVER_ERROR);
    private static final List<byte[]> AWARD_BASES = List.of(
            bytes(AwardsFixtures.DOCUMENTED_AWARDS),
            bytes(AwardsFixtures.generate(12, 42)),
            bytes(AwardsFixtures.withTitles(AwardsFixtures.TRICKY_TITLES)),
            bytes(AwardsFixtures.EMPTY_AWARDS));
    private static final List<byte[]> OTHER_BASES = List.of(
            bytes(AwardsFixtures.DOCUMENTED_PROFILE),
            bytes(AwardsFixtures.DOCUMENTED_FOLLOWING));
    private static final String[] SWAPS = {"\"x\"", "\"12\"", "null", "true", "[]", "{}", "1.5", "-1",
            "99999999999999999999", "[{}]", "\"\"", "{\"a\":[1,{\"b\":null}]}"};

    private static FakeRaServer server;
    private static RaClient client;

    @BeforeContainer
    static void startServer() {
        server = FakeRaServer.start();
        client = new RaClient(server.config(), server.credentials());
    }

    @AfterContainer
    static void stopServer() {
        server.close();
    }

    @Property(tries = 4000)
    void mutatedAwardsParseToAModelOrAReadableFailure(@ForAll("mutatedAwards") byte[] body) {
        expectModelOrAllowedFailure(() -> AwardsJson.parse(body, ApiConfig.defaults()));
    }

    @Property(tries = 1500)
    void mutatedProfilesAndFollowingListsToo(@ForAll("mutatedOthers") byte[] body) {
        expectModelOrAllowedFailure(() -> ProfileJson.parse(body, ApiConfig.defaults()));
        expectModelOrAllowedFailure(() -> FollowingJson.parse(body));
    }

    @Property(tries = 200)
    void mutatedAwardsOverRealHttpToo(@ForAll("mutatedAwards") byte[] body) {
        server.failNext(Endpoint.AWARDS, 200, body, Map.of("Content-Type", "application/json"));
        expectModelOrAllowedFailure(() -> client.getUserAwards("Fuzzed"));
    }

    @Provide
    Arbitrary<byte[]> mutatedAwards() {
        return Arbitraries.randomValue(random -> mutate(AWARD_BASES.get(random.nextInt(AWARD_BASES.size())), random));
    }

    @Provide
    Arbitrary<byte[]> mutatedOthers() {
        return Arbitraries.randomValue(random -> mutate(OTHER_BASES.get(random.nextInt(OTHER_BASES.size())), random));
    }

    private interface Call {
        Object run() throws ApiException;
    }

    private static void expectModelOrAllowedFailure(Call call) {
        try {
            assertThat(call.run()).isNotNull();
        } catch (ApiException e) {
            assertThat(e.kind()).as(e.getMessage()).isIn(ALLOWED);
            assertThat(e.getMessage()).isNotBlank();
        }
    }

    static byte[] mutate(byte[] base, Random random) {
        byte[] body = base.clone();
        int rounds = 1 + random.nextInt(4);
        for (int i = 0; i < rounds && body.length > 0; i++) {
            body = switch (random.nextInt(5)) {
                case 0 -> flip(body, random);
                case 1 -> Arrays.copyOf(body, random.nextInt(body.length));
                case 2 -> swapValue(body, random);
                case 3 -> delete(body, random);
                default -> duplicate(body, random);
            };
        }
        return body;
    }

    private static byte[] flip(byte[] body, Random random) {
        byte[] out = body.clone();
        out[random.nextInt(out.length)] = (byte) random.nextInt(256);
        return out;
    }

    /** Replaces the value after one ':' with another JSON value of a different type. */
    private static byte[] swapValue(byte[] body, Random random) {
        String text = new String(body, StandardCharsets.UTF_8);
        List<Integer> colons = new ArrayList<>();
        for (int i = text.indexOf(':'); i >= 0; i = text.indexOf(':', i + 1)) {
            colons.add(i);
        }
        if (colons.isEmpty()) {
            return body;
        }
        int start = colons.get(random.nextInt(colons.size())) + 1;
        int end = start;
        while (end < text.length() && ",}]\n".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        return bytes(text.substring(0, start) + SWAPS[random.nextInt(SWAPS.length)] + text.substring(end));
    }

    private static byte[] delete(byte[] body, Random random) {
        int from = random.nextInt(body.length);
        int to = Math.min(body.length, from + 1 + random.nextInt(20));
        byte[] out = new byte[body.length - (to - from)];
        System.arraycopy(body, 0, out, 0, from);
        System.arraycopy(body, to, out, from, body.length - to);
        return out;
    }

    private static byte[] duplicate(byte[] body, Random random) {
        int from = random.nextInt(body.length);
        int to = Math.min(body.length, from + 1 + random.nextInt(40));
        byte[] out = new byte[body.length + (to - from)];
        System.arraycopy(body, 0, out, 0, to);
        System.arraycopy(body, from, out, to, body.length - from);
        return out;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
