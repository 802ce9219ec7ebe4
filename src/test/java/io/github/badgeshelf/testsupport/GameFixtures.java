package io.github.badgeshelf.testsupport;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Bodies of API_GetGameInfoAndUserProgress (a=1) shaped like ra-api-game.md: the documented
 * example verbatim, and a builder for games of any size whose achievements are ordered maps, so a
 * test can tweak or drop one key. Unearned achievements carry no DateEarned* keys at all, as on
 * the real server, and an empty achievement list is the object {@code {}}.
 */
public final class GameFixtures {

    /** The success example of ra-api-game.md (2 of 23 achievements shown), key order kept. */
    public static final String DOCUMENTED = """
            {
              "ID": 1, "Title": "Sonic the Hedgehog", "ConsoleID": 1, "ConsoleName": "Genesis/Mega Drive",
              "ParentGameID": null, "NumDistinctPlayers": 27080, "NumDistinctPlayersCasual": 27080,
              "NumDistinctPlayersHardcore": 27080, "NumAchievements": 23,
              "NumAwardedToUser": 2, "NumAwardedToUserHardcore": 1,
              "UserCompletion": "8.70%", "UserCompletionHardcore": "4.35%", "UserTotalPlaytime": 5413,
              "ForumTopicID": 112, "Flags": 0,
              "ImageIcon": "/Images/067895.png", "ImageTitle": "/Images/054993.png",
              "ImageIngame": "/Images/000010.png", "ImageBoxArt": "/Images/051872.png",
              "Publisher": "Sega", "Developer": "Sonic Team", "Genre": "2D Platforming",
              "Released": "1991-06-23", "ReleasedAtGranularity": "day", "IsFinal": false,
              "RichPresencePatch": "cce60593880d25c97797446ed33eaffb",
              "Achievements": {
                "9": {
                  "ID": 9, "Title": "That Was Easy", "Description": "Complete the first act in Green Hill Zone",
                  "Points": 3, "TrueRatio": 3, "Type": "progression", "BadgeName": "250336",
                  "NumAwarded": 24273, "NumAwardedHardcore": 10831, "DisplayOrder": 1,
                  "Author": "Scott", "AuthorULID": "00003EMFWR7XB8SDPEHB3K56ZQ",
                  "DateCreated": "2012-11-02 00:03:12", "DateModified": "2023-08-08 00:36:59",
                  "MemAddr": "22c9d5e2cd7571df18a1a1b43dfe1fea",
                  "DateEarned": "2016-03-12 17:47:29", "DateEarnedHardcore": "2016-03-12 17:47:29"
                },
                "10": {
                  "ID": 10, "Title": "Ring Collector", "Description": "Collect 100 rings",
                  "Points": 5, "TrueRatio": 7, "Type": null, "BadgeName": "00123",
                  "NumAwarded": 15000, "NumAwardedHardcore": 7000, "DisplayOrder": 2,
                  "Author": "Scott", "AuthorULID": "00003EMFWR7XB8SDPEHB3K56ZQ",
                  "DateCreated": "2012-11-02 00:05:40", "DateModified": "2023-08-08 00:36:59",
                  "MemAddr": "0f3c1e2d4b5a69788796a5b4c3d2e1f0", "DateEarned": "2016-03-13 10:02:11"
                }
              },
              "HighestAwardKind": null, "HighestAwardDate": null
            }
            """;

    public static final int DOCUMENTED_GAME = 1;

    private static final DateTimeFormatter SPACED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    private GameFixtures() {
    }

    /** The server's {@code Y-m-d H:i:s} (UTC, no zone) for an instant. */
    public static String spaced(Instant when) {
        return SPACED.format(when.atOffset(ZoneOffset.UTC));
    }

    /** One achievement as the server sends it; a null date leaves its key out, as the server does. */
    public static Map<String, Object> achievement(int id, String title, String description, int points, int trueRatio,
                                                  String type, String badgeName, int numAwarded, int numAwardedHardcore,
                                                  int displayOrder, String dateEarned, String dateEarnedHardcore) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("ID", id);
        a.put("Title", title);
        a.put("Description", description);
        a.put("Points", points);
        a.put("TrueRatio", trueRatio);
        a.put("Type", type);
        a.put("BadgeName", badgeName);
        a.put("NumAwarded", numAwarded);
        a.put("NumAwardedHardcore", numAwardedHardcore);
        a.put("DisplayOrder", displayOrder);
        a.put("Author", "Scott");
        a.put("AuthorULID", "00003EMFWR7XB8SDPEHB3K56ZQ");
        a.put("DateCreated", "2012-11-02 00:03:12");
        a.put("DateModified", "2023-08-08 00:36:59");
        a.put("MemAddr", "22c9d5e2cd7571df18a1a1b43dfe1fea");
        if (dateEarned != null) {
            a.put("DateEarned", dateEarned);
        }
        if (dateEarnedHardcore != null) {
            a.put("DateEarnedHardcore", dateEarnedHardcore);
        }
        return a;
    }

    /**
     * A whole body with the counts derived from the achievements as the server derives them; the
     * achievements keyed by ID in the order given ({@code {}} when there are none).
     */
    public static String body(int gameId, String title, int consoleId, String consoleName, String imageIcon,
                              List<Map<String, Object>> achievements, String highestAwardKind, String highestAwardDate) {
        int earned = 0;
        int earnedHardcore = 0;
        Map<String, Object> byId = new LinkedHashMap<>();
        for (Map<String, Object> a : achievements) {
            earned += a.containsKey("DateEarned") ? 1 : 0;
            earnedHardcore += a.containsKey("DateEarnedHardcore") ? 1 : 0;
            byId.put(String.valueOf(a.get("ID")), a);
        }
        int n = achievements.size();
        Map<String, Object> g = new LinkedHashMap<>();
        g.put("ID", gameId);
        g.put("Title", title);
        g.put("ConsoleID", consoleId);
        g.put("ConsoleName", consoleName);
        g.put("ParentGameID", null);
        g.put("NumDistinctPlayers", 27080);
        g.put("NumDistinctPlayersCasual", 27080);
        g.put("NumDistinctPlayersHardcore", 27080);
        g.put("NumAchievements", n);
        g.put("NumAwardedToUser", earned);
        g.put("NumAwardedToUserHardcore", earnedHardcore);
        g.put("UserCompletion", percent(earned, n));
        g.put("UserCompletionHardcore", percent(earnedHardcore, n));
        g.put("UserTotalPlaytime", 5413);
        g.put("ForumTopicID", 112);
        g.put("Flags", 0);
        g.put("ImageIcon", imageIcon);
        g.put("ImageTitle", "/Images/000002.png");
        g.put("ImageIngame", "/Images/000002.png");
        g.put("ImageBoxArt", "/Images/000002.png");
        g.put("Publisher", null);
        g.put("Developer", null);
        g.put("Genre", null);
        g.put("Released", "1991-06-23");
        g.put("ReleasedAtGranularity", "day");
        g.put("IsFinal", false);
        g.put("RichPresencePatch", "cce60593880d25c97797446ed33eaffb");
        g.put("Achievements", byId);
        g.put("HighestAwardKind", highestAwardKind);
        g.put("HighestAwardDate", highestAwardDate);
        return AwardsFixtures.toJson(g);
    }

    /**
     * A game of {@code n} achievements, about {@code earnedPercent} % earned (half of those also in
     * hardcore), every fifth missable, badges 0NNNNN (leading zero), the same for the same seed.
     */
    public static List<Map<String, Object>> generate(int n, int earnedPercent, long seed) {
        Random random = new Random(seed);
        String[] types = {"progression", null, "win_condition", null, "missable"};
        List<Map<String, Object>> list = new ArrayList<>(n);
        Instant when = Instant.parse("2018-05-01T12:00:00Z");
        for (int i = 0; i < n; i++) {
            boolean earned = random.nextInt(100) < earnedPercent;
            boolean hardcore = earned && random.nextBoolean();
            when = when.plusSeconds(600 + random.nextInt(86400));
            String at = earned ? spaced(when) : null;
            list.add(achievement(5000 + i, "Achievement " + (i + 1), "Do thing number " + (i + 1),
                    1 + random.nextInt(25), 1 + random.nextInt(100), types[i % types.length],
                    String.format(Locale.ROOT, "0%05d", 10000 + i), 50 + random.nextInt(5000), 10 + random.nextInt(50),
                    i + 1, at, hardcore ? at : null));
        }
        return list;
    }

    /** A generated game body for {@code gameId}. */
    public static String generated(int gameId, String title, int n, int earnedPercent, long seed) {
        return body(gameId, title, 7, "NES/Famicom", String.format(Locale.ROOT, "/Images/%06d.png", gameId),
                generate(n, earnedPercent, seed), null, null);
    }

    private static String percent(int part, int whole) {
        return String.format(Locale.ROOT, "%01.2f%%", whole == 0 ? 0.0 : 100.0 * part / whole);
    }
}
