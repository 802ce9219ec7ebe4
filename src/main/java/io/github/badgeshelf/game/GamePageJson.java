package io.github.badgeshelf.game;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.badgeshelf.model.Achievement;
import io.github.badgeshelf.model.AwardKind;
import io.github.badgeshelf.model.GameProgress;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The offline copy's own JSON form of a {@link GamePage} (not the server's: absolute URLs, ISO instants). */
final class GamePageJson {
    static final int VERSION = 1;

    /** A copy that cannot be read back: it is only a cache, so it is dropped. */
    static final class BadCacheFile extends Exception {
        BadCacheFile(String message) {
            super(message, null, false, false);
        }
    }

    private GamePageJson() {
    }

    static ObjectNode toJson(ObjectMapper json, GamePage page) {
        GameProgress g = page.game();
        ObjectNode root = json.createObjectNode();
        root.put("version", VERSION);
        root.put("user", page.user());
        root.put("fetchedAt", page.fetchedAt().toString());
        root.put("gameId", g.gameId());
        root.put("title", g.title());
        root.put("consoleId", g.consoleId());
        root.put("consoleName", g.consoleName());
        root.put("imageIcon", g.imageIcon());
        root.put("iconUrl", g.iconUrl());
        root.put("players", g.numDistinctPlayers());
        root.put("highestAward", g.highestAward() == null ? null : g.highestAward().name());
        root.put("highestAwardAt", instant(g.highestAwardAt()));
        ArrayNode list = root.putArray("achievements");
        for (Achievement a : g.achievements()) {
            ObjectNode n = list.addObject();
            n.put("id", a.id());
            n.put("title", a.title());
            n.put("description", a.description());
            n.put("points", a.points());
            n.put("trueRatio", a.trueRatio());
            n.put("type", a.type());
            n.put("badgeName", a.badgeName());
            n.put("numAwarded", a.numAwarded());
            n.put("numAwardedHardcore", a.numAwardedHardcore());
            n.put("displayOrder", a.displayOrder());
            n.put("earnedAt", instant(a.earnedAt()));
            n.put("earnedHardcoreAt", instant(a.earnedHardcoreAt()));
            n.put("badgeUrl", a.badgeUrl());
            n.put("lockedBadgeUrl", a.lockedBadgeUrl());
            n.put("earned", a.isEarned());
            n.put("earnedHardcore", a.isEarnedHardcore());
        }
        return root;
    }

    static GamePage fromJson(JsonNode root) throws BadCacheFile {
        if (root == null || !root.isObject() || root.path("version").asInt() != VERSION) {
            throw new BadCacheFile("not a game page copy of version " + VERSION);
        }
        JsonNode list = root.get("achievements");
        if (list == null || !list.isArray() || !root.path("user").isTextual() || !root.path("gameId").isInt()
                || !root.path("title").isTextual()) {
            throw new BadCacheFile("no user or achievements");
        }
        List<Achievement> achievements = new ArrayList<>(list.size());
        for (JsonNode n : list) {
            // Valid JSON of the wrong shape (a number, null, an object without an ID) is as damaged as a cut-off file.
            if (!n.isObject() || !n.path("id").isInt() || !n.path("title").isTextual()) {
                throw new BadCacheFile("an achievement is not an object with an ID and a title");
            }
            JsonNode ratio = n.get("trueRatio");
            achievements.add(new Achievement(n.get("id").asInt(), text(n, "title"), text(n, "description"),
                    n.path("points").asInt(), ratio == null || ratio.isNull() ? null : ratio.asInt(), text(n, "type"),
                    text(n, "badgeName"), n.path("numAwarded").asInt(), n.path("numAwardedHardcore").asInt(),
                    n.path("displayOrder").asInt(), instant(n, "earnedAt"), instant(n, "earnedHardcoreAt"),
                    text(n, "badgeUrl"), text(n, "lockedBadgeUrl"),
                    n.path("earned").asBoolean(false), n.path("earnedHardcore").asBoolean(false)));
        }
        AwardKind highest;
        try {
            highest = text(root, "highestAward") == null ? null : AwardKind.valueOf(text(root, "highestAward"));
        } catch (IllegalArgumentException e) {
            throw new BadCacheFile("unknown award kind");
        }
        GameProgress game = new GameProgress(root.path("gameId").asInt(), text(root, "title"),
                root.path("consoleId").asInt(), text(root, "consoleName"), text(root, "imageIcon"),
                text(root, "iconUrl"), root.path("players").asInt(), achievements, highest,
                instant(root, "highestAwardAt"));
        Instant fetched = instant(root, "fetchedAt");
        if (fetched == null) {
            throw new BadCacheFile("no fetch time");
        }
        return new GamePage(root.get("user").asText(), game, fetched);
    }

    private static String instant(Instant when) {
        return when == null ? null : when.toString();
    }

    private static String text(JsonNode n, String key) {
        JsonNode v = n.get(key);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static Instant instant(JsonNode n, String key) throws BadCacheFile {
        String s = text(n, key);
        try {
            return s == null ? null : Instant.parse(s);
        } catch (DateTimeException e) {
            throw new BadCacheFile("bad time in " + key);
        }
    }
}
