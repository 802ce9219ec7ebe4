package io.github.badgeshelf.ui.main;

import io.github.badgeshelf.model.UnreadValue;
import io.github.badgeshelf.ui.i18n.Messages;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The window's words for values of an answer that could not be read and were left empty (docs/faults.md). */
final class UnreadNotice {
    /** How many values the notice names; the count says how many there are in all. */
    private static final int NAMED = 3;

    private UnreadNotice() {
    }

    static Optional<String> of(List<UnreadValue> values) {
        if (values == null || values.isEmpty()) {
            return Optional.empty();
        }
        String named = values.stream().limit(NAMED).map(UnreadValue::describe).collect(Collectors.joining("; "));
        if (values.size() > NAMED) {
            named += "; …";
        }
        return Optional.of(Messages.format("error.values.unreadable", values.size(), named));
    }
}
