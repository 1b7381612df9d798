package org.manabi.content.curriculum;

import java.util.List;

/**
 * A curriculum as an administrator defines it; {@link Curricula} checks it before storing it.
 *
 * @param code          short and stable within the programme, {@code [A-Za-z0-9][A-Za-z0-9._-]{0,39}}
 * @param hoursPerMonth planned hours in a calendar month, e.g. 60
 * @param hoursPerDay   planned hours on a study day, e.g. 3
 * @param breaks        yearly days off, planned around
 * @param items         the courses in the order they are meant to be taken
 */
public record CurriculumDefinition(
        String code,
        String title,
        String description,
        int hoursPerMonth,
        int hoursPerDay,
        List<BreakPeriod> breaks,
        List<ItemDefinition> items) {

    public CurriculumDefinition {
        breaks = List.copyOf(breaks);
        items = List.copyOf(items);
    }

    /**
     * @param prerequisites course ids of other items of the same curriculum to finish first
     */
    public record ItemDefinition(long courseId, boolean required, List<Long> prerequisites) {

        public ItemDefinition {
            prerequisites = List.copyOf(prerequisites);
        }
    }
}
