package io.github.badgeshelf.ui.shelf;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Folds text for case- and accent-insensitive matching ("Pokémon" matches "pokemon"). */
public final class SearchKey {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private SearchKey() {
    }

    public static String fold(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }
}
