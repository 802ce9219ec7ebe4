package io.github.badgeshelf.architecture;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Comments and documents point at documents in the repository: a reader has nothing else. No
 * machine paths, no folders beside the checkout, and every docs/ file named exists.
 */
class DocumentReferencesTest {
    private static final Pattern OUTSIDE = Pattern.compile("/work/|\\.\\./shared|shared/(design|ra-api)");
    private static final Pattern DOCS_FILE = Pattern.compile("docs/[\\w-]+\\.md");

    private static List<Path> sourcesAndDocs() throws IOException {
        List<Path> files = new ArrayList<>(List.of(Path.of("README.md"), Path.of("bench/README.md")));
        for (String root : List.of("src", "docs", "jpackage", "tools")) {
            try (Stream<Path> walk = Files.walk(Path.of(root))) {
                walk.filter(Files::isRegularFile)
                        .filter(f -> f.toString().endsWith(".java") || f.toString().endsWith(".md"))
                        .forEach(files::add);
            }
        }
        return files;
    }

    @Test
    void nothingPointsOutsideTheRepository() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : sourcesAndDocs()) {
            if (file.endsWith("DocumentReferencesTest.java")) {
                continue;
            }
            Matcher m = OUTSIDE.matcher(Files.readString(file));
            while (m.find()) {
                found.add(file + ": " + m.group());
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void everyDocsFileNamedExists() throws IOException {
        List<String> named = new ArrayList<>();
        for (Path file : sourcesAndDocs()) {
            Matcher m = DOCS_FILE.matcher(Files.readString(file));
            while (m.find()) {
                named.add(m.group());
            }
        }
        assertThat(named).contains("docs/ra-api.md", "docs/contracts.md")
                .allSatisfy(doc -> assertThat(Path.of(doc)).isRegularFile());
    }
}
