package org.manabi.content.coursepackage;

import java.util.ArrayList;
import java.util.List;

/** Collects problems while a package is read, so all of them can be reported together. */
final class Problems {

    private final List<PackageProblem> found = new ArrayList<>();

    void add(String file, Integer line, String field, String code, String message) {
        found.add(new PackageProblem(file, line, field, code, message));
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    List<PackageProblem> sorted() {
        List<PackageProblem> sorted = new ArrayList<>(found);
        sorted.sort(PackageProblem.ORDER);
        return sorted;
    }
}
