package io.github.badgeshelf.ui.news;

import io.github.badgeshelf.model.AwardKind;
import io.github.badgeshelf.model.AwardMode;
import io.github.badgeshelf.news.NewsEntry;
import io.github.badgeshelf.ui.common.TaskExecutor;
import io.github.badgeshelf.ui.i18n.Messages;
import io.github.badgeshelf.ui.shelf.AwardText;
import io.github.badgeshelf.ui.shelf.BadgeIcons;
import io.github.badgeshelf.ui.shelf.RoundedImage;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.ListCell;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * One news entry: the day's heading when it is the first of its day, then the person (avatar and
 * name), the award's icon, kind, game, console and time, and a Game button to that game's page
 * (entries of events and site awards have none).
 */
final class NewsCell extends ListCell<NewsEntry> {
    private final BadgeIcons icons;
    private final ZoneId zone;
    private final Label day = new Label();
    private final Label initial = new Label();
    private final ImageView avatar = RoundedImage.create(30, 30);
    private final StackPane disc = new StackPane(initial, avatar);
    private final Label name = new Label();
    private final Label what = new Label();
    private final Label game = new Label();
    private final Label time = new Label();
    private final Button gameButton = new Button(Messages.get("news.game"), new FontIcon(Material2MZ.VIDEOGAME_ASSET));
    private final ImageView icon = RoundedImage.create(40, 10);
    private final VBox text = new VBox(1, name, what, game);
    private final HBox row;
    private final VBox box;
    private TaskExecutor.Cancellable pendingAvatar;
    private TaskExecutor.Cancellable pendingIcon;

    NewsCell(BadgeIcons icons, ZoneId zone, Consumer<NewsEntry> openGame) {
        this.icons = icons;
        this.zone = zone;
        gameButton.getStyleClass().addAll("flat", "news-open-game");
        gameButton.setTooltip(new Tooltip(Messages.get("news.game.tooltip")));
        // One Tab stop for the whole list: the keyboard has Shift+Enter and the list's menu instead.
        gameButton.setFocusTraversable(false);
        gameButton.setMinWidth(Region.USE_PREF_SIZE);
        gameButton.setOnAction(e -> {
            if (getItem() != null) {
                openGame.accept(getItem());
            }
        });
        getStyleClass().add("news-cell");
        day.getStyleClass().add("news-day");
        day.setMaxWidth(Double.MAX_VALUE);
        disc.getStyleClass().add("friend-disc");
        disc.setMinSize(30, 30);
        disc.setMaxSize(30, 30);
        name.getStyleClass().add("friend-name");
        what.getStyleClass().add("news-what");
        game.getStyleClass().add("news-game");
        time.getStyleClass().add("news-time");
        text.setMinWidth(0);
        text.setPrefWidth(0);
        HBox.setHgrow(text, Priority.ALWAYS);
        time.setMinWidth(Region.USE_PREF_SIZE);
        row = new HBox(10, disc, icon, text, time, gameButton);
        row.setAlignment(Pos.CENTER_LEFT);
        box = new VBox(4, day, row);
        box.prefWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> getWidth() - snappedLeftInset() - snappedRightInset(), widthProperty(), paddingProperty()));
    }

    @Override
    protected void updateItem(NewsEntry entry, boolean empty) {
        super.updateItem(entry, empty);
        cancelLoads();
        if (empty || entry == null) {
            setGraphic(null);
            setAccessibleText(null);
            return;
        }
        var items = getListView() == null ? null : getListView().getItems();
        int i = getIndex();
        boolean firstOfDay = items == null || i <= 0 || i > items.size() || !sameDay(items.get(i - 1), entry);
        day.setText(Messages.dates(FormatStyle.FULL).format(entry.award().awardedAt()));
        day.setVisible(firstOfDay);
        day.setManaged(firstOfDay);
        initial.setText(entry.user().isEmpty() ? "?" : entry.user().substring(0, 1).toUpperCase(Locale.ROOT));
        disc.setStyle("-fx-background-color: hsb(" + Math.floorMod(entry.user().toLowerCase(Locale.ROOT).hashCode(), 360)
                + ", 55%, 70%);");
        name.setText(entry.user());
        // "Beaten (softcore)" already says its mode.
        boolean saysMode = entry.award().mode() == AwardMode.NONE || entry.award().kind() == AwardKind.BEATEN_SOFTCORE;
        what.setText(AwardText.kind(entry.award()) + (saysMode ? "" : " · " + AwardText.mode(entry.award().mode())));
        String console = entry.award().consoleName();
        game.setText(entry.award().displayTitle() + (console == null || console.isBlank() ? "" : " · " + console));
        time.setText(Messages.dateTimes(FormatStyle.MEDIUM, FormatStyle.SHORT).format(entry.award().awardedAt()));
        boolean hasGame = entry.award().gameId().isPresent();
        gameButton.setVisible(hasGame);
        gameButton.setAccessibleText(hasGame ? Messages.format("news.game.spoken", entry.award().displayTitle()) : null);
        avatar.setImage(null);
        if (entry.avatarUrl() != null) {
            Image ready = icons.cached(entry.avatarUrl());
            if (ready != null) {
                avatar.setImage(ready);
            } else {
                pendingAvatar = icons.load(entry.avatarUrl(), avatar::setImage, reason -> { });
            }
        }
        icon.setImage(null);
        if (entry.award().iconUrl() != null) {
            Image ready = icons.cached(entry.award().iconUrl());
            if (ready != null) {
                icon.setImage(ready);
            } else {
                pendingIcon = icons.load(entry.award().iconUrl(), icon::setImage, reason -> { });
            }
        }
        setAccessibleText(Messages.format("news.entry.spoken", entry.user(), AwardText.spoken(entry.award())));
        setGraphic(box);
    }

    private boolean sameDay(NewsEntry a, NewsEntry b) {
        return LocalDate.ofInstant(a.award().awardedAt(), zone).equals(LocalDate.ofInstant(b.award().awardedAt(), zone));
    }

    private void cancelLoads() {
        if (pendingAvatar != null) {
            pendingAvatar.cancel();
            pendingAvatar = null;
        }
        if (pendingIcon != null) {
            pendingIcon.cancel();
            pendingIcon = null;
        }
    }
}
