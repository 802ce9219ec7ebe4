package io.github.badgeshelf.insights;

import io.github.badgeshelf.model.AwardCategory;

import java.util.Arrays;

/**
 * The awards of one console among those counted, split by category.
 *
 * @param console   the console's name as the server sent it (data: never translated)
 * @param consoleId the server's console ID, or null when it sent none
 */
public record ConsoleCount(String console, Integer consoleId, int total, int[] byCategory) {

    public ConsoleCount {
        byCategory = byCategory.clone();
        if (byCategory.length != AwardCategory.values().length) {
            throw new IllegalArgumentException("one count per category expected");
        }
    }

    public int count(AwardCategory category) {
        return byCategory[category.ordinal()];
    }

    @Override
    public int[] byCategory() {
        return byCategory.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ConsoleCount c && c.console.equals(console) && java.util.Objects.equals(c.consoleId, consoleId)
                && c.total == total && Arrays.equals(c.byCategory, byCategory);
    }

    @Override
    public int hashCode() {
        return console.hashCode() * 31 + Arrays.hashCode(byCategory);
    }

    @Override
    public String toString() {
        return console + "=" + total + Arrays.toString(byCategory);
    }
}
