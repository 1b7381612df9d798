package org.manabi.content.coursepackage;

import java.util.Comparator;

/**
 * One thing wrong with a package.
 *
 * @param file    the file in the package, e.g. {@code manifest.json} or {@code lessons/01.md}; null
 *                for the package as a whole (not a ZIP, too large, too many entries)
 * @param line    1-based, where a line applies; otherwise null
 * @param field   the manifest field, e.g. {@code sections[0].lessons[1].url}; otherwise null
 * @param code    a stable code from the format description, e.g. {@code Url}, {@code Bomb}
 * @param message a short English explanation
 */
public record PackageProblem(String file, Integer line, String field, String code, String message) {

    static final Comparator<PackageProblem> ORDER = Comparator
            .comparing(PackageProblem::file, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(PackageProblem::line, Comparator.nullsFirst(Comparator.naturalOrder()));
}
