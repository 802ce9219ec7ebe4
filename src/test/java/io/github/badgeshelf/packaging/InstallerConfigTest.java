package io.github.badgeshelf.packaging;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The jpackage argument files for every system. Only the Linux installer can be built here, so
 * these tests catch, on any machine, the mistakes that would otherwise first show on Windows or
 * macOS: a missing icon or launcher file, a lost upgrade UUID, a module dropped from jlink.
 */
class InstallerConfigTest {

    private static final Path JPACKAGE = Path.of("jpackage");
    private static final Pattern FILE_OPTION =
            Pattern.compile("^--(icon|license-file|add-launcher)\\s+(?:\\S+=)?(\\S+)$", Pattern.MULTILINE);

    @ParameterizedTest
    @ValueSource(strings = {"linux", "windows", "mac"})
    void everyFileAnArgumentFileNamesExists(String os) throws IOException {
        List<String> named = new ArrayList<>();
        for (Path args : List.of(JPACKAGE.resolve("app-image.args"), JPACKAGE.resolve("installer.args"),
                JPACKAGE.resolve(os).resolve("app-image.args"), JPACKAGE.resolve(os).resolve("installer.args"))) {
            Matcher m = FILE_OPTION.matcher(Files.readString(args));
            while (m.find()) {
                named.add(m.group(2));
            }
        }
        assertThat(named).isNotEmpty().allSatisfy(file -> assertThat(Path.of(file)).isRegularFile());
        assertThat(named).anyMatch(file -> file.startsWith("assets/badgeshelf."));
    }

    @Test
    void windowsInstallerIsPerUserWithAStartMenuEntryAndAFixedUpgradeCode() throws IOException {
        String args = Files.readString(JPACKAGE.resolve("windows/installer.args"));

        assertThat(args).contains("--type msi", "--win-per-user-install", "--win-menu");
        Matcher uuid = Pattern.compile("^--win-upgrade-uuid (\\S+)$", Pattern.MULTILINE).matcher(args);
        assertThat(uuid.find()).isTrue();
        // Changing it would make Windows install a second BadgeShelf instead of upgrading.
        assertThat(UUID.fromString(uuid.group(1))).isEqualTo(UUID.fromString("adb3d6c4-c37a-4a7e-b05f-0efb7d5b4857"));
    }

    @Test
    void windowsHasAConsoleLauncherForTheCommandLine() throws IOException {
        assertThat(Files.readString(JPACKAGE.resolve("windows/cli-launcher.properties"))).contains("win-console=true");
    }

    @Test
    void linuxPackageIsADebWithAMenuEntryInGamesAndUtilities() throws IOException {
        String args = Files.readString(JPACKAGE.resolve("linux/installer.args"));

        assertThat(args).contains("--type deb", "--linux-shortcut", "--linux-menu-group \"Game;Utility;\"");
    }

    @Test
    void runtimeKeepsWhatTlsAndTheApiClientNeed() throws IOException {
        String args = Files.readString(JPACKAGE.resolve("jlink.args"));
        Matcher m = Pattern.compile("^--add-modules (\\S+)$", Pattern.MULTILINE).matcher(args);
        assertThat(m.find()).isTrue();

        assertThat(List.of(m.group(1).split(","))).contains(
                "java.base", "java.net.http", "jdk.crypto.ec", "jdk.crypto.cryptoki", "jdk.unsupported",
                "java.logging", "java.desktop", "jdk.localedata", "jdk.httpserver");
        assertThat(args).contains("--include-locales=");
    }

    @Test
    void launcherUsesTheEntryPointThatDispatchesCommandLineVerbs() throws IOException {
        assertThat(Files.readString(JPACKAGE.resolve("app-image.args")))
                .contains("--main-class io.github.badgeshelf.Main", "--main-jar badgeshelf.jar",
                        "--vendor \"BadgeShelf contributors\"");
    }

    @Test
    void theMacVersionFollowsTheProjectVersionFromOneUp() throws Exception {
        // The mac profile's regex-property, applied as build-helper applies it (String.replaceAll).
        var pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Path.of("pom.xml").toFile());
        XPath xpath = XPathFactory.newInstance().newXPath();
        String execution = "//*[local-name()='profile'][*[local-name()='id']='installer-mac']"
                + "//*[local-name()='execution'][*[local-name()='id']='mac-installer-version']/*[local-name()='configuration']/";
        String regex = xpath.evaluate(execution + "*[local-name()='regex']", pom);
        String replacement = xpath.evaluate(execution + "*[local-name()='replacement']", pom);
        String projectVersion = xpath.evaluate("/*[local-name()='project']/*[local-name()='version']", pom);
        assertThat(xpath.evaluate(execution + "*[local-name()='name']", pom)).isEqualTo("installer.version");

        assertThat(projectVersion.replaceAll(regex, replacement)).matches("1\\.\\d+\\.\\d+");
        assertThat("0.1.0".replaceAll(regex, replacement)).isEqualTo("1.1.0");
        assertThat("0.12.3-SNAPSHOT".replaceAll(regex, replacement)).isEqualTo("1.12.3");
        assertThat("2.0.1".matches(regex)).as("from 1.0.0 on the project version is used as it is").isFalse();
    }
}
