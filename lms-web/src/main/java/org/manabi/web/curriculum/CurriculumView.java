package org.manabi.web.curriculum;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.manabi.content.catalog.CourseVersion;
import org.manabi.content.curriculum.Curricula;
import org.manabi.content.curriculum.Curriculum;
import org.manabi.content.curriculum.CurriculumItem;
import org.manabi.content.curriculum.CurriculumSchedule;

/**
 * A curriculum as an administrator sees it, with its plan from {@code plannedFrom} (the
 * programme's first cohort), optional items included.
 */
public record CurriculumView(long id, long programmeId, String code, String title, String description,
                             int hoursPerMonth, int hoursPerDay, List<BreakView> breaks, List<ItemView> items,
                             LocalDate plannedFrom, LocalDate plannedEnd, int trainingHours) {

    public record BreakView(String firstDay, String lastDay) {
    }

    /** One item; {@code title} and {@code hours} come from the published version, else the newest. */
    public record ItemView(long courseId, String title, boolean required, List<Long> prerequisites, double hours,
                           LocalDate plannedStart, LocalDate plannedEnd) {
    }

    static CurriculumView of(Curriculum curriculum, Curricula curricula) {
        LocalDate from = curricula.planStart(curriculum);
        CurriculumSchedule.Plan plan = curricula.plan(curriculum, from);
        List<ItemView> items = new ArrayList<>();
        List<CurriculumItem> stored = curriculum.items();
        for (int i = 0; i < stored.size(); i++) {
            CurriculumItem item = stored.get(i);
            var version = curricula.referenceVersion(item.courseId());
            items.add(new ItemView(item.courseId(), version.map(CourseVersion::title).orElse(null), item.required(),
                    curriculum.prerequisitesOf(item.courseId()), version.map(CourseVersion::estimatedHours).orElse(0.0),
                    plan.items().get(i).startsOn(), plan.items().get(i).endsOn()));
        }
        return new CurriculumView(curriculum.id(), curriculum.programmeId(), curriculum.code(), curriculum.title(),
                curriculum.description(), curriculum.pace().hoursPerMonth(), curriculum.pace().hoursPerDay(),
                curriculum.breaks().stream().map(b -> new BreakView(b.firstDayText(), b.lastDayText())).toList(),
                items, from, plan.endsOn(), plan.trainingHours());
    }
}
