package io.github.badgeshelf.ui.shelf;

import io.github.badgeshelf.model.Award;
import io.github.badgeshelf.model.AwardKind;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** How an award is put into words in tooltips and the details pane, in the user's locale and zone. */
public final class AwardText {
    private AwardText() {
    }

    /** "Mastered on 2 Jan 2016", "Beaten (softcore) on ...", "Awarded on ..." for site awards. */
    public static String awardedPhrase(Award award) {
        String verb = switch (award.kind()) {
            case MASTERED -> "Mastered";
            case COMPLETED -> "Completed";
            case BEATEN_HARDCORE -> "Beaten";
            case BEATEN_SOFTCORE -> "Beaten in softcore";
            default -> "Awarded";
        };
        return award.awardedAt() == null ? verb : verb + " on " + date(award);
    }

    public static String date(Award award) {
        if (award.awardedAt() == null) {
            return "unknown date";
        }
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withZone(ZoneId.systemDefault()).format(award.awardedAt());
    }

    public static String dateTime(Award award) {
        return award.awardedAt() == null ? "unknown" : dateTime(award.awardedAt());
    }

    /** A moment as date and time in the user's locale and zone, e.g. "Jan 10, 2016, 9:45 AM". */
    public static String dateTime(Instant when) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withZone(ZoneId.systemDefault()).format(when);
    }

    /** The award's kind in words, e.g. "Mastered" or "Patreon supporter". */
    public static String kind(Award award) {
        return award.kind() == AwardKind.UNKNOWN && !award.awardType().isEmpty()
                ? award.awardType() : award.kind().label();
    }

    public static String tooltip(Award award) {
        StringBuilder text = new StringBuilder(award.displayTitle());
        if (award.consoleName() != null && !award.consoleName().isBlank()) {
            text.append('\n').append(award.consoleName());
        }
        text.append('\n').append(kind(award));
        if (!award.mode().label().isEmpty()) {
            text.append(" · ").append(award.mode().label());
        }
        text.append('\n').append(awardedPhrase(award));
        return text.toString();
    }
}
