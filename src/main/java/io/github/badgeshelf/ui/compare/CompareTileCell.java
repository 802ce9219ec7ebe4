package io.github.badgeshelf.ui.compare;

import io.github.badgeshelf.compare.ComparedGame;
import io.github.badgeshelf.model.Award;
import io.github.badgeshelf.model.AwardKind;
import io.github.badgeshelf.ui.common.TaskExecutor;
import io.github.badgeshelf.ui.shelf.BadgeIcons;
import io.github.badgeshelf.ui.shelf.RoundedImage;
import javafx.beans.value.ObservableStringValue;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.controlsfx.control.GridCell;

/**
 * One game of the comparison: its icon (through the icon pipeline, as on the shelf) and, below
 * the title, each side's highest award, so "they mastered, you beat" reads at a glance. Cells are
 * recycled as the grid scrolls; each update cancels the icon request of the game shown before.
 */
final class CompareTileCell extends GridCell<ComparedGame> {
    static final double WIDTH = 250;
    static final double HEIGHT = 78;
    private static final double ICON = 56;

    private final BadgeIcons icons;
    private final ObservableStringValue leftName;
    private final ObservableStringValue rightName;
    private final ImageView image = RoundedImage.create(ICON, 12);
    private final StackPane frame = new StackPane(image);
    private final Label title = new Label();
    private final SideLine left = new SideLine();
    private final SideLine right = new SideLine();
    private final HBox content;
    private final Tooltip tooltip = new Tooltip();
    private TaskExecutor.Cancellable pending;
    private ComparedGame shown;

    CompareTileCell(BadgeIcons icons, ObservableStringValue leftName, ObservableStringValue rightName) {
        this.icons = icons;
        this.leftName = leftName;
        this.rightName = rightName;
        getStyleClass().add("compare-tile");
        setAccessibleRole(AccessibleRole.LIST_ITEM);
        frame.getStyleClass().add("compare-icon");
        frame.setMinSize(ICON + 8, ICON + 8);
        frame.setMaxSize(ICON + 8, ICON + 8);
        title.getStyleClass().add("compare-title");
        VBox text = new VBox(2, title, left.row, right.row);
        text.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(text, Priority.ALWAYS);
        content = new HBox(10, frame, text);
        content.getStyleClass().add("compare-card");
        content.setAlignment(Pos.CENTER_LEFT);
        tooltip.setShowDelay(Duration.millis(350));
    }

    @Override
    protected void updateItem(ComparedGame game, boolean empty) {
        super.updateItem(game, empty);
        boolean blank = empty || game == null;
        if (!blank && game == shown) {
            return; // GridView re-runs updateItem often; nothing changed for this tile
        }
        if (pending != null) {
            pending.cancel();
            pending = null;
        }
        shown = blank ? null : game;
        if (blank) {
            setGraphic(null);
            setTooltip(null);
            setAccessibleText(null);
            image.setImage(null);
            return;
        }
        title.setText(game.title());
        left.show(leftName.get(), game.left());
        right.show(rightName.get(), game.right());
        Award top = game.either();
        frame.pseudoClassStateChanged(Kinds.MASTERED, top.kind() == AwardKind.MASTERED);
        String sentence = AwardWords.sentence(game, leftName.get(), rightName.get());
        setAccessibleText(sentence);
        tooltip.setText(game.title() + (game.consoleName() == null ? "" : "\n" + game.consoleName()) + "\n"
                + AwardWords.sideLine(leftName.get(), game.left()) + "\n" + AwardWords.sideLine(rightName.get(), game.right()));
        setTooltip(tooltip);
        setGraphic(content);
        showIcon(top.iconUrl());
    }

    private void showIcon(String url) {
        image.setImage(null);
        if (url == null) {
            return;
        }
        Image ready = icons.cached(url);
        if (ready != null) {
            image.setImage(ready);
            return;
        }
        ComparedGame forGame = shown;
        pending = icons.load(url, loaded -> {
            if (shown == forGame) {
                image.setImage(loaded);
            }
        }, reason -> { /* the placeholder frame stays; the text says everything that matters */ });
    }

    /** Pseudo-classes for a side's award kind, shared by the icon frame and the side lines. */
    private static final class Kinds {
        static final PseudoClass MASTERED = PseudoClass.getPseudoClass("mastered");
        static final PseudoClass COMPLETED = PseudoClass.getPseudoClass("completed");
        static final PseudoClass BEATEN = PseudoClass.getPseudoClass("beaten");
        static final PseudoClass SOFTCORE = PseudoClass.getPseudoClass("softcore");
        static final PseudoClass NONE = PseudoClass.getPseudoClass("none");
    }

    /** "Alice · Mastered", with a dot coloured by the kind. */
    private static final class SideLine {
        final Label dot = new Label();
        final Label name = new Label();
        final Label kind = new Label();
        final HBox row = new HBox(5, dot, name, kind);

        SideLine() {
            dot.getStyleClass().add("compare-dot");
            dot.setMinSize(8, 8);
            dot.setMaxSize(8, 8);
            name.getStyleClass().add("compare-side-name");
            kind.getStyleClass().add("compare-side-kind");
            row.setAlignment(Pos.CENTER_LEFT);
        }

        void show(String who, Award award) {
            name.setText(who);
            kind.setText(AwardWords.kind(award));
            AwardKind k = award == null ? null : award.kind();
            for (Label l : new Label[]{dot, kind}) {
                l.pseudoClassStateChanged(Kinds.MASTERED, k == AwardKind.MASTERED);
                l.pseudoClassStateChanged(Kinds.COMPLETED, k == AwardKind.COMPLETED);
                l.pseudoClassStateChanged(Kinds.BEATEN, k == AwardKind.BEATEN_HARDCORE);
                l.pseudoClassStateChanged(Kinds.SOFTCORE, k == AwardKind.BEATEN_SOFTCORE);
                l.pseudoClassStateChanged(Kinds.NONE, k == null);
            }
        }
    }
}
