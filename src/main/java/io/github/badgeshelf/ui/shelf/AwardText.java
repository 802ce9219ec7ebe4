package io.github.badgeshelf.ui.shelf;

import io.github.badgeshelf.model.Award;
import io.github.badgeshelf.model.AwardKind;
import io.github.badgeshelf.model.AwardMode;
import io.github.badgeshelf.ui.i18n.Messages;

import java.time.Instant;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How an award is put into words in tooltips, the details pane and for screen readers, in the
 * window's language ({@link Messages#locale()}) and the user's time zone. Titles and console names
 * are the server's data and stay as sent.
 */
public final class AwardText {
    private AwardText() {
    }

    /** "Mastered on Jan 2, 2016", "Beaten in softcore on ...", "Awarded on ..." for other awards. */
    public static String awardedPhrase(Award award) {
        if (award.awardedAt() == null) {
            return kind(award);
        }
        return Messages.format(phraseKey(award.kind()), date(award));
    }

    private static String phraseKey(AwardKind kind) {
        return switch (kind) {
            case MASTERED -> "award.phrase.mastered";
            case COMPLETED -> "award.phrase.completed";
            case BEATEN_HARDCORE -> "award.phrase.beatenHardcore";
            case BEATEN_SOFTCORE -> "award.phrase.beatenSoftcore";
            default -> "award.phrase.other";
        };
    }

    public static String date(Award award) {
        if (award.awardedAt() == null) {
            return Messages.get("award.date.unknown");
        }
        return Messages.dates(FormatStyle.MEDIUM).format(award.awardedAt());
    }

    public static String dateTime(Award award) {
        return award.awardedAt() == null ? Messages.get("award.date.unknown") : dateTime(award.awardedAt());
    }

    /** A moment as date and time in the window's language and the user's zone, e.g. "Jan 10, 2016, 9:45 AM". */
    public static String dateTime(Instant when) {
        return Messages.dateTimes(FormatStyle.MEDIUM, FormatStyle.SHORT).format(when);
    }

    /** The award's kind in words, e.g. "Mastered" or "Patreon supporter"; an unknown type as the server named it. */
    public static String kind(Award award) {
        return award.kind() == AwardKind.UNKNOWN && !award.awardType().isEmpty()
                ? award.awardType() : kind(award.kind());
    }

    /** The bundle key of each kind's name: {@code award.kind.} and the constant in lower camel case. */
    public static String kind(AwardKind kind) {
        return Messages.get(kindKey(kind));
    }

    static String kindKey(AwardKind kind) {
        return "award.kind." + camel(kind.name());
    }

    /** "Hardcore", "Softcore", or empty for awards without a mode. */
    public static String mode(AwardMode mode) {
        return mode == AwardMode.NONE ? "" : Messages.get("award.mode." + camel(mode.name()));
    }

    public static String tooltip(Award award) {
        StringBuilder text = new StringBuilder(award.displayTitle());
        if (award.consoleName() != null && !award.consoleName().isBlank()) {
            text.append('\n').append(award.consoleName());
        }
        text.append('\n').append(kind(award));
        if (award.mode() != AwardMode.NONE) {
            text.append(" · ").append(mode(award.mode()));
        }
        text.append('\n').append(awardedPhrase(award));
        return text.toString();
    }

    /**
     * What a screen reader says for a tile: what a sighted person sees, in reading order
     * ("Mastered, Mega Man, NES, hardcore, January 2, 2016").
     */
    public static String spoken(Award award) {
        List<String> parts = new ArrayList<>();
        parts.add(kind(award));
        parts.add(award.displayTitle());
        if (award.consoleName() != null && !award.consoleName().isBlank()) {
            parts.add(award.consoleName());
        }
        if (award.mode() != AwardMode.NONE) {
            parts.add(mode(award.mode()).toLowerCase(Messages.locale()));
        }
        parts.add(award.awardedAt() == null ? Messages.get("award.date.unknown")
                : Messages.dates(FormatStyle.LONG).format(award.awardedAt()));
        return String.join(Messages.get("list.separator"), parts);
    }

    private static String camel(String constant) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : constant.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }
}
