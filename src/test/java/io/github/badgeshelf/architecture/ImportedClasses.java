package io.github.badgeshelf.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The project's own compiled classes, for the ArchUnit checks: the product's or the tests'. */
final class ImportedClasses {
    private ImportedClasses() {
    }

    static JavaClasses production() {
        return of(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS);
    }

    static JavaClasses tests() {
        return of(ImportOption.Predefined.ONLY_INCLUDE_TESTS);
    }

    private static JavaClasses of(ImportOption which) {
        return new ClassFileImporter()
                .withImportOption(which)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages("io.github.badgeshelf");
    }
}
