package io.github.badgeshelf.wall;

import io.github.badgeshelf.model.Award;
import io.github.badgeshelf.model.AwardCounts;

import java.util.List;

/**
 * What a wall shows: whose it is, a line under the name (points, say; may be empty), the
 * server's counters and the awards in the order they are drawn.
 *
 * @param avatarUrl the avatar's absolute URL, or null for none (the name's initial is drawn)
 */
public record WallContent(String userName, String subtitle, String avatarUrl, AwardCounts counts, List<Award> awards) {

    public WallContent {
        userName = userName == null ? "" : userName;
        subtitle = subtitle == null ? "" : subtitle;
        counts = counts == null ? AwardCounts.ZERO : counts;
        awards = List.copyOf(awards);
    }
}
