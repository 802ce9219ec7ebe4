package io.github.badgeshelf.ui.compare;

import io.github.badgeshelf.compare.ComparedGame;
import io.github.badgeshelf.model.Award;
import io.github.badgeshelf.model.AwardKind;
import io.github.badgeshelf.ui.common.TileCell;
import io.github.badgeshelf.ui.images.OnScreenIcons;
import io.github.badgeshelf.ui.shelf.RoundedImage;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.util.function.Consumer;

/**
 * One game of the comparison: its icon and title, and beneath them each side's highest award in
 * full, the left user's on the first line and the right user's on the second, each behind its
 * side's mark (the page's legend names the sides, so no name takes the award's room). Selected
 * with a click; Enter or a double click opens the game's page. Icons are asked for only while the
 * tile is on screen ({@link OnScreenIcons}, as on the shelf).
 */
final class CompareTileCell extends TileCell<ComparedGame> {
    /** The width a tile asks for; narrower columns get narrower tiles, down to {@link #MIN_WIDTH}. */
    static final double WIDTH = 250;
    /** Room for the longest award word of every language ("Superado (softcore)") beside the icon. */
    static final double MIN_WIDTH = 214;
    static final double HEIGHT = 80;
    private static final double ICON = 52;

    private static final PseudoClass MASTERED = PseudoClass.getPseudoClass("mastered");
    private static final PseudoClass COMPLETED = PseudoClass.getPseudoClass("completed");
    private static final PseudoClass BEATEN = PseudoClass.getPseudoClass("beaten");
    private static final PseudoClass SOFTCORE = PseudoClass.getPseudoClass("softcore");
    private static final PseudoClass NONE = PseudoClass.getPseudoClass("none");

    private final OnScreenIcons<ComparedGame> icons;
    private final ObservableStringValue leftName;
    private final ObservableStringValue rightName;
    private final ImageView image = RoundedImage.create(ICON, 12);
    private final StackPane iconFrame = new StackPane(placeholder, image);
    private final Label title = new Label();
    private final Label leftKind = new Label();
    private final Label rightKind = new Label();

    CompareTileCell(OnScreenIcons<ComparedGame> icons, ObservableStringValue leftName, ObservableStringValue rightName,
                    ObjectProperty<ComparedGame> selection, Consumer<ComparedGame> onOpen) {
        super(selection, ICON, onOpen, 420);
        this.icons = icons;
        this.leftName = leftName;
        this.rightName = rightName;
        // The tile is a card of its own (compare.css), not the shelf's badge frame.
        getStyleClass().remove("badge-tile");
        getStyleClass().add("compare-tile");
        frame.getStyleClass().setAll("compare-card");
        setAccessibleRole(AccessibleRole.LIST_ITEM);
        iconFrame.getStyleClass().add("compare-icon");
        iconFrame.setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        iconFrame.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        title.getStyleClass().add("compare-title");
        title.setMinWidth(0);
        VBox text = new VBox(3, title, sideLine("compare-mark-left", leftKind), sideLine("compare-mark-right", rightKind));
        text.setAlignment(Pos.CENTER_LEFT);
        text.setMinWidth(0);
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox content = new HBox(10, iconFrame, text);
        content.setAlignment(Pos.CENTER_LEFT);
        frame.getChildren().setAll(content);
        icons.track(this, new OnScreenIcons.Display() {
            @Override
            public void showIcon(Image icon) {
                image.setImage(icon);
                pseudoClassStateChanged(LOADING, false);
            }

            @Override
            public void showLoading() {
                image.setImage(null);
                pseudoClassStateChanged(LOADING, true);
            }

            @Override
            public void showUnavailable(String reason) {
                // The placeholder stays: the words on the tile say everything that matters.
                pseudoClassStateChanged(LOADING, false);
            }
        });
    }

    /** A side's line: its mark, then its award word, which is never cut (the title gives way first). */
    private static HBox sideLine(String markClass, Label kind) {
        Region mark = new Region();
        mark.getStyleClass().addAll("compare-mark", markClass);
        mark.setMinSize(10, 10);
        mark.setMaxSize(10, 10);
        kind.getStyleClass().add("compare-kind");
        kind.setMinWidth(Region.USE_PREF_SIZE);
        HBox line = new HBox(6, mark, kind);
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }

    @Override
    protected void showBlank() {
        image.setImage(null);
        pseudoClassStateChanged(SELECTED, false);
        pseudoClassStateChanged(LOADING, false);
        icons.itemChanged(this);
    }

    @Override
    protected void showItem(ComparedGame game) {
        title.setText(game.title());
        showKind(leftKind, game.left());
        showKind(rightKind, game.right());
        iconFrame.pseudoClassStateChanged(MASTERED, game.either().kind() == AwardKind.MASTERED);
        pseudoClassStateChanged(SELECTED, isSelected(game));
        setAccessibleText(AwardWords.sentence(game, leftName.get(), rightName.get()));
        setTooltipText(game.title() + (game.consoleName() == null ? "" : "\n" + game.consoleName()) + "\n"
                + AwardWords.sideLine(leftName.get(), game.left()) + "\n" + AwardWords.sideLine(rightName.get(), game.right()));
        icons.itemChanged(this);
    }

    private static void showKind(Label label, Award award) {
        label.setText(AwardWords.kind(award));
        AwardKind k = award == null ? null : award.kind();
        label.pseudoClassStateChanged(MASTERED, k == AwardKind.MASTERED);
        label.pseudoClassStateChanged(COMPLETED, k == AwardKind.COMPLETED);
        label.pseudoClassStateChanged(BEATEN, k == AwardKind.BEATEN_HARDCORE);
        label.pseudoClassStateChanged(SOFTCORE, k == AwardKind.BEATEN_SOFTCORE);
        label.pseudoClassStateChanged(NONE, k == null);
    }
}
