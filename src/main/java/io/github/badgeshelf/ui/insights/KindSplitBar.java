package io.github.badgeshelf.ui.insights;

import io.github.badgeshelf.insights.ConsoleCount;
import io.github.badgeshelf.model.AwardCategory;
import javafx.scene.layout.Region;

import java.util.Locale;

/**
 * One console's bar, split by kind: the chart gives the bar its size (the console's total) and the
 * bar fills itself with a band per kind, bottom up, in the kinds' order. The colours come from the
 * stylesheet ({@code .insight-kind-mastered}, ...), so they follow the theme. (The chart resets the
 * bar's own style classes, so every colour is on a band.)
 */
final class KindSplitBar extends Region {
    private final int[] counts;
    private final int total;
    private final Region[] bands = new Region[AwardCategory.values().length];

    KindSplitBar(ConsoleCount console) {
        counts = console.byCategory();
        total = console.total();
        for (AwardCategory category : AwardCategory.values()) {
            Region band = new Region();
            band.getStyleClass().addAll("insight-band", styleClass(category));
            band.setManaged(false);
            bands[category.ordinal()] = band;
            getChildren().add(band);
        }
    }

    static String styleClass(AwardCategory category) {
        return "insight-kind-" + category.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    protected void layoutChildren() {
        double width = getWidth();
        double height = getHeight();
        double bottom = height;
        for (AwardCategory category : AwardCategory.values()) {
            double share = total == 0 ? 0 : height * counts[category.ordinal()] / total;
            Region band = bands[category.ordinal()];
            band.resizeRelocate(0, bottom - share, width, share);
            bottom -= share;
        }
    }
}
