package io.github.badgeshelf.model;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One visible award as the server sent it, plus what is derived from it.
 *
 * @param awardedAt     when it was awarded, or null if the server sent no readable time
 * @param awardType     the AwardType label exactly as sent (never null; empty if absent)
 * @param awardData     game ID, event ID or tier, per type
 * @param awardDataExtra 1 hardcore / 0 softcore for game awards; a tier otherwise
 * @param displayOrder  the user's own ordering, or null when the server sent none (absent is not 0)
 * @param title         the game or event title; null for site awards
 * @param consoleId     null when absent
 * @param consoleName   null when absent
 * @param imageIcon     the icon path as sent (e.g. "/Images/024519.png"); null for site awards
 * @param iconUrl       the absolute icon URL (media origin + imageIcon); null when there is no icon
 */
public record Award(
        Instant awardedAt,
        String awardType,
        int awardData,
        int awardDataExtra,
        Integer displayOrder,
        String title,
        Integer consoleId,
        String consoleName,
        String imageIcon,
        String iconUrl) {

    public Award {
        awardType = awardType == null ? "" : awardType;
    }

    public AwardKind kind() {
        return AwardKind.of(awardType, awardDataExtra);
    }

    public AwardMode mode() {
        return AwardMode.of(awardType, awardDataExtra);
    }

    /** The title, or for untitled (site) awards the award type's label as the server sent it. */
    public String displayTitle() {
        if (title != null && !title.isBlank()) {
            return title;
        }
        return awardType.isEmpty() ? kind().label() : awardType;
    }

    /** The game ID for game awards ("Mastery/Completion", "Game Beaten"); empty otherwise. */
    public OptionalInt gameId() {
        return AwardTypes.isGameAward(awardType) ? OptionalInt.of(awardData) : OptionalInt.empty();
    }

    /** The same award without its icon URL (the path the server sent stays). */
    public Award withoutIconUrl() {
        return new Award(awardedAt, awardType, awardData, awardDataExtra, displayOrder, title, consoleId,
                consoleName, imageIcon, null);
    }

    public Optional<String> icon() {
        return Optional.ofNullable(iconUrl);
    }
}
