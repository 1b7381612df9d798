package org.manabi.content.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.manabi.content.catalog.CourseDefinition;
import org.manabi.content.catalog.DefinitionCheck;
import org.manabi.content.catalog.DefinitionProblem;

/**
 * The whole bundled library as the installer reads it: every course, JLPT and hand-written
 * package alike, passes the package reader and the catalog's own check, and codes are unique.
 */
class LibraryInstallerTest {

    @Test
    void everyBundledCourseIsValidAndHasItsOwnCode() {
        List<Supplier<CourseDefinition>> courses = new LibraryInstaller().bundledCourses();
        Set<String> codes = new HashSet<>();
        for (Supplier<CourseDefinition> course : courses) {
            CourseDefinition definition = course.get();
            List<DefinitionProblem> problems = DefinitionCheck.check(definition);
            assertTrue(problems.isEmpty(), () -> definition.code() + ": " + problems);
            assertTrue(codes.add(definition.code()), () -> "two courses with code " + definition.code());
        }
        assertEquals(12 + BundledPackages.names(getClass().getClassLoader()).size(), courses.size());
        assertTrue(codes.containsAll(Set.of("JLPT-N5-VOCAB", "JLPT-N2-GRAMMAR", "DIALECT-KAGOSHIMA-1", "ITP-101",
                "MOS-EXCEL-101", "BOKI3-101", "TSUHAN3-101", "COMPLIANCE-101", "BIZ-MANNERS-101")), codes::toString);
    }
}
