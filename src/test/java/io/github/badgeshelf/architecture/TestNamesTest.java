package io.github.badgeshelf.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Surefire runs the classes whose names end as pom.xml's includes say (Test, Tests,
 * Properties); a class of tests named otherwise would never run, as CsvRoundTripProperties
 * did not until it had a pattern. This keeps every class that holds tests findable.
 */
class TestNamesTest {
    /** The same endings as the surefire includes in pom.xml. */
    static final Pattern RUN_BY_SUREFIRE = Pattern.compile(".*(Test|Tests|Properties)");
    private static final Set<String> TEST_ANNOTATIONS = Set.of(
            "org.junit.jupiter.api.Test", "org.junit.jupiter.api.RepeatedTest", "org.junit.jupiter.api.TestFactory",
            "org.junit.jupiter.api.TestTemplate", "org.junit.jupiter.params.ParameterizedTest",
            "net.jqwik.api.Property", "net.jqwik.api.Example");

    private static JavaClasses tests;

    @BeforeAll
    static void importTests() {
        tests = ImportedClasses.tests();
    }

    static boolean holdsTests(JavaClass c) {
        return c.getMethods().stream().anyMatch(m -> m.getAnnotations().stream()
                .anyMatch(a -> TEST_ANNOTATIONS.contains(a.getRawType().getName())));
    }

    /** The class surefire is given: the top-level class (nested classes run with it). */
    private static JavaClass topLevel(JavaClass c) {
        JavaClass top = c;
        while (top.getEnclosingClass().isPresent()) {
            top = top.getEnclosingClass().get();
        }
        return top;
    }

    @Test
    void everyClassWithTestsHasANameSurefireRuns() {
        List<String> missed = tests.stream()
                .filter(TestNamesTest::holdsTests)
                .filter(c -> !c.getModifiers().contains(JavaModifier.ABSTRACT))
                .map(TestNamesTest::topLevel)
                .map(JavaClass::getName)
                .filter(name -> !RUN_BY_SUREFIRE.matcher(name).matches())
                .distinct()
                .toList();
        assertThat(missed).as("classes with tests that surefire would not run").isEmpty();
    }

    @Test
    void theCheckSeesTheTestsOfEveryKind() {
        // Not vacuous: it finds plain, parameterized, end-to-end and jqwik classes.
        assertThat(tests.stream().filter(TestNamesTest::holdsTests).map(JavaClass::getSimpleName))
                .contains("TestNamesTest", "ShelfViewModelTest", "SignInAndSearchUiTest", "CsvRoundTripProperties",
                        "TimeoutSettingTest")
                .hasSizeGreaterThan(40);
        assertThat(RUN_BY_SUREFIRE.matcher("io.github.badgeshelf.images.IconPipelineBenchmark").matches()).isFalse();
    }
}
