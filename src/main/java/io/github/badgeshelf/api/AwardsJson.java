package io.github.badgeshelf.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import io.github.badgeshelf.model.Award;
import io.github.badgeshelf.model.AwardCounts;
import io.github.badgeshelf.model.UserAwards;

import java.util.ArrayList;
import java.util.List;

/**
 * API_GetUserAwards bodies to {@link UserAwards}. Lenient as docs/ra-api.md asks: unknown keys are
 * ignored, nulls accepted, numbers may arrive as strings, ConsoleID may be missing and unknown
 * AwardType labels are kept as sent. Usable on its own (benchmarks, the demo profile).
 */
public final class AwardsJson {
    private static final ObjectReader READER = JsonBodies.MAPPER.readerFor(Body.class);
    private static final String WHAT = "the user's awards";

    private AwardsJson() {
    }

    /**
     * @throws ApiException {@link ApiException.Kind#SERVER_ERROR} when the body is not JSON (an
     *                      HTML page), {@link ApiException.Kind#UNREADABLE} when it is cut off,
     *                      malformed or of the wrong shape
     */
    public static UserAwards parse(byte[] body, ApiConfig config) throws ApiException {
        Body parsed = JsonBodies.read(body, READER, WHAT);
        List<Award> awards = new ArrayList<>(parsed.visibleUserAwards == null ? 0 : parsed.visibleUserAwards.size());
        UnreadNotes notes = new UnreadNotes();
        if (parsed.visibleUserAwards != null) {
            for (AwardBody a : parsed.visibleUserAwards) {
                if (a == null) {
                    throw JsonBodies.unreadable(WHAT);
                }
                awards.add(a.toAward(config, notes));
            }
        }
        AwardCounts counts = new AwardCounts(parsed.total, parsed.hidden, parsed.mastery, parsed.completion,
                parsed.beatenHardcore, parsed.beatenSoftcore, parsed.event, parsed.site);
        return new UserAwards(counts, awards, notes.list());
    }

    /** The wire shape; field names follow the server's keys. */
    static final class Body {
        @JsonProperty("TotalAwardsCount") int total;
        @JsonProperty("HiddenAwardsCount") int hidden;
        @JsonProperty("MasteryAwardsCount") int mastery;
        @JsonProperty("CompletionAwardsCount") int completion;
        @JsonProperty("BeatenHardcoreAwardsCount") int beatenHardcore;
        @JsonProperty("BeatenSoftcoreAwardsCount") int beatenSoftcore;
        @JsonProperty("EventAwardsCount") int event;
        @JsonProperty("SiteAwardsCount") int site;
        @JsonProperty("VisibleUserAwards") List<AwardBody> visibleUserAwards;
    }

    static final class AwardBody {
        // A node, not text: an unreadable time is named as sent (a number, null, "") in the warning.
        @JsonProperty("AwardedAt") JsonNode awardedAt;
        @JsonProperty("AwardType") String awardType;
        @JsonProperty("AwardData") int awardData;
        @JsonProperty("AwardDataExtra") int awardDataExtra;
        // Absent is not 0 (docs/faults.md): null leaves the CSV cell empty.
        @JsonProperty("DisplayOrder") Integer displayOrder;
        @JsonProperty("Title") String title;
        @JsonProperty("ConsoleID") Integer consoleId;
        @JsonProperty("ConsoleName") String consoleName;
        @JsonProperty("ImageIcon") String imageIcon;

        Award toAward(ApiConfig config, UnreadNotes notes) {
            String record = "award \"" + (title == null || title.isBlank() ? awardType : title) + "\" ("
                    + awardType + ", " + awardData + ")";
            return new Award(notes.time(awardedAt, true, record, "AwardedAt"), awardType, awardData, awardDataExtra, displayOrder,
                    title, consoleId, consoleName, imageIcon, config.mediaUrl(imageIcon));
        }
    }
}
