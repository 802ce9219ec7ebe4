package io.github.badgeshelf.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Locale;

/**
 * The demo games (bundled {@code games.json}, made by tools/demo/make-demo-games.py) answered as
 * API_GetGameInfoAndUserProgress with {@code a=1} answers them, pitfalls included: {@code []} for an
 * unknown user or game, no DateEarned keys for what is not earned, the server's date forms.
 */
final class DemoGames {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final JsonNode games;
    private final JsonNode progress;

    private DemoGames(JsonNode all) {
        this.games = all.get("games");
        this.progress = all.get("progress");
    }

    static DemoGames load(String resource) {
        try (InputStream in = DemoGames.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The demo games are missing: " + resource);
            }
            return new DemoGames(JSON.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the demo games", e);
        }
    }

    /** Is there a locked badge file for this badge name? A few old demo badges have none, as on the real host. */
    static boolean hasLockedBadge(String badgeName) {
        try {
            return Integer.parseInt(badgeName) % 13 != 0;
        } catch (NumberFormatException e) {
            return true;
        }
    }

    /** The body for a user (a demo name, canonical, or null for anyone else) and the {@code g} parameter as sent. */
    String answer(String user, String g) {
        JsonNode game = games.get(Integer.toString(phpInt(g)));
        if (user == null || game == null) {
            return "[]";
        }
        JsonNode mine = progress.path(user).path(game.get("ID").asText());
        JsonNode earned = mine.path("Earned");
        ObjectNode body = JSON.createObjectNode();
        body.put("ID", game.get("ID").asInt());
        body.put("Title", game.get("Title").asText());
        body.put("ConsoleID", game.get("ConsoleID").asInt());
        body.put("ConsoleName", game.get("ConsoleName").asText());
        body.putNull("ParentGameID");
        int players = game.get("NumDistinctPlayers").asInt();
        body.put("NumDistinctPlayers", players);
        body.put("NumDistinctPlayersCasual", players);
        body.put("NumDistinctPlayersHardcore", players);
        ObjectNode list = JSON.createObjectNode();
        int all = 0;
        int hardcore = 0;
        for (Iterator<JsonNode> it = game.get("Achievements").elements(); it.hasNext(); ) {
            ObjectNode a = ((ObjectNode) it.next()).deepCopy();
            JsonNode dates = earned.get(a.get("ID").asText());
            if (dates != null) {
                a.put("DateEarned", dates.get(0).asText());
                all++;
                if (!dates.get(1).isNull()) {
                    a.put("DateEarnedHardcore", dates.get(1).asText());
                    hardcore++;
                }
            }
            list.set(a.get("ID").asText(), a);
        }
        int total = list.size();
        body.put("NumAchievements", total);
        body.put("NumAwardedToUser", all);
        body.put("NumAwardedToUserHardcore", hardcore);
        body.put("UserCompletion", percent(all, total));
        body.put("UserCompletionHardcore", percent(hardcore, total));
        body.put("ImageIcon", game.get("ImageIcon").asText());
        body.set("Achievements", list);
        // Only a=1 adds these; null for a game the user has no award for.
        body.set("HighestAwardKind", mine.get("HighestAwardKind"));
        body.set("HighestAwardDate", mine.get("HighestAwardDate"));
        return body.toString();
    }

    private static String percent(int part, int whole) {
        return String.format(Locale.ROOT, "%01.2f%%", whole == 0 ? 0.0 : 100.0 * part / whole);
    }

    /** PHP's (int) cast, as the server applies it to {@code g}: leading digits, else 0. */
    private static int phpInt(String s) {
        int end = 0;
        while (s != null && end < s.length() && end < 9 && Character.isDigit(s.charAt(end))) {
            end++;
        }
        return end == 0 ? 0 : Integer.parseInt(s.substring(0, end));
    }
}
