package io.github.badgeshelf.shelf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.badgeshelf.model.Award;
import io.github.badgeshelf.model.AwardCounts;
import io.github.badgeshelf.model.Shelf;
import io.github.badgeshelf.model.UserAwards;
import io.github.badgeshelf.model.UserProfile;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Shelf to JSON and back, field by field. Written by hand rather than by reflection so the file
 * format stays put when a record gains a field, and so Instants are plain ISO-8601 strings
 * without the JSR-310 module.
 */
final class ShelfJson {
    /** Bumped when the layout changes; other versions are treated as unreadable. */
    static final int FORMAT = 1;

    private ShelfJson() {
    }

    static ObjectNode toJson(ObjectMapper json, Shelf shelf) {
        ObjectNode root = json.createObjectNode();
        root.put("format", FORMAT);
        root.put("fetchedAt", instant(shelf.fetchedAt()));
        UserProfile p = shelf.profile();
        if (p == null) {
            root.putNull("profile");
        } else {
            ObjectNode n = root.putObject("profile");
            n.put("user", p.user());
            n.put("ulid", p.ulid());
            n.put("avatarUrl", p.avatarUrl());
            n.put("memberSince", p.memberSince());
            n.put("totalPoints", p.totalPoints());
            n.put("totalSoftcorePoints", p.totalSoftcorePoints());
            n.put("totalTruePoints", p.totalTruePoints());
            n.put("motto", p.motto());
            n.put("richPresence", p.richPresence());
        }
        UserAwards awards = shelf.awards();
        if (awards == null) {
            root.putNull("awards");
        } else {
            ObjectNode n = root.putObject("awards");
            AwardCounts c = awards.counts();
            ObjectNode counts = n.putObject("counts");
            counts.put("total", c.total());
            counts.put("hidden", c.hidden());
            counts.put("mastery", c.mastery());
            counts.put("completion", c.completion());
            counts.put("beatenHardcore", c.beatenHardcore());
            counts.put("beatenSoftcore", c.beatenSoftcore());
            counts.put("event", c.event());
            counts.put("site", c.site());
            ArrayNode list = n.putArray("visible");
            for (Award a : awards.visibleAwards()) {
                ObjectNode an = list.addObject();
                an.put("awardedAt", instant(a.awardedAt()));
                an.put("awardType", a.awardType());
                an.put("awardData", a.awardData());
                an.put("awardDataExtra", a.awardDataExtra());
                an.put("displayOrder", a.displayOrder());
                an.put("title", a.title());
                an.put("consoleId", a.consoleId());
                an.put("consoleName", a.consoleName());
                an.put("imageIcon", a.imageIcon());
                an.put("iconUrl", a.iconUrl());
            }
        }
        return root;
    }

    /** @throws BadCacheFile when the JSON is not a shelf this version wrote */
    static Shelf fromJson(JsonNode root) throws BadCacheFile {
        if (root == null || !root.isObject()) {
            throw new BadCacheFile("not a JSON object");
        }
        if (!root.path("format").isInt() || root.get("format").asInt() != FORMAT) {
            throw new BadCacheFile("unknown format " + root.get("format"));
        }
        Instant fetchedAt = instantOrNull(root.get("fetchedAt"));
        if (fetchedAt == null) {
            throw new BadCacheFile("no fetch time");
        }
        return new Shelf(profile(root.get("profile")), awards(root.get("awards")), fetchedAt);
    }

    /** Every shelf kept has a profile and awards; a copy without them is damaged (it would show a blank page). */
    private static UserProfile profile(JsonNode n) throws BadCacheFile {
        object(n, "profile");
        String user = text(n, "user");
        if (user == null || user.isBlank()) {
            throw new BadCacheFile("the profile has no user name");
        }
        return new UserProfile(
                text(n, "user"), text(n, "ulid"), text(n, "avatarUrl"), text(n, "memberSince"),
                number(n, "totalPoints"), number(n, "totalSoftcorePoints"), number(n, "totalTruePoints"),
                text(n, "motto"), text(n, "richPresence"));
    }

    private static UserAwards awards(JsonNode n) throws BadCacheFile {
        object(n, "awards");
        JsonNode c = n.get("counts");
        object(c, "counts");
        AwardCounts counts = new AwardCounts(
                integer(c, "total"), integer(c, "hidden"), integer(c, "mastery"), integer(c, "completion"),
                integer(c, "beatenHardcore"), integer(c, "beatenSoftcore"), integer(c, "event"), integer(c, "site"));
        JsonNode list = n.get("visible");
        if (list == null || !list.isArray()) {
            throw new BadCacheFile("visible awards are not a list");
        }
        List<Award> visible = new ArrayList<>(list.size());
        for (JsonNode a : list) {
            object(a, "award");
            JsonNode consoleId = a.get("consoleId");
            if (!isNull(consoleId) && !consoleId.isInt()) {
                throw new BadCacheFile("consoleId is not a whole number");
            }
            visible.add(new Award(
                    instantOrNull(a.get("awardedAt")), text(a, "awardType"),
                    integer(a, "awardData"), integer(a, "awardDataExtra"), integerOrNull(a, "displayOrder"),
                    text(a, "title"), isNull(consoleId) ? null : consoleId.asInt(),
                    text(a, "consoleName"), text(a, "imageIcon"), text(a, "iconUrl")));
        }
        return new UserAwards(counts, visible);
    }

    private static String instant(Instant i) {
        return i == null ? null : i.toString();
    }

    private static Instant instantOrNull(JsonNode n) throws BadCacheFile {
        if (isNull(n)) {
            return null;
        }
        if (!n.isTextual()) {
            throw new BadCacheFile("a time is not text");
        }
        try {
            return Instant.parse(n.asText());
        } catch (DateTimeParseException e) {
            throw new BadCacheFile("a time is not ISO-8601: " + n.asText());
        }
    }

    private static String text(JsonNode parent, String field) throws BadCacheFile {
        JsonNode n = parent.get(field);
        if (isNull(n)) {
            return null;
        }
        if (!n.isTextual()) {
            throw new BadCacheFile(field + " is not text");
        }
        return n.asText();
    }

    private static int integer(JsonNode parent, String field) throws BadCacheFile {
        JsonNode n = parent.get(field);
        if (n == null || !n.isInt()) {
            throw new BadCacheFile(field + " is not a whole number");
        }
        return n.asInt();
    }

    private static Integer integerOrNull(JsonNode parent, String field) throws BadCacheFile {
        return isNull(parent.get(field)) ? null : integer(parent, field);
    }

    private static long number(JsonNode parent, String field) throws BadCacheFile {
        JsonNode n = parent.get(field);
        if (n == null || !n.canConvertToLong() || !n.isIntegralNumber()) {
            throw new BadCacheFile(field + " is not a whole number");
        }
        return n.asLong();
    }

    private static void object(JsonNode n, String what) throws BadCacheFile {
        if (n == null || !n.isObject()) {
            throw new BadCacheFile(what + " is not an object");
        }
    }

    private static boolean isNull(JsonNode n) {
        return n == null || n.isNull();
    }

    /** The file is JSON but not a shelf this version can read. */
    static final class BadCacheFile extends Exception {
        BadCacheFile(String message) {
            super(message);
        }
    }
}
