package io.github.badgeshelf.model;

import java.util.Locale;
import java.util.Optional;

/**
 * The six kinds a shelf is counted and drawn by (the counter cards, the filter chips, the charts'
 * split and the command line's {@code --kind}): every event flavour is an event and every named
 * site award a site award.
 */
public enum AwardCategory {
    MASTERED,
    COMPLETED,
    BEATEN,
    BEATEN_SOFTCORE,
    EVENT,
    SITE;

    public static AwardCategory of(AwardKind kind) {
        return switch (kind) {
            case MASTERED -> MASTERED;
            case COMPLETED -> COMPLETED;
            case BEATEN_HARDCORE -> BEATEN;
            case BEATEN_SOFTCORE -> BEATEN_SOFTCORE;
            case EVENT -> EVENT;
            default -> SITE;
        };
    }

    public static AwardCategory of(Award award) {
        return of(award.kind());
    }

    /** The command line's spelling: {@code mastered}, {@code beaten-softcore}, ... */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Reads the command line's spelling, ignoring case. */
    public static Optional<AwardCategory> fromCliName(String name) {
        for (AwardCategory c : values()) {
            if (c.cliName().equalsIgnoreCase(name == null ? "" : name.trim())) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** English, for the command line and the image it draws. */
    public String label() {
        return switch (this) {
            case MASTERED -> "Mastered";
            case COMPLETED -> "Completed";
            case BEATEN -> "Beaten";
            case BEATEN_SOFTCORE -> "Beaten (softcore)";
            case EVENT -> "Events";
            case SITE -> "Site";
        };
    }
}
