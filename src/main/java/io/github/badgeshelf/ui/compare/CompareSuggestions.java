package io.github.badgeshelf.ui.compare;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** What #compareWith suggests as a name is typed. */
final class CompareSuggestions {
    private CompareSuggestions() {
    }

    /** People followed first, then recent searches, each once (ignoring case), matching what is typed. */
    static List<String> of(String typed, List<String> followed, List<String> recent) {
        String needle = typed == null ? "" : typed.trim().toLowerCase(Locale.ROOT);
        Set<String> seen = new HashSet<>();
        List<String> out = new ArrayList<>();
        for (List<String> source : List.of(followed, recent)) {
            for (String name : source) {
                String key = name.toLowerCase(Locale.ROOT);
                if ((needle.isEmpty() || key.contains(needle)) && !key.equals(needle) && seen.add(key)) {
                    out.add(name);
                }
            }
        }
        return out;
    }
}
