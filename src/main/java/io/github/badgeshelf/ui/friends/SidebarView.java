package io.github.badgeshelf.ui.friends;

import io.github.badgeshelf.model.FollowedUser;
import io.github.badgeshelf.ui.i18n.Messages;
import javafx.beans.binding.Bindings;
import javafx.collections.ObservableList;
import javafx.event.Event;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.util.function.Consumer;

/** The side column: people followed (points, whether they follow back) and recent searches. One click shows a shelf. */
public final class SidebarView extends VBox {
    private final HBox followingHeading;

    /** {@code compare} compares you with a followed user: the compare button on each row. */
    public SidebarView(FriendsViewModel friends, ObservableList<String> recent, Consumer<String> show,
                       Consumer<String> compare) {
        super(8);
        getStyleClass().add("sidebar");
        Label followingLabel = heading(Messages.get("sidebar.following"));
        Region headingSpace = new Region();
        HBox.setHgrow(headingSpace, Priority.ALWAYS);
        followingHeading = new HBox(4, followingLabel, headingSpace);
        followingHeading.setAlignment(Pos.CENTER_LEFT);
        TextField filter = new TextField();
        filter.setId("friendsFilter");
        filter.setPromptText(Messages.get("sidebar.filter.prompt"));
        filter.setAccessibleText(Messages.get("sidebar.filter.prompt"));
        filter.textProperty().bindBidirectional(friends.filterTextProperty());

        ListView<FollowedUser> list = new ListView<>(friends.getShown());
        list.setId("friendsList");
        list.getStyleClass().add("friends-list");
        list.setCellFactory(v -> new FriendCell(compare));
        list.setAccessibleText(Messages.get("sidebar.following.list"));
        list.setPlaceholder(new Label(Messages.get("sidebar.following.empty")));
        list.setOnMouseClicked(e -> {
            FollowedUser f = list.getSelectionModel().getSelectedItem();
            if (f != null) {
                show.accept(f.user());
            }
        });
        list.setOnKeyPressed(e -> {
            FollowedUser f = list.getSelectionModel().getSelectedItem();
            if (f != null && e.getCode() == KeyCode.ENTER) {
                show.accept(f.user());
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);

        ListView<String> recentList = new ListView<>(recent);
        recentList.setId("recentList");
        recentList.getStyleClass().add("recent-list");
        // The two lists share the column's height, so neither scrolls while the other has room to spare.
        recentList.setPrefHeight(170);
        VBox.setVgrow(recentList, Priority.ALWAYS);
        recentList.setAccessibleText(Messages.get("sidebar.recent.list"));
        recentList.setPlaceholder(new Label(Messages.get("sidebar.recent.empty")));
        recentList.setOnMouseClicked(e -> {
            String user = recentList.getSelectionModel().getSelectedItem();
            if (user != null) {
                show.accept(user);
            }
        });
        getChildren().addAll(followingHeading, filter, list, heading(Messages.get("sidebar.recent")), recentList);
    }

    /** Hook for features: an action at the right of the Following heading (the news page's button). */
    public void addFollowingAction(Node action) {
        followingHeading.getChildren().add(action);
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("sidebar-heading");
        return label;
    }

    /** Initial disc, name, points, "follows you". */
    private static final class FriendCell extends ListCell<FollowedUser> {
        private final Label initial = new Label();
        private final StackPane disc = new StackPane(initial);
        private final Label name = new Label();
        private final Label detail = new Label();
        private final Button compareButton = new Button(null,
                new org.kordamp.ikonli.javafx.FontIcon(org.kordamp.ikonli.material2.Material2AL.COMPARE_ARROWS));
        private final Tooltip compareTip = new Tooltip();
        private final Label followsYou = new Label(Messages.get("sidebar.friend.followsYou"));
        private final VBox text = new VBox(1, name, detail, followsYou);
        private final HBox row = new HBox(10, disc, text, compareButton);

        FriendCell(Consumer<String> compare) {
            // The row fills the cell, the name giving way (ellipsis) so the compare button stays in view.
            HBox.setHgrow(text, Priority.ALWAYS);
            text.setMinWidth(0);
            text.setPrefWidth(0);
            row.prefWidthProperty().bind(Bindings.createDoubleBinding(
                    () -> getWidth() - snappedLeftInset() - snappedRightInset(), widthProperty(), paddingProperty()));
            compareButton.getStyleClass().addAll("flat", "button-icon", "friend-compare");
            compareButton.setFocusTraversable(false);
            compareButton.setOnAction(e -> {
                if (getItem() != null) {
                    compare.accept(getItem().user());
                }
            });
            // The row's own click shows the friend's shelf; this click is only the comparison's.
            compareButton.setOnMouseClicked(Event::consume);
            disc.getStyleClass().add("friend-disc");
            disc.setMinSize(30, 30);
            disc.setMaxSize(30, 30);
            name.getStyleClass().add("friend-name");
            detail.getStyleClass().add("friend-detail");
            // "follows you" on a line of its own: beside the points it ended in "foll..." in a narrow column.
            followsYou.getStyleClass().add("friend-detail");
            row.setAlignment(Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(FollowedUser f, boolean empty) {
            super.updateItem(f, empty);
            if (empty || f == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            initial.setText(f.user().isEmpty() ? "?" : f.user().substring(0, 1).toUpperCase());
            // A stable colour per person, so people are recognised at a glance.
            // Dark enough at every hue for the white initial to read (4.5:1), in both themes.
            disc.setStyle("-fx-background-color: hsb(" + Math.floorMod(f.user().toLowerCase().hashCode(), 360) + ", 60%, 45%);");
            name.setText(f.user());
            String compareText = Messages.format("compare.friend", f.user());
            compareButton.setAccessibleText(compareText);
            compareTip.setText(compareText);
            compareButton.setTooltip(compareTip);
            String points = Messages.format("sidebar.friend.points", f.points());
            detail.setText(points);
            followsYou.setVisible(f.followsMe());
            followsYou.setManaged(f.followsMe());
            setAccessibleText(Messages.format(f.followsMe() ? "sidebar.friend.spoken.followsYou" : "sidebar.friend.spoken",
                    f.user(), f.points()));
            setGraphic(row);
        }
    }
}
