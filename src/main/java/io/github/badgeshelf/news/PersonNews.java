package io.github.badgeshelf.news;

import io.github.badgeshelf.api.ApiException;
import io.github.badgeshelf.model.FollowedUser;
import io.github.badgeshelf.model.Shelf;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One followed person's part of the news: their shelf (fresh or a kept copy, or none) and how it
 * came to be.
 *
 * @param shelf   null when there is nothing to show for them
 * @param failure why their shelf could not be fetched (STALE, UNAVAILABLE), else null
 */
public record PersonNews(FollowedUser person, State state, Shelf shelf, ApiException failure) {

    public enum State {
        /** Fetched just now. */
        FRESH,
        /** The kept copy, up to date by the refetch rule: not asked for. */
        KEPT,
        /** The kept copy, shown while a fresher one is on its way. */
        PENDING,
        /** The kept copy, because a fresher one could not be had. */
        STALE,
        /** Neither a copy nor a fresh shelf. */
        UNAVAILABLE
    }

    public PersonNews {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(state, "state");
        if (shelf == null && state != State.UNAVAILABLE && state != State.PENDING) {
            throw new IllegalArgumentException(state + " needs a shelf");
        }
    }

    /** The name as the server spells it in the follow list. */
    public String user() {
        return person.user();
    }

    /** When the shown shelf was fetched, if there is one and it says. */
    public Optional<Instant> fetchedAt() {
        return shelf == null ? Optional.empty() : Optional.ofNullable(shelf.fetchedAt());
    }

    /** How old the shown copy is at {@code now}. */
    public Optional<Duration> age(Instant now) {
        return fetchedAt().map(at -> at.isAfter(now) ? Duration.ZERO : Duration.between(at, now));
    }

    /** The avatar's address, from the shelf's profile. */
    public Optional<String> avatarUrl() {
        return shelf == null || shelf.profile() == null ? Optional.empty() : Optional.ofNullable(shelf.profile().avatarUrl());
    }
}
