package io.github.badgeshelf.ui.game;

import io.github.badgeshelf.model.Achievement;
import io.github.badgeshelf.ui.i18n.Messages;

import java.util.function.Predicate;

/** Which achievements the game page shows. */
public enum AchievementFilter {
    ALL("game.filter.all", a -> true),
    EARNED("game.filter.earned", Achievement::isEarned),
    NOT_EARNED("game.filter.notEarned", a -> !a.isEarned()),
    MISSABLE("game.filter.missable", Achievement::isMissable);

    private final String key;
    private final Predicate<Achievement> test;

    AchievementFilter(String key, Predicate<Achievement> test) {
        this.key = key;
        this.test = test;
    }

    public boolean test(Achievement a) {
        return test.test(a);
    }

    @Override
    public String toString() {
        return Messages.get(key);
    }
}
