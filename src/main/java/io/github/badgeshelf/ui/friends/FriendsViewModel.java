package io.github.badgeshelf.ui.friends;

import io.github.badgeshelf.model.FollowedUser;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import java.util.List;
import java.util.Locale;

/** The people the signed-in user follows, most recently active first (the server's order), filterable. */
public final class FriendsViewModel {
    private final ObservableList<FollowedUser> all = FXCollections.observableArrayList();
    private final FilteredList<FollowedUser> shown = new FilteredList<>(all);
    private final StringProperty filterText = new SimpleStringProperty("");

    public FriendsViewModel() {
        filterText.addListener((obs, old, now) -> {
            String needle = now == null ? "" : now.trim().toLowerCase(Locale.ROOT);
            shown.setPredicate(needle.isEmpty() ? null : f -> f.user().toLowerCase(Locale.ROOT).contains(needle));
        });
    }

    public void setFollowing(List<FollowedUser> following) {
        all.setAll(following);
    }

    public ObservableList<FollowedUser> getShown() {
        return shown;
    }

    /** Everyone followed, whatever the side list's filter (the comparison's suggestions). */
    public ObservableList<FollowedUser> getAll() {
        return FXCollections.unmodifiableObservableList(all);
    }

    public int total() {
        return all.size();
    }

    public StringProperty filterTextProperty() {
        return filterText;
    }
}
