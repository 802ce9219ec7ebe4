package io.github.badgeshelf.ui.shelf;

import io.github.badgeshelf.model.Shelf;
import io.github.badgeshelf.model.UserProfile;
import io.github.badgeshelf.ui.common.TaskExecutor;
import io.github.badgeshelf.ui.i18n.Messages;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;


/** The shown user's avatar, display name ({@code #profileName}), points and membership. */
final class ProfileHeader extends HBox {
    private static final double AVATAR = 56;

    private final BadgeIcons icons;
    private final ImageView avatar = new ImageView();
    private final Label initial = new Label();
    private final Label name = new Label();
    private final Label details = new Label();
    private final Label motto = new Label();
    private TaskExecutor.Cancellable pendingAvatar;

    ProfileHeader(ObservableValue<Shelf> shelf, BadgeIcons icons) {
        super(14);
        this.icons = icons;
        getStyleClass().add("profile-header");
        setAlignment(Pos.CENTER_LEFT);
        name.setId("profileName");
        name.getStyleClass().add("profile-name");
        details.getStyleClass().add("profile-details");
        motto.getStyleClass().add("profile-motto");
        avatar.setFitWidth(AVATAR);
        avatar.setFitHeight(AVATAR);
        avatar.setClip(new Circle(AVATAR / 2, AVATAR / 2, AVATAR / 2));
        initial.getStyleClass().add("avatar-initial");
        StackPane avatarPane = new StackPane(initial, avatar);
        avatarPane.getStyleClass().add("avatar");
        avatarPane.setMinSize(AVATAR, AVATAR);
        avatarPane.setMaxSize(AVATAR, AVATAR);
        getChildren().addAll(avatarPane, new VBox(2, name, details, motto));
        shelf.addListener((obs, old, now) -> show(now));
        show(shelf.getValue());
    }

    private void show(Shelf shelf) {
        if (pendingAvatar != null) {
            pendingAvatar.cancel();
            pendingAvatar = null;
        }
        avatar.setImage(null);
        if (shelf == null) {
            name.setText("");
            details.setText("");
            motto.setText("");
            initial.setText("");
            return;
        }
        UserProfile p = shelf.profile();
        name.setText(p.user());
        initial.setText(p.user() == null || p.user().isEmpty() ? "?" : p.user().substring(0, 1).toUpperCase());
        StringBuilder line = new StringBuilder(Messages.format("profile.points", p.totalPoints()));
        if (p.totalSoftcorePoints() > 0) {
            line.append(' ').append(Messages.format("profile.softcorePoints", p.totalSoftcorePoints()));
        }
        if (p.memberSince() != null && p.memberSince().length() >= 4) {
            line.append(" · ").append(Messages.format("profile.memberSince", p.memberSince().substring(0, 4)));
        }
        details.setText(line.toString());
        motto.setText(p.motto() == null ? "" : Messages.format("profile.motto", p.motto()));
        motto.setVisible(p.motto() != null && !p.motto().isBlank());
        motto.setManaged(motto.isVisible());
        if (p.avatarUrl() != null) {
            var ready = icons.cached(p.avatarUrl());
            if (ready != null) {
                avatar.setImage(ready);
            } else {
                pendingAvatar = icons.load(p.avatarUrl(), avatar::setImage, reason -> { });
            }
        }
    }
}
