package org.manabi.content.catalog;

import java.util.List;

/** One section of a course: a title and its lessons in order. */
public record SectionDefinition(String title, List<LessonDefinition> lessons) {

    public SectionDefinition {
        lessons = List.copyOf(lessons);
    }
}
