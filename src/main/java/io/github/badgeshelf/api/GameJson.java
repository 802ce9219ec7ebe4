package io.github.badgeshelf.api;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import io.github.badgeshelf.model.Achievement;
import io.github.badgeshelf.model.AwardKind;
import io.github.badgeshelf.model.GameProgress;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * API_GetGameInfoAndUserProgress bodies to {@link GameProgress}, leniently (see {@link AwardsJson})
 * and with every pitfall of ra-api-game.md in mind: {@code []} means no such user or game, an
 * empty {@code Achievements} is {@code {}} (or {@code []}), unearned achievements have no
 * {@code DateEarned*} keys at all, dates come in more than one form and numbers may be strings.
 */
public final class GameJson {
    private static final ObjectReader TREE = JsonBodies.MAPPER.readerFor(JsonNode.class);
    private static final ObjectReader BODY = JsonBodies.MAPPER.readerFor(Body.class);
    private static final ObjectReader ACHIEVEMENT = JsonBodies.MAPPER.readerFor(AchievementBody.class);
    private static final String WHAT = "the game's achievements";

    private GameJson() {
    }

    /**
     * @param user   the user asked for, only for the message when the server knows no such user or game
     * @param gameId the game asked for, likewise
     * @throws ApiException {@link ApiException.Kind#NO_SUCH_GAME} for the server's {@code []},
     *                      {@link ApiException.Kind#SERVER_ERROR} for an HTML page,
     *                      {@link ApiException.Kind#UNREADABLE} for a cut-off or misshapen body
     */
    public static GameProgress parse(byte[] body, ApiConfig config, String user, int gameId) throws ApiException {
        JsonNode root = JsonBodies.read(body, TREE, WHAT);
        if (root.isArray()) {
            if (root.isEmpty()) {
                throw noSuchGame(user, gameId);
            }
            throw JsonBodies.unreadable(WHAT);
        }
        if (!root.isObject()) {
            throw JsonBodies.unreadable(WHAT);
        }
        Body b = convert(root, BODY);
        List<Achievement> achievements = new ArrayList<>();
        UnreadNotes notes = new UnreadNotes();
        JsonNode list = root.get("Achievements");
        if (list != null && !list.isNull()) {
            if (!list.isContainerNode()) {
                throw JsonBodies.unreadable(WHAT);
            }
            // An object keyed by ID (the usual shape) or an array (stale counts, older clients): only the values count.
            for (Iterator<JsonNode> it = list.elements(); it.hasNext(); ) {
                JsonNode node = it.next();
                if (!node.isObject()) {
                    throw JsonBodies.unreadable(WHAT);
                }
                AchievementBody a = convert(node, ACHIEVEMENT);
                achievements.add(a.toAchievement(config, node, notes));
            }
        }
        return new GameProgress(b.id, b.title, b.consoleId, b.consoleName, b.imageIcon, config.mediaUrl(b.imageIcon),
                b.numDistinctPlayers, achievements, highestAward(b.highestAwardKind),
                highestAwardDate(root, notes), notes.list());
    }

    /** HighestAwardDate is null when there is no award; only text that cannot be read is noted. */
    private static Instant highestAwardDate(JsonNode root, UnreadNotes notes) {
        JsonNode date = root.get("HighestAwardDate");
        return date == null || date.isNull() ? null : notes.time(date, false, "the game", "HighestAwardDate");
    }

    static ApiException noSuchGame(String user, int gameId) {
        return new ApiException(ApiException.Kind.NO_SUCH_GAME, "RetroAchievements has no game with ID " + gameId
                + " for " + (user == null || user.isBlank() ? "that user" : "the user " + user)
                + " (no such game, or no such user).");
    }

    /** The server's HighestAwardKind: mastered > completed > beaten-hardcore > beaten-softcore. */
    static AwardKind highestAward(String kind) {
        if (kind == null) {
            return null;
        }
        return switch (kind.strip().toLowerCase(Locale.ROOT)) {
            case "mastered" -> AwardKind.MASTERED;
            case "completed" -> AwardKind.COMPLETED;
            case "beaten-hardcore" -> AwardKind.BEATEN_HARDCORE;
            // v2 calls it beaten-casual; accept both.
            case "beaten-softcore", "beaten-casual" -> AwardKind.BEATEN_SOFTCORE;
            default -> null;
        };
    }

    private static <T> T convert(JsonNode node, ObjectReader reader) throws ApiException {
        try {
            T value = reader.readValue(node);
            if (value == null) {
                throw JsonBodies.unreadable(WHAT);
            }
            return value;
        } catch (java.io.IOException | RuntimeException e) {
            throw JsonBodies.unreadable(WHAT);
        }
    }

    /** The wire shape; field names follow the server's keys. */
    static final class Body {
        @JsonProperty("ID") int id;
        @JsonProperty("Title") String title;
        @JsonProperty("ConsoleID") int consoleId;
        @JsonProperty("ConsoleName") String consoleName;
        @JsonProperty("ImageIcon") String imageIcon;
        @JsonProperty("NumDistinctPlayers") int numDistinctPlayers;
        @JsonProperty("HighestAwardKind") String highestAwardKind;
    }

    /** A null or blank date is how some answers say "not earned" (GameJsonTest); anything else was sent as a date. */
    private static boolean sent(JsonNode date) {
        return date != null && !date.isNull() && !(date.isTextual() && date.asText().isBlank());
    }

    static final class AchievementBody {
        @JsonProperty("ID") int id;
        @JsonProperty("Title") String title;
        @JsonProperty("Description") String description;
        @JsonProperty("Points") int points;
        // Absent is not 0 (docs/faults.md): null leaves the CSV cell empty.
        @JsonProperty("TrueRatio") Integer trueRatio;
        @JsonProperty("Type") @JsonAlias("type") String type;
        @JsonProperty("BadgeName") String badgeName;
        @JsonProperty("NumAwarded") int numAwarded;
        @JsonProperty("NumAwardedHardcore") int numAwardedHardcore;
        @JsonProperty("DisplayOrder") int displayOrder;

        /**
         * A DateEarned* key is sent only when earned (ra-api-game.md), so a key whose date cannot be
         * read still means earned: the achievement stays earned and the date is noted as unreadable.
         */
        Achievement toAchievement(ApiConfig config, JsonNode node, UnreadNotes notes) {
            String record = "achievement " + id + " \"" + (title == null ? "" : title) + "\"";
            JsonNode soft = node.get("DateEarned");
            JsonNode hard = node.get("DateEarnedHardcore");
            boolean earned = sent(soft);
            boolean earnedHardcore = sent(hard);
            Instant earnedAt = earned ? notes.time(soft, false, record, "DateEarned") : null;
            Instant earnedHardcoreAt = earnedHardcore ? notes.time(hard, false, record, "DateEarnedHardcore") : null;
            String badge = badgeName == null ? null : badgeName.strip();
            boolean hasBadge = badge != null && !badge.isEmpty();
            return new Achievement(id, title, description, points, trueRatio, type, badge, numAwarded,
                    numAwardedHardcore, displayOrder, earnedAt, earnedHardcoreAt,
                    hasBadge ? config.mediaUrl("/Badge/" + badge + ".png") : null,
                    hasBadge ? config.mediaUrl("/Badge/" + badge + "_lock.png") : null, earned, earnedHardcore);
        }
    }
}
