package io.github.badgeshelf.ui.game;

import io.github.badgeshelf.model.Achievement;
import io.github.badgeshelf.ui.i18n.Messages;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The selected achievement: title, description, points, true ratio, type, earned, how many players have it. */
final class AchievementDetails extends VBox {
    private final Label title = new Label();
    private final Label description = new Label();
    private final GridPane facts = new GridPane();
    private final Label empty = new Label(Messages.get("game.details.empty"));
    private int players;

    AchievementDetails() {
        super(10);
        setId("achievementDetails");
        getStyleClass().addAll("details-pane", "achievement-details");
        // As wide as the details pane, whatever it says: long values wrap.
        setMinWidth(Region.USE_PREF_SIZE);
        facts.getStyleClass().add("details-facts");
        facts.setHgap(16);
        facts.setVgap(8);
        title.setId("achievementTitle");
        title.getStyleClass().add("details-title");
        title.setWrapText(true);
        description.setId("achievementDescription");
        description.setWrapText(true);
        empty.getStyleClass().add("details-empty");
        empty.setWrapText(true);
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
        facts.getChildren().clear();
        int row = 0;
        fact(row++, "game.details.points", Messages.number(a.points()), "achievementPoints");
        if (a.trueRatio() != null) { // absent is not 0: no row rather than an invented value
            fact(row++, "game.details.trueRatio", Messages.number(a.trueRatio()), "achievementTrueRatio");
        }
        String type = AchievementText.type(a);
        if (type != null) {
            fact(row++, "game.details.type", type, "achievementType");
        }
        fact(row, "game.details.players", Messages.format("game.details.playersValue", a.numAwarded(),
                a.numAwardedHardcore(), players), "achievementPlayers");
        Label earned = new Label(AchievementText.earned(a));
        earned.setId("achievementEarned");
        earned.setWrapText(true);
        getChildren().setAll(title, description, earned, facts);
    }

    /** A row of facts, as in the shelf's details: the name whole, the value wrapping in the pane's width. */
    private void fact(int row, String key, String value, String id) {
        Label name = new Label(Messages.get(key));
        name.getStyleClass().add("fact-name");
        name.setMinWidth(Region.USE_PREF_SIZE);
        Label val = new Label(value);
        val.setId(id);
        val.getStyleClass().add("fact-value");
        val.setWrapText(true);
        GridPane.setHgrow(val, Priority.ALWAYS);
        facts.addRow(row, name, val);
    }
}
