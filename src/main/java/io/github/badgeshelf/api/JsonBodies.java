package io.github.badgeshelf.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;

/**
 * The shared, lenient Jackson set-up and the first look at a body: is it JSON at all?
 * Outages have answered with HTML pages, which is the server's trouble rather than an
 * unreadable answer, so the two are told apart before any parsing.
 */
final class JsonBodies {

    static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.FAIL_ON_IGNORED_PROPERTIES)
            .enable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .build();

    private JsonBodies() {
    }

    /** True when the first non-blank byte could start a JSON object or array. */
    static boolean looksLikeJson(byte[] body) {
        int i = 0;
        // A UTF-8 byte order mark is harmless; skip it with the white space.
        if (body.length >= 3 && (body[0] & 0xFF) == 0xEF && (body[1] & 0xFF) == 0xBB && (body[2] & 0xFF) == 0xBF) {
            i = 3;
        }
        for (; i < body.length; i++) {
            byte b = body[i];
            if (b == ' ' || b == '\t' || b == '\r' || b == '\n') {
                continue;
            }
            return b == '{' || b == '[';
        }
        return false;
    }

    static ApiException notJson(String what) {
        return new ApiException(ApiException.Kind.SERVER_ERROR,
                "The RetroAchievements server sent a web page instead of " + what
                        + "; it may be having trouble. Try again later.").because(ApiException.Reason.WEB_PAGE_INSTEAD);
    }

    static ApiException unreadable(String what) {
        return new ApiException(ApiException.Kind.UNREADABLE,
                "The RetroAchievements server's answer for " + what
                        + " could not be read (it was cut off or not in the expected form).")
                .because(ApiException.Reason.UNREADABLE_ANSWER);
    }

    /** Reads a body into the given type, turning every parsing failure into UNREADABLE. */
    static <T> T read(byte[] body, ObjectReader reader, String what) throws ApiException {
        if (!looksLikeJson(body)) {
            throw notJson(what);
        }
        T value;
        try {
            value = reader.readValue(body);
        } catch (JsonProcessingException e) {
            throw unreadable(what);
        } catch (IOException | RuntimeException e) {
            // Jackson wraps some odd inputs (bad UTF-8 surrogates, deep nesting) in other exceptions.
            throw unreadable(what);
        }
        if (value == null) {
            throw unreadable(what);
        }
        return value;
    }

    /** The server's own "message" from an error body, or null when there is none. */
    static String messageOf(byte[] body) {
        if (body == null || !looksLikeJson(body)) {
            return null;
        }
        try {
            JsonNode node = MAPPER.readTree(body);
            JsonNode message = node == null ? null : node.get("message");
            return message != null && message.isTextual() && !message.asText().isBlank()
                    ? message.asText().strip() : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
