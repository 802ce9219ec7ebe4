package io.github.badgeshelf.testsupport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

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
 * Bodies the web API sends: the documented examples from docs/ra-api.md verbatim, a generator for
 * many awards with a realistic mix, and awards with tricky titles. Awards are built as ordered
 * maps so a test can tweak one key (or drop it) before turning them into JSON.
 */
public final class AwardsFixtures {

    /** The success example from docs/ra-api.md, as printed there. */
    public static final String DOCUMENTED_AWARDS = """
            {
              "TotalAwardsCount": 1613, "HiddenAwardsCount": 0, "MasteryAwardsCount": 805,
              "CompletionAwardsCount": 0, "BeatenHardcoreAwardsCount": 807, "BeatenSoftcoreAwardsCount": 0,
              "EventAwardsCount": 2, "SiteAwardsCount": 0,
              "VisibleUserAwards": [
                { "AwardedAt": "2016-01-02T05:53:52+00:00", "AwardType": "Game Beaten", "AwardData": 1448,
                  "AwardDataExtra": 1, "DisplayOrder": 0, "Title": "Mega Man", "ConsoleID": 7,
                  "ConsoleName": "NES", "Flags": null, "ImageIcon": "/Images/024519.png" }
              ]
            }
            """;

    /** The profile example from docs/ra-api.md. */
    public static final String DOCUMENTED_PROFILE = """
            { "User": "MaxMilyin", "ULID": "00003EMFWR7XB8SDPEHB3K56ZQ", "UserPic": "/UserPic/MaxMilyin.png",
              "MemberSince": "2016-01-02 00:43:04", "RichPresenceMsg": "Playing ...", "LastGameID": 19504,
              "ContribCount": 0, "ContribYield": 0, "TotalPoints": 399597, "TotalSoftcorePoints": 0,
              "TotalTruePoints": 1599212, "Permissions": 1, "Untracked": 0, "ID": 16446,
              "UserWallActive": 1, "Motto": "Join me on Twitch!" }
            """;

    public static final String DOCUMENTED_USER = "MaxMilyin";
    public static final String DOCUMENTED_ULID = "00003EMFWR7XB8SDPEHB3K56ZQ";

    /** The following-list example from docs/ra-api.md. */
    public static final String DOCUMENTED_FOLLOWING = """
            { "Count": 20, "Total": 120,
              "Results": [ { "User": "zuliman92", "ULID": "00003EMFWR7XB8SDPEHB3K56ZQ", "Points": 1882,
                             "PointsSoftcore": 258, "IsFollowingMe": true } ] }
            """;

    /** The 401 body (inferred in docs/ra-api.md from the server's exception handler). */
    public static final String UNAUTHENTICATED = "{\"message\":\"Unauthenticated.\",\"errors\":[{\"status\":\"401\","
            + "\"code\":\"unauthorized\",\"title\":\"Unauthenticated.\"}]}";

    /** What the server sends for an unknown user, and for a user with no awards. */
    public static final String EMPTY_AWARDS = "{\"TotalAwardsCount\":0,\"HiddenAwardsCount\":0,\"MasteryAwardsCount\":0,"
            + "\"CompletionAwardsCount\":0,\"BeatenHardcoreAwardsCount\":0,\"BeatenSoftcoreAwardsCount\":0,"
            + "\"EventAwardsCount\":0,\"SiteAwardsCount\":0,\"VisibleUserAwards\":[]}";

    /** Titles that trip up CSV writers, spreadsheets and naive parsers. */
    public static final List<String> TRICKY_TITLES = List.of(
            "Pokémon Red, Blue",
            "The \"Legend\" of Zelda",
            "Two\nLines",
            "Tab\there",
            "CR\r\nLF",
            "ファイナルファンタジー",
            "=SUM(A1:A9)",
            "+1 Up",
            "-minus",
            "@mention",
            "  padded  ",
            "Emoji \uD83C\uDFC6 trophy",
            "back\\slash",
            "'already quoted'");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter WIRE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");
    private static final String[][] CONSOLES = {
            {"1", "Genesis/Mega Drive"}, {"2", "Nintendo 64"}, {"3", "SNES/Super Famicom"}, {"4", "Game Boy"},
            {"5", "Game Boy Advance"}, {"6", "Game Boy Color"}, {"7", "NES/Famicom"}, {"12", "PlayStation"},
            {"18", "Nintendo DS"}, {"21", "PlayStation 2"}, {"27", "Arcade"}, {"41", "PlayStation Portable"}};
    private static final String[] SITE_TYPES = {
            "Achievement Unlocks Yield", "Achievement Points Yield", "Patreon Supporter", "Certified Legend",
            "Playtest", "Media Contribution"};

    private AwardsFixtures() {
    }

    // ---- single awards ---------------------------------------------------------------------

    /** A game award ("Mastery/Completion" or "Game Beaten") as the server sends it. */
    public static Map<String, Object> gameAward(String type, int gameId, boolean hardcore, int displayOrder,
                                                String title, int consoleId, String consoleName,
                                                String awardedAt, String imageIcon) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("AwardedAt", awardedAt);
        a.put("AwardType", type);
        a.put("AwardData", gameId);
        a.put("AwardDataExtra", hardcore ? 1 : 0);
        a.put("DisplayOrder", displayOrder);
        a.put("Title", title);
        a.put("ConsoleID", consoleId);
        a.put("ConsoleName", consoleName);
        a.put("Flags", null);
        a.put("ImageIcon", imageIcon);
        return a;
    }

    /** An event award: ConsoleID 101, ConsoleName "Events". */
    public static Map<String, Object> eventAward(int eventId, int displayOrder, String title, String awardedAt) {
        Map<String, Object> a = gameAward("Event", eventId, false, displayOrder, title, 101, "Events", awardedAt,
                String.format(Locale.ROOT, "/Images/%06d.png", 900000 + eventId));
        a.put("AwardDataExtra", 0);
        return a;
    }

    /** A site award: null Title, ImageIcon, ConsoleName; ConsoleID null or (withConsoleKey false) absent. */
    public static Map<String, Object> siteAward(String type, int tier, int displayOrder, String awardedAt,
                                                boolean withConsoleKey) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("AwardedAt", awardedAt);
        a.put("AwardType", type);
        a.put("AwardData", tier);
        a.put("AwardDataExtra", 0);
        a.put("DisplayOrder", displayOrder);
        a.put("Title", null);
        if (withConsoleKey) {
            a.put("ConsoleID", null);
        }
        a.put("ConsoleName", null);
        a.put("Flags", null);
        a.put("ImageIcon", null);
        return a;
    }

    // ---- whole bodies ----------------------------------------------------------------------

    /** A success body with counters derived from the awards as the server derives them (none hidden). */
    public static String bodyOf(List<Map<String, Object>> awards) {
        return bodyOf(awards, 0);
    }

    /** As {@link #bodyOf(List)}, with {@code hidden} extra awards counted in the total but not listed. */
    public static String bodyOf(List<Map<String, Object>> awards, int hidden) {
        int mastery = 0, completion = 0, beatenHc = 0, beatenSc = 0, event = 0, site = 0;
        for (Map<String, Object> a : awards) {
            String type = String.valueOf(a.get("AwardType"));
            boolean hc = Integer.valueOf(1).equals(a.get("AwardDataExtra"));
            switch (type) {
                case "Mastery/Completion" -> { if (hc) mastery++; else completion++; }
                case "Game Beaten" -> { if (hc) beatenHc++; else beatenSc++; }
                case "Event" -> event++; // the server counts a "Site Event" among the site awards
                default -> site++;
            }
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("TotalAwardsCount", awards.size() + hidden);
        body.put("HiddenAwardsCount", hidden);
        body.put("MasteryAwardsCount", mastery);
        body.put("CompletionAwardsCount", completion);
        body.put("BeatenHardcoreAwardsCount", beatenHc);
        body.put("BeatenSoftcoreAwardsCount", beatenSc);
        body.put("EventAwardsCount", event);
        body.put("SiteAwardsCount", site);
        body.put("VisibleUserAwards", awards);
        return toJson(body);
    }

    /** {@code n} awards with a realistic mix, the same for the same seed. */
    public static String generate(int n, long seed) {
        return bodyOf(generateAwards(n, seed));
    }

    /**
     * About 40 % mastered, 5 % completed, 35 % beaten hardcore, 5 % beaten softcore, 8 % events
     * and site events, 7 % site awards (without Title, ImageIcon or ConsoleID); in display order,
     * oldest first.
     */
    public static List<Map<String, Object>> generateAwards(int n, long seed) {
        Random random = new Random(seed);
        List<Map<String, Object>> awards = new ArrayList<>(n);
        Instant when = Instant.parse("2014-03-01T12:00:00Z");
        for (int i = 0; i < n; i++) {
            when = when.plusSeconds(3600 + random.nextInt(86400 * 3));
            String at = WIRE_TIME.format(when.atOffset(ZoneOffset.UTC));
            int roll = random.nextInt(100);
            int gameId = 1000 + random.nextInt(30000);
            String[] console = CONSOLES[random.nextInt(CONSOLES.length)];
            String icon = String.format(Locale.ROOT, "/Images/%06d.png", random.nextInt(100000));
            String title = "Game " + gameId + (random.nextInt(10) == 0 ? " [Subset - Bonus]" : "");
            Map<String, Object> a;
            if (roll < 40) {
                a = gameAward("Mastery/Completion", gameId, true, i, title, Integer.parseInt(console[0]), console[1], at, icon);
            } else if (roll < 45) {
                a = gameAward("Mastery/Completion", gameId, false, i, title, Integer.parseInt(console[0]), console[1], at, icon);
            } else if (roll < 80) {
                a = gameAward("Game Beaten", gameId, true, i, title, Integer.parseInt(console[0]), console[1], at, icon);
            } else if (roll < 85) {
                a = gameAward("Game Beaten", gameId, false, i, title, Integer.parseInt(console[0]), console[1], at, icon);
            } else if (roll < 91) {
                a = eventAward(random.nextInt(300), i, "Event " + i + ": Halloween " + (2015 + random.nextInt(10)), at);
            } else if (roll < 93) {
                a = eventAward(random.nextInt(300), i, "Site event " + i, at);
                a.put("AwardType", "Site Event");
            } else {
                a = siteAward(SITE_TYPES[random.nextInt(SITE_TYPES.length)], random.nextInt(10), i, at,
                        random.nextBoolean());
            }
            awards.add(a);
        }
        return awards;
    }

    /** One mastered award per title, in the order given. */
    public static String withTitles(List<String> titles) {
        List<Map<String, Object>> awards = new ArrayList<>();
        for (int i = 0; i < titles.size(); i++) {
            awards.add(gameAward("Mastery/Completion", 2000 + i, true, i, titles.get(i), 7, "NES/Famicom",
                    "2020-05-0" + (1 + i % 9) + "T10:00:00+00:00", String.format(Locale.ROOT, "/Images/%06d.png", 50000 + i)));
        }
        return bodyOf(awards);
    }

    // ---- other endpoints -------------------------------------------------------------------

    /** A profile body for a made-up user. */
    public static String profileJson(String name, String ulid) {
        return profileJson(name, ulid, 12345, 67);
    }

    /** A profile body for a made-up user with these points (what the follow list shows for them). */
    public static String profileJson(String name, String ulid, long points, long softcorePoints) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("User", name);
        p.put("ULID", ulid);
        p.put("UserPic", "/UserPic/" + name + ".png");
        p.put("MemberSince", "2019-04-01 10:20:30");
        p.put("RichPresenceMsg", null);
        p.put("LastGameID", 1448);
        p.put("TotalPoints", points);
        p.put("TotalSoftcorePoints", softcorePoints);
        p.put("TotalTruePoints", 45678);
        p.put("Motto", null);
        p.put("ID", Math.abs(name.hashCode() % 100000));
        return toJson(p);
    }

    /** A stable, valid ULID for a name (Crockford base 32, 26 characters). */
    public static String ulidFor(String name) {
        String alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
        Random random = new Random(name.toLowerCase(Locale.ROOT).hashCode());
        StringBuilder s = new StringBuilder("0000");
        while (s.length() < 26) {
            s.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return s.toString();
    }

    /** A 422 body in the server's shape. */
    public static String validationError(String message) {
        return toJson(Map.of("message", message, "errors", Map.of("u", List.of(message))));
    }

    public static String followingJson(List<Map<String, Object>> page, int total) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("Count", page.size());
        body.put("Total", total);
        body.put("Results", page);
        return toJson(body);
    }

    public static String toJson(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
