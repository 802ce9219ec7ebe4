package io.github.badgeshelf.cli;

import io.github.badgeshelf.model.AwardCounts;
import io.github.badgeshelf.testsupport.AwardsFixtures;
import io.github.badgeshelf.testsupport.FakeRaServer;
import io.github.badgeshelf.testsupport.FakeRaServer.Endpoint;
import io.github.badgeshelf.testsupport.Fault;
import io.github.badgeshelf.wall.WallCaptions;
import io.github.badgeshelf.wall.WallLayout;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code image} end to end, in-process, against the loopback fake (which is also the media host). */
class ImageCommandTest extends CliAgainstFakeServer {
    private static final String USER = "WallOwner";
    private static final byte[] PRECIOUS = "an older picture, keep it".getBytes(StandardCharsets.UTF_8);
    private static List<Map<String, Object>> awards;

    @TempDir
    Path home;

    @BeforeAll
    static void addUser() {
        awards = AwardsFixtures.generateAwards(200, 11);
        server.addUser(USER, AwardsFixtures.bodyOf(awards, 2));
    }

    /** The settings and the saved key live in a folder of this test's own. */
    @Override
    Map<String, String> env() {
        Map<String, String> env = super.env();
        env.put("BADGESHELF_HOME", home.toString());
        env.put("BADGESHELF_CREDENTIAL_STORE", "file");
        return env;
    }

    private static long count(String awardType, Integer extra) {
        return awards.stream().filter(a -> a.get("AwardType").equals(awardType)
                && (extra == null || extra.equals(a.get("AwardDataExtra")))).count();
    }

    private static long distinctIcons() {
        return awards.stream().map(a -> a.get("ImageIcon")).filter(java.util.Objects::nonNull).distinct().count();
    }

    private Path precious(String name) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, PRECIOUS);
        return file;
    }

    @Test
    void drawsEveryAwardTenARowAndASecondImageDownloadsNothing() throws Exception {
        Path file = dir.resolve("wall.png");

        CliRun run = CliRun.run(env(), "image", "--user", USER, "--out", file.toString()).keyNotShown();

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEmpty();
        BufferedImage image = ImageIO.read(file.toFile());
        WallLayout expected = WallLayout.of(awards.size(), 10, countsOf(), WallCaptions.ENGLISH);
        assertThat(image.getWidth()).isEqualTo(24 + 10 * 80 + 9 * 10 + 24).isEqualTo(expected.width());
        assertThat(image.getHeight()).isEqualTo(expected.height());
        assertThat(server.iconRequestCount()).isEqualTo((int) distinctIcons());
        assertThat(server.imageRequestCount("/UserPic/" + USER + ".png")).isEqualTo(1);

        int before = server.requests().size() - 2; // the profile and awards are asked again
        Path second = dir.resolve("again.png");
        CliRun again = CliRun.run(env(), "image", "--user", USER, "--out", second.toString(), "--columns", "12");
        assertThat(again.status()).isZero();
        assertThat(server.requests()).as("only the profile and awards, no icon").hasSize(before + 4);
        assertThat(server.iconRequestCount()).isEqualTo((int) distinctIcons());
        assertThat(ImageIO.read(second.toFile()).getWidth()).isEqualTo(24 + 12 * 80 + 11 * 10 + 24);
    }

    /** The fixture's counters (AwardsFixtures.bodyOf): only their digits' widths matter for the layout. */
    private static AwardCounts countsOf() throws IOException {
        var body = new com.fasterxml.jackson.databind.ObjectMapper().readTree(AwardsFixtures.bodyOf(awards, 2));
        return new AwardCounts(body.get("TotalAwardsCount").asInt(), body.get("HiddenAwardsCount").asInt(),
                body.get("MasteryAwardsCount").asInt(), body.get("CompletionAwardsCount").asInt(),
                body.get("BeatenHardcoreAwardsCount").asInt(), body.get("BeatenSoftcoreAwardsCount").asInt(),
                body.get("EventAwardsCount").asInt(), body.get("SiteAwardsCount").asInt());
    }

    @Test
    void kindAndColumnsChooseWhatIsDrawnAndHow() throws Exception {
        Path file = dir.resolve("mastered.png");
        long mastered = count("Mastery/Completion", 1);

        CliRun run = CliRun.run(env(), "image", "--user", USER, "--out", file.toString(), "--kind", "mastered",
                "--columns=5");

        assertThat(run.status()).as(run.err()).isZero();
        long rows = (mastered + 4) / 5;
        BufferedImage image = ImageIO.read(file.toFile());
        WallLayout oneRow = WallLayout.of(1, 5, countsOf(), WallCaptions.ENGLISH);
        assertThat(image.getHeight()).isEqualTo(oneRow.height() + (int) (rows - 1) * 90);
        assertThat(image.getWidth()).isEqualTo(24 + WallLayout.MIN_CONTENT_WIDTH + 24);
        assertThat(server.iconRequestCount()).as("only the mastered awards' icons")
                .isEqualTo((int) awards.stream().filter(a -> a.get("AwardType").equals("Mastery/Completion")
                        && Integer.valueOf(1).equals(a.get("AwardDataExtra"))).map(a -> a.get("ImageIcon")).distinct().count());
    }

    @Test
    void iconsThatCannotBeHadArePlaceholdersCountedInOneLineAndTheExitIs0() throws Exception {
        server.failAlways(Endpoint.IMAGES, Fault.respond(404, "Not Found".getBytes(StandardCharsets.UTF_8), Map.of()));
        Path file = dir.resolve("wall.png");

        CliRun run = CliRun.run(env(), "image", "--user", USER, "--out", file.toString(), "--kind", "beaten").keyNotShown();

        assertThat(run.status()).isZero();
        long beaten = count("Game Beaten", 1);
        assertThat(run.err().lines()).hasSize(1);
        assertThat(run.errLine()).isEqualTo("badgeshelf: " + beaten + " of " + beaten
                + " tiles are drawn as placeholders: their icons could not be had (icon not found (HTTP 404)).");
        assertThat(ImageIO.read(file.toFile())).isNotNull();
    }

    @Test
    void usageErrorsExitWith2BeforeAnyRequest() throws IOException {
        Path file = precious("old.png");
        assertThat(CliRun.run(env(), "image", "--user", USER).failedWith(2).errLine()).contains("--out");
        assertThat(CliRun.run(env(), "image", "--out", file.toString()).failedWith(2).errLine()).contains("--user");
        assertThat(CliRun.run(env(), "image", "--user", USER, "--out", file.toString(), "--kind", "gold")
                .failedWith(2).errLine()).contains("mastered, completed, beaten, beaten-softcore, event, site");
        assertThat(CliRun.run(env(), "image", "--user", USER, "--out", file.toString(), "--columns", "0")
                .failedWith(2).errLine()).contains("--columns");
        assertThat(CliRun.run(env(), "image", "--user", USER, "--out", file.toString(), "--columns", "ten")
                .failedWith(2).errLine()).contains("--columns");
        assertThat(CliRun.run(env(), "image", "--user", USER, "--out", file.toString(), "--size", "9")
                .failedWith(2).errLine()).contains("unknown option --size");
        assertThat(server.requests()).isEmpty();
        assertThat(Files.readAllBytes(file)).isEqualTo(PRECIOUS);
    }

    @Test
    void moreThan16384PixelsExitsWith2NamingKindAndColumnsAndKeepsTheFile() throws IOException {
        Path file = precious("old.png");

        String tall = CliRun.run(env(), "image", "--user", USER, "--out", file.toString(), "--columns", "1")
                .failedWith(2).errLine();
        assertThat(tall).contains("16384").contains("--kind").contains("--columns");
        String wide = CliRun.run(env(), "image", "--user", USER, "--out", file.toString(), "--columns", "400")
                .failedWith(2).errLine();
        assertThat(wide).contains("16384").contains("--columns");

        assertThat(Files.readAllBytes(file)).isEqualTo(PRECIOUS);
        assertThat(server.iconRequestCount()).as("refused before any icon is fetched").isZero();
    }

    @Test
    void missingCredentialsExitWith2() {
        Map<String, String> none = env();
        none.remove("RA_USERNAME");
        none.remove("RA_API_KEY");
        assertThat(CliRun.run(none, "image", "--user", USER, "--out", dir.resolve("a.png").toString())
                .failedWith(2).errLine()).contains("RA_API_KEY");
    }

    @Test
    void rejectedKeyExitsWith3AndKeepsTheFile() throws IOException {
        Path file = precious("old.png");
        Map<String, String> env = env();
        env.put("RA_API_KEY", "wrong-key-123");

        CliRun run = CliRun.run(env, "image", "--user", USER, "--out", file.toString()).failedWith(3);

        assertThat(run.errLine()).contains("web API key was not accepted").doesNotContain("wrong-key-123");
        assertThat(Files.readAllBytes(file)).isEqualTo(PRECIOUS);
    }

    @Test
    void unknownUserExitsWith4AndKeepsTheFile() throws IOException {
        Path file = precious("old.png");

        CliRun run = CliRun.run(env(), "image", "--user", "NobodyHere", "--out", file.toString()).failedWith(4);

        assertThat(run.errLine()).isEqualTo("badgeshelf: There is no RetroAchievements user called NobodyHere.");
        assertThat(Files.readAllBytes(file)).isEqualTo(PRECIOUS);
    }

    @Test
    void serverErrorExitsWith5AndKeepsTheFile() throws IOException {
        Path file = precious("old.png");
        server.htmlNext(Endpoint.AWARDS, 500);

        CliRun run = CliRun.run(env(), "image", "--user", USER, "--out", file.toString()).failedWith(5);

        assertThat(run.errLine()).contains("HTTP 500");
        assertThat(Files.readAllBytes(file)).isEqualTo(PRECIOUS);
        assertThat(server.iconRequestCount()).isZero();
    }

    @Test
    void aFileThatCannotBeWrittenExitsWith5AndKeepsTheOldOne() throws IOException {
        // No room for the temporary name beside a name this long: writing fails even for root.
        Path file = precious("a".repeat(240) + ".png");

        CliRun run = CliRun.run(env(), "image", "--user", USER, "--out", file.toString(), "--kind", "site").failedWith(5);

        assertThat(run.errLine()).startsWith("badgeshelf: could not write ");
        assertThat(Files.readAllBytes(file)).isEqualTo(PRECIOUS);
        try (var left = Files.list(dir)) {
            assertThat(left).containsExactly(file);
        }
    }

    @Test
    void helpDescribesImage() {
        CliRun run = CliRun.run(env(), "image", "--help");
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("image --user <name-or-ULID> --out <file.png>").contains("--columns").contains("--kind");
    }
}
