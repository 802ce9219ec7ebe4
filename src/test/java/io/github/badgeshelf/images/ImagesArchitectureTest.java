package io.github.badgeshelf.images;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The icon pipeline is core code: usable from the command line and testable without a toolkit. */
class ImagesArchitectureTest {

    @Test
    void theIconPipelineDoesNotUseJavaFx() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.github.badgeshelf.images");

        noClasses().that().resideInAPackage("io.github.badgeshelf.images..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(classes);
    }
}
