package org.manabi.content.catalog;

import java.util.List;

/**
 * Everything that makes up one version of a course, independent of how it arrived: typed in the
 * authoring screens, read from a course package, or built from the bundled library. The catalog
 * checks it ({@link DefinitionCheck}) before storing it.
 *
 * @param code           stable identifier, {@code [A-Z0-9][A-Z0-9-]{1,39}}, unique in an installation
 * @param language       the language the course is taught in: ja, en, vi, id, tl or my
 * @param tags           free words that help people find it
 * @param estimatedHours how long a learner needs, in whole or half hours
 * @param prerequisites  codes of courses to take first
 * @param objectives     what a learner can do afterwards, one sentence each
 * @param reviewNote     a note for reviewers, e.g. "needs review by a native speaker"; may be null
 */
public record CourseDefinition(
        String code,
        String title,
        String summary,
        String language,
        Category category,
        Level level,
        List<String> tags,
        double estimatedHours,
        List<String> prerequisites,
        List<String> objectives,
        String instructor,
        String reviewNote,
        List<SectionDefinition> sections) {

    public CourseDefinition {
        tags = List.copyOf(tags);
        prerequisites = List.copyOf(prerequisites);
        objectives = List.copyOf(objectives);
        sections = List.copyOf(sections);
    }

    public int lessonCount() {
        return sections.stream().mapToInt(s -> s.lessons().size()).sum();
    }
}
