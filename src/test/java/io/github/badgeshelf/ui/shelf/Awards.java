package io.github.badgeshelf.ui.shelf;

import io.github.badgeshelf.model.Award;

import java.time.Instant;

/** Small award builders for ViewModel tests. */
final class Awards {
    private Awards() {
    }

    static Award game(String type, int extra, String title, String console, String when, int order) {
        return new Award(Instant.parse(when), type, 1000 + order, extra, order, title, 7, console,
                "/Images/" + order + ".png", "http://127.0.0.1/Images/" + order + ".png");
    }

    static Award mastered(String title, String console, String when, int order) {
        return game("Mastery/Completion", 1, title, console, when, order);
    }

    static Award completed(String title, String console, String when, int order) {
        return game("Mastery/Completion", 0, title, console, when, order);
    }

    static Award beatenHardcore(String title, String console, String when, int order) {
        return game("Game Beaten", 1, title, console, when, order);
    }

    static Award beatenSoftcore(String title, String console, String when, int order) {
        return game("Game Beaten", 0, title, console, when, order);
    }

    static Award event(String title, String when, int order) {
        return new Award(Instant.parse(when), "Event", 70 + order, 0, order, title, 101, "Events",
                "/Images/e" + order + ".png", "http://127.0.0.1/Images/e" + order + ".png");
    }

    static Award site(String type, String when, int order) {
        return new Award(Instant.parse(when), type, 1, 0, order, null, null, null, null, null);
    }
}
