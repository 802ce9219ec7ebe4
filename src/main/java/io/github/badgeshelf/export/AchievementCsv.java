package io.github.badgeshelf.export;

import io.github.badgeshelf.model.Achievement;

import java.util.List;

/** A game's achievements with the user's progress, as the {@code export-game} CSV of docs/contracts.md. */
public final class AchievementCsv {

    public static final List<String> HEADER = List.of(
            "Achievement ID", "Title", "Description", "Points", "True Ratio", "Type", "Display Order",
            "Earned At", "Earned Hardcore At", "Badge URL");

    private AchievementCsv() {
    }

    /** The ten cells of one achievement, before quoting. */
    public static List<String> row(Achievement a) {
        return List.of(
                Integer.toString(a.id()),
                a.title(),
                a.description(),
                Integer.toString(a.points()),
                a.trueRatio() == null ? "" : a.trueRatio().toString(),
                a.type() == null ? "" : a.type(),
                Integer.toString(a.displayOrder()),
                CsvTable.time(a.earnedAt()),
                CsvTable.time(a.earnedHardcoreAt()),
                a.badgeUrl() == null ? "" : a.badgeUrl());
    }
}
