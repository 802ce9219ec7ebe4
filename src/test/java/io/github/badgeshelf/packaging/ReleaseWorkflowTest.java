package io.github.badgeshelf.packaging;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The release workflow and the start-up archive's wiring, which only GitHub's runners and the
 * installer build exercise: caught here when a script is renamed or a piece is dropped.
 * (actionlint, run by .ci/run, checks the workflow's syntax and expressions.)
 */
class ReleaseWorkflowTest {

    private static final Path WORKFLOW = Path.of(".github/workflows/release.yml");

    @Test
    void buildsOnAllThreeSystemsKeepsTheInstallersAndReleasesOnVersionTags() throws IOException {
        String workflow = Files.readString(WORKFLOW);

        assertThat(workflow).contains("os: [ubuntu-latest, windows-latest, macos-latest]",
                "tags: ['v*']", "workflow_dispatch:", "cache: maven",
                "mvn -B -Pinstaller -DskipTests package", "SMOKE_INSTALL: '1'",
                "target/installer/*.deb", "target/installer/*.msi", "target/installer/*.dmg",
                "if-no-files-found: error", "if: startsWith(github.ref, 'refs/tags/v')", "gh release create");
        // Every action pinned to a release, never a moving branch.
        Matcher uses = Pattern.compile("uses: (\\S+)").matcher(workflow);
        int actions = 0;
        while (uses.find()) {
            actions++;
            assertThat(uses.group(1)).matches("[\\w-]+/[\\w-]+@v\\d+\\.\\d+\\.\\d+");
        }
        assertThat(actions).isGreaterThanOrEqualTo(4);
    }

    @Test
    void everyScriptTheWorkflowRunsExists() throws IOException {
        Matcher scripts = Pattern.compile("(jpackage/\\S+\\.(?:sh|ps1))").matcher(Files.readString(WORKFLOW));
        int found = 0;
        while (scripts.find()) {
            found++;
            assertThat(Path.of(scripts.group(1))).isRegularFile();
        }
        assertThat(found).isEqualTo(2);
    }

    @Test
    void theLauncherStartsFromTheArchiveTheBuildMakes() throws Exception {
        assertThat(Files.readString(Path.of("jpackage/jlink.args"))).containsPattern("(?m)^--generate-cds-archive$");
        assertThat(Files.readString(Path.of("jpackage/app-image.args")))
                .contains("--java-options \"-XX:SharedArchiveFile=$APPDIR/badgeshelf.jsa\"",
                        "--java-options \"-Xlog:cds*=off\"");
        String maker = Files.readString(Path.of("jpackage/CdsArchive.java"));
        assertThat(maker).contains("ARCHIVE = \"badgeshelf.jsa\"",
                "TRAINING_MAIN = \"io.github.badgeshelf.StartupTraining\"");
        assertThat(Class.forName("io.github.badgeshelf.StartupTraining").getMethod("main", String[].class)).isNotNull();

        // The archive is made after the app image and before the installer packs that image.
        String pom = Files.readString(Path.of("pom.xml"));
        int appImage = pom.indexOf("@jpackage/app-image.args");
        int archive = pom.indexOf("jpackage/CdsArchive.java");
        int installer = pom.indexOf("@jpackage/installer.args");
        assertThat(appImage).isPositive();
        assertThat(archive).isGreaterThan(appImage).isLessThan(installer);
    }
}
