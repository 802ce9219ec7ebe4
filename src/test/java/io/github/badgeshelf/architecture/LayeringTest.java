package io.github.badgeshelf.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import io.github.badgeshelf.BadgeShelfApp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.stream.Collectors;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one layering rule, stated the other way round so a new package is covered without being
 * listed: only the UI ({@code ..ui..}) and the app's launch classes may touch JavaFX, and nothing
 * outside the UI depends on the UI. The core (the command line, the API client, the icon
 * pipeline, loading and keeping shelves, signing in, the demo server) must run with no display.
 */
class LayeringTest {
    private static final String UI = "io.github.badgeshelf.ui..";
    /**
     * The launch classes (Main, GuiLauncher, BadgeShelfApp, UncaughtExceptions) live alone in the
     * root package: they start the JavaFX toolkit and report exceptions on its thread.
     */
    private static final String LAUNCH = "io.github.badgeshelf";
    private static final DescribedPredicate<JavaClass> CORE =
            DescribedPredicate.not(resideInAnyPackage(UI, LAUNCH)).as("the core (outside ..ui.. and the launch classes)");

    private static JavaClasses production;

    @BeforeAll
    static void importClasses() {
        production = ImportedClasses.production();
    }

    @Test
    void onlyTheUiAndTheLaunchClassesTouchJavaFx() {
        noClasses().that(CORE).should().dependOnClassesThat().resideInAPackage("javafx..")
                .because("the core is used by the command line, which must run without a display")
                .check(production);
    }

    @Test
    void theCoreNeverDependsOnTheUi() {
        noClasses().that(CORE).should().dependOnClassesThat().resideInAPackage(UI)
                .because("the UI is built on the core, never the other way round")
                .check(production);
    }

    @Test
    void theRulesWouldCatchAViolation() {
        // Guard against rules that pass vacuously: without their exception for the launch classes
        // the same rules must find the JavaFX Application touching JavaFX and reaching into the UI.
        ArchRule anyJavaFx = noClasses().should().dependOnClassesThat().resideInAPackage("javafx..");
        ArchRule anyUi = noClasses().that().resideOutsideOfPackage(UI).should().dependOnClassesThat().resideInAPackage(UI);
        for (ArchRule rule : new ArchRule[] {anyJavaFx, anyUi}) {
            EvaluationResult result = rule.evaluate(production);
            assertThat(result.getFailureReport().getDetails()).anyMatch(d -> d.contains(BadgeShelfApp.class.getName()));
        }
    }

    @Test
    void theCoreAndTheUiAreBothImported() {
        Set<String> packages = production.stream().map(JavaClass::getPackageName).collect(Collectors.toSet());
        assertThat(packages).contains("io.github.badgeshelf.api", "io.github.badgeshelf.model",
                "io.github.badgeshelf.export", "io.github.badgeshelf.files", "io.github.badgeshelf.images",
                "io.github.badgeshelf.credentials", "io.github.badgeshelf.settings", "io.github.badgeshelf.shelf",
                "io.github.badgeshelf.session", "io.github.badgeshelf.demo", "io.github.badgeshelf.logging",
                "io.github.badgeshelf.cli", "io.github.badgeshelf.ui.main", "io.github.badgeshelf.ui.shelf");
        assertThat(production.stream().filter(CORE::test).count()).as("core classes").isGreaterThan(50);
        assertThat(production.stream().filter(c -> c.getPackageName().equals(LAUNCH)).map(JavaClass::getSimpleName))
                .as("the launch package holds only the launch classes")
                .containsOnly("Main", "GuiLauncher", "BadgeShelfApp", "UncaughtExceptions", "StartupTraining");
    }
}
