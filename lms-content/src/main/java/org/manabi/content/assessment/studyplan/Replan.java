package org.manabi.content.assessment.studyplan;

/**
 * A plan made again from today for a learner's remaining lessons.
 *
 * @param plan              the new plan, starting today, at {@code newMinutesPerWeek}
 * @param behindLessons     lessons the previous plan put in weeks before this one that are not done
 * @param behindMinutes     their minutes
 * @param remainingLessons  lessons not done yet
 * @param newMinutesPerWeek the weekly load of the new plan: the learner's budget, or more when the
 *                          budget no longer fits the rest before the end date
 * @param overBudget        true when the new load is above the learner's budget
 */
public record Replan(StudyPlan plan, int behindLessons, int behindMinutes, int remainingLessons,
                     int newMinutesPerWeek, boolean overBudget) {

    public boolean behind() {
        return behindLessons > 0;
    }
}
