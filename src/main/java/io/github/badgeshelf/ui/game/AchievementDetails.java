package io.github.badgeshelf.ui.game;

import io.github.badgeshelf.model.Achievement;
import io.github.badgeshelf.ui.i18n.Messages;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The selected achievement: title, description, points, true ratio, type, earned, how many players have it. */
final class AchievementDetails extends VBox {
    private final Label title = new Label();
    private final Label description = new Label();
    private final FlowPane facts = new FlowPane(18, 4);
    private final Label empty = new Label(Messages.get("game.details.empty"));
    private int players;

    AchievementDetails() {
        super(4);
        setId("achievementDetails");
        getStyleClass().add("achievement-details");
        setPadding(new Insets(8, 4, 4, 4));
        title.setId("achievementTitle");
        title.getStyleClass().add("details-title");
        description.setId("achievementDescription");
        description.setWrapText(true);
        empty.getStyleClass().add("fact-name");
        show(null);
    }

    void setPlayers(int players) {
        this.players = players;
    }

    void show(Achievement a) {
        if (a == null) {
            getChildren().setAll(empty);
            return;
        }
        title.setText(a.title());
        description.setText(a.description());
        facts.getChildren().setAll(
                fact("game.details.points", Messages.number(a.points()), "achievementPoints"),
                fact("game.details.trueRatio", Messages.number(a.trueRatio()), "achievementTrueRatio"));
        String type = AchievementText.type(a);
        if (type != null) {
            facts.getChildren().add(fact("game.details.type", type, "achievementType"));
        }
        facts.getChildren().add(fact("game.details.players", Messages.format("game.details.playersValue",
                a.numAwarded(), a.numAwardedHardcore(), players), "achievementPlayers"));
        Label earned = new Label(AchievementText.earned(a));
        earned.setId("achievementEarned");
        getChildren().setAll(title, description, earned, facts);
    }

    private static HBox fact(String key, String value, String id) {
        Label name = new Label(Messages.get(key));
        name.getStyleClass().add("fact-name");
        Label val = new Label(value);
        val.setId(id);
        val.getStyleClass().add("fact-value");
        return new HBox(6, name, val);
    }
}
