package io.github.badgeshelf.lastlooked;

import io.github.badgeshelf.model.Award;

import java.time.Instant;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The awards of a shelf that are new since the viewer last looked at it: those whose AwardedAt is
 * after that moment. An award without a readable date is never new (its time is unknown, not
 * "now"). Computed once per shelf shown, so a tile, a filter or a counter asks a set rather than
 * comparing dates again; the set holds the very award objects of that shelf.
 *
 * @param since  the previous look, or null when there was none (the first look marks nothing)
 * @param awards the new awards, by identity
 */
public record NewAwards(Instant since, Set<Award> awards) {
    public static final NewAwards NONE = new NewAwards(null, Set.of());

    public NewAwards {
        awards = awards == null ? Set.of() : awards;
    }

    /** The awards of {@code shown} awarded after {@code since}. */
    public static NewAwards since(Instant since, List<Award> shown) {
        Set<Award> found = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Award award : shown) {
            if (award.awardedAt() != null && award.awardedAt().isAfter(since)) {
                found.add(award);
            }
        }
        return new NewAwards(since, Collections.unmodifiableSet(found));
    }

    public boolean contains(Award award) {
        return awards.contains(award);
    }

    public int count() {
        return awards.size();
    }

    public Optional<Instant> previousLook() {
        return Optional.ofNullable(since);
    }
}
