package io.github.badgeshelf.ui.shelf;

import io.github.badgeshelf.model.Award;
import io.github.badgeshelf.model.AwardKind;
import io.github.badgeshelf.ui.common.TaskExecutor;
import io.github.badgeshelf.ui.i18n.Messages;
import javafx.beans.property.ObjectProperty;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.util.function.Consumer;

/** The selected tile, large, with everything known about it and a link to the game's page. */
public final class DetailsPane extends VBox {
    private static final double LARGE = 128;

    private final BadgeIcons icons;
    private final StackPane iconFrame = new StackPane();
    private final ImageView image = RoundedImage.create(LARGE, 20);
    private final Label title = new Label();
    private final GridPane facts = new GridPane();
    private final Hyperlink openGame = new Hyperlink(Messages.get("details.openGame"));
    private final Label empty = new Label(Messages.get("details.empty"));
    private TaskExecutor.Cancellable pending;

    public DetailsPane(ObjectProperty<Award> selection, BadgeIcons icons, Consumer<Award> openGamePage) {
        super(12);
        this.icons = icons;
        setId("details");
        getStyleClass().add("details-pane");
        setAlignment(Pos.TOP_CENTER);
        iconFrame.getStyleClass().add("details-icon");
        iconFrame.setMaxSize(LARGE + 12, LARGE + 12);
        title.setId("detailsTitle");
        title.getStyleClass().add("details-title");
        title.setWrapText(true);
        facts.getStyleClass().add("details-facts");
        facts.setHgap(16);
        facts.setVgap(8);
        openGame.setAccessibleHelp(Messages.get("details.openGame.help"));
        openGame.setOnAction(e -> openGamePage.accept(selection.get()));
        empty.getStyleClass().add("details-empty");
        empty.setWrapText(true);
        selection.addListener((obs, old, now) -> show(now));
        show(selection.get());
    }

    private void show(Award award) {
        if (pending != null) {
            pending.cancel();
            pending = null;
        }
        if (award == null) {
            setAccessibleText(empty.getText());
            getChildren().setAll(empty);
            return;
        }
        iconFrame.pseudoClassStateChanged(PseudoClass.getPseudoClass("mastered"),
                award.kind() == AwardKind.MASTERED);
        if (award.iconUrl() == null) {
            iconFrame.getChildren().setAll(SiteBadge.create(award.kind(), LARGE));
        } else {
            iconFrame.getChildren().setAll(image);
            image.setImage(icons.cached(award.iconUrl()));
            if (image.getImage() == null) {
                pending = icons.load(award.iconUrl(), image::setImage, reason -> { });
            }
        }
        title.setText(award.displayTitle());
        facts.getChildren().clear();
        int row = 0;
        row = fact(row, Messages.get("details.award"), AwardText.kind(award), "detailsAward");
        if (award.mode() != io.github.badgeshelf.model.AwardMode.NONE) {
            row = fact(row, Messages.get("details.mode"), AwardText.mode(award.mode()), "detailsMode");
        }
        if (award.consoleName() != null) {
            row = fact(row, Messages.get("details.console"), award.consoleName(), "detailsConsole");
        }
        row = fact(row, Messages.get("details.awarded"), AwardText.dateTime(award), "detailsAwarded");
        if (award.gameId().isPresent()) {
            fact(row, Messages.get("details.gameId"), Integer.toString(award.gameId().getAsInt()), "detailsGameId");
        }
        // Read as one sentence by a screen reader, the way the tile is.
        setAccessibleText(AwardText.spoken(award));
        openGame.setVisible(award.gameId().isPresent());
        openGame.setManaged(openGame.isVisible());
        getChildren().setAll(iconFrame, title, facts, openGame);
    }

    private int fact(int row, String name, String value, String id) {
        Label key = new Label(name);
        key.getStyleClass().add("fact-name");
        // Whole, in every language ("Premiado", "ID do jogo"): the value beside it wraps instead.
        key.setMinWidth(Region.USE_PREF_SIZE);
        Label val = new Label(value);
        val.setId(id);
        val.getStyleClass().add("fact-value");
        val.setWrapText(true);
        GridPane.setHgrow(val, Priority.ALWAYS);
        facts.addRow(row, key, val);
        return row + 1;
    }

}
