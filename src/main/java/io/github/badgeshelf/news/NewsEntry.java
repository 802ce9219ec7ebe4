package io.github.badgeshelf.news;

import io.github.badgeshelf.model.Award;

import java.util.Objects;

/**
 * One award of one followed person, as the news lists it.
 *
 * @param user      the person as the server spells them
 * @param avatarUrl their avatar's address, or null
 */
public record NewsEntry(String user, String avatarUrl, Award award) {
    public NewsEntry {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(award, "award");
        Objects.requireNonNull(award.awardedAt(), "a news entry needs its award's date");
    }
}
