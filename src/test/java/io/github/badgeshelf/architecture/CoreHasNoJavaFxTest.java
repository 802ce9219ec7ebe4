package io.github.badgeshelf.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The core must work with no JavaFX at all (the command line runs on machines without a display),
 * so none of its packages may reach into javafx.
 */
class CoreHasNoJavaFxTest {
    static final String[] CORE = {
            "io.github.badgeshelf.api..",
            "io.github.badgeshelf.model..",
            "io.github.badgeshelf.export..",
            "io.github.badgeshelf.compare..",
            "io.github.badgeshelf.images..",
            "io.github.badgeshelf.credentials..",
            "io.github.badgeshelf.settings..",
            "io.github.badgeshelf.shelfcache..",
            "io.github.badgeshelf.logging..",
            "io.github.badgeshelf.cli.."};

    private static JavaClasses production;

    @BeforeAll
    static void importClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages("io.github.badgeshelf");
    }

    @Test
    void corePackagesDoNotDependOnJavaFx() {
        noClasses().that().resideInAnyPackage(CORE)
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .because("the core is used by the command line, which must run without a display")
                .check(production);
    }

    @Test
    void theRuleWouldCatchAJavaFxDependency() {
        // Guard against a rule that passes vacuously: applied to the whole app, which holds the
        // JavaFX Application class, the same rule must find violations.
        ArchRule sameRuleOnEverything = noClasses().that().resideInAPackage("io.github.badgeshelf..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..");
        EvaluationResult result = sameRuleOnEverything.evaluate(production);
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anyMatch(d -> d.contains("BadgeShelfApp"));
    }

    @Test
    void theCorePackagesAreActuallyImported() {
        assertThat(production.stream().map(c -> c.getPackageName()))
                .contains("io.github.badgeshelf.api", "io.github.badgeshelf.model", "io.github.badgeshelf.export",
                        "io.github.badgeshelf.settings", "io.github.badgeshelf.credentials",
                        "io.github.badgeshelf.shelfcache", "io.github.badgeshelf.logging", "io.github.badgeshelf.cli");
    }
}
