package io.github.badgeshelf.api;

import java.util.regex.Pattern;

/** Removes the API key from any text before it can reach a message, log line or output. */
public final class Redactor {
    private static final Pattern KEY_PARAM = Pattern.compile("([?&]y=)[^&#\\s\"']*");

    private Redactor() {
    }

    /** Hides the {@code y=} query parameter and, if given, every literal occurrence of the key. */
    public static String redact(String text, String apiKey) {
        if (text == null) {
            return null;
        }
        String out = KEY_PARAM.matcher(text).replaceAll("$1<redacted>");
        if (apiKey != null && !apiKey.isEmpty()) {
            out = out.replace(apiKey, "<redacted>");
        }
        return out;
    }
}
