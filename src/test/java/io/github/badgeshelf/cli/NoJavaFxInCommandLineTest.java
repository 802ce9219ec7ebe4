package io.github.badgeshelf.cli;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The command line and the client it stands on must run on a machine with no display. */
class NoJavaFxInCommandLineTest {

    @Test
    void apiAndCliNeverTouchJavaFx() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.github.badgeshelf.api", "io.github.badgeshelf.cli");
        noClasses().should().dependOnClassesThat().resideInAPackage("javafx..").check(classes);
    }
}
