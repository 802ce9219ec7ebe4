package io.github.badgeshelf.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectReader;
import io.github.badgeshelf.model.UserProfile;

/** API_GetUserProfile bodies to {@link UserProfile}, leniently (see {@link AwardsJson}). */
public final class ProfileJson {
    private static final ObjectReader READER = JsonBodies.MAPPER.readerFor(Body.class);
    private static final String WHAT = "the user's profile";

    private ProfileJson() {
    }

    public static UserProfile parse(byte[] body, ApiConfig config) throws ApiException {
        Body b = JsonBodies.read(body, READER, WHAT);
        return new UserProfile(b.user, b.ulid, config.mediaUrl(b.userPic), b.memberSince,
                b.totalPoints, b.totalSoftcorePoints, b.totalTruePoints, b.motto, b.richPresence);
    }

    static final class Body {
        @JsonProperty("User") String user;
        @JsonProperty("ULID") String ulid;
        @JsonProperty("UserPic") String userPic;
        @JsonProperty("MemberSince") String memberSince;
        @JsonProperty("TotalPoints") long totalPoints;
        @JsonProperty("TotalSoftcorePoints") long totalSoftcorePoints;
        @JsonProperty("TotalTruePoints") long totalTruePoints;
        @JsonProperty("Motto") String motto;
        @JsonProperty("RichPresenceMsg") String richPresence;
    }
}
