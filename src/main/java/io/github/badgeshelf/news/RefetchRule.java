package io.github.badgeshelf.news;

import io.github.badgeshelf.model.FollowedUser;
import io.github.badgeshelf.model.Shelf;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * When a followed user's shelf is asked for again: only when there is no usable copy, when their
 * points in the follow list differ from the copy's (a new award nearly always brings points), or
 * when the copy is older than {@link #MAX_AGE} (awards without points: events, site awards).
 */
public final class RefetchRule {
    public static final Duration MAX_AGE = Duration.ofHours(24);

    /** Why a person's shelf is (or is not) asked for. */
    public enum Verdict {
        NO_COPY, POINTS_CHANGED, TOO_OLD, UP_TO_DATE;

        public boolean fetch() {
            return this != UP_TO_DATE;
        }
    }

    private final Clock clock;

    public RefetchRule(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public Verdict judge(FollowedUser person, Shelf copy) {
        if (copy == null || copy.profile() == null || copy.awards() == null || copy.fetchedAt() == null) {
            return Verdict.NO_COPY;
        }
        if (copy.profile().totalPoints() != person.points()
                || copy.profile().totalSoftcorePoints() != person.pointsSoftcore()) {
            return Verdict.POINTS_CHANGED;
        }
        Instant now = clock.instant();
        // A copy from the future (a clock set back) is not trusted to be fresh either.
        if (copy.fetchedAt().plus(MAX_AGE).isBefore(now) || copy.fetchedAt().isAfter(now.plus(MAX_AGE))) {
            return Verdict.TOO_OLD;
        }
        return Verdict.UP_TO_DATE;
    }

    public Clock clock() {
        return clock;
    }
}
