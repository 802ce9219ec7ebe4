package io.github.badgeshelf.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectReader;
import io.github.badgeshelf.model.FollowedUser;
import io.github.badgeshelf.model.FollowingPage;

import java.util.ArrayList;
import java.util.List;

/** API_GetUsersIFollow bodies to {@link FollowingPage}, leniently (see {@link AwardsJson}). */
public final class FollowingJson {
    private static final ObjectReader READER = JsonBodies.MAPPER.readerFor(Body.class);
    private static final String WHAT = "the list of people you follow";

    private FollowingJson() {
    }

    public static FollowingPage parse(byte[] body) throws ApiException {
        Body b = JsonBodies.read(body, READER, WHAT);
        List<FollowedUser> users = new ArrayList<>();
        if (b.results != null) {
            for (Entry e : b.results) {
                if (e == null) {
                    throw JsonBodies.unreadable(WHAT);
                }
                users.add(new FollowedUser(e.user, e.ulid, e.points, e.pointsSoftcore, e.isFollowingMe));
            }
        }
        return new FollowingPage(b.count, b.total, users);
    }

    static final class Body {
        @JsonProperty("Count") int count;
        @JsonProperty("Total") int total;
        @JsonProperty("Results") List<Entry> results;
    }

    static final class Entry {
        @JsonProperty("User") String user;
        @JsonProperty("ULID") String ulid;
        @JsonProperty("Points") long points;
        @JsonProperty("PointsSoftcore") long pointsSoftcore;
        @JsonProperty("IsFollowingMe") boolean isFollowingMe;
    }
}
