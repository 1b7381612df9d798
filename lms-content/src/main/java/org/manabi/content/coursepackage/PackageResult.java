package org.manabi.content.coursepackage;

import java.util.List;
import org.manabi.content.catalog.CourseDefinition;

/**
 * What reading a package gives: a definition that passed every check, or every problem found and
 * nothing else. A result rather than an exception, because a refused package is an ordinary answer
 * to an upload, not a failure of the server.
 */
public sealed interface PackageResult {

    /** The package is complete and correct. */
    record Accepted(CourseDefinition definition) implements PackageResult {
    }

    /** The package is refused; the problems are sorted by file and line, and never empty. */
    record Rejected(List<PackageProblem> problems) implements PackageResult {

        public Rejected {
            problems = List.copyOf(problems);
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("a rejected package has at least one problem");
            }
        }
    }
}
