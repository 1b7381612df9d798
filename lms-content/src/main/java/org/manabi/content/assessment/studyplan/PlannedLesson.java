package org.manabi.content.assessment.studyplan;

/**
 * A lesson in a week of the plan. A lesson longer than a whole week's budget is spread over
 * several weeks, each part with the minutes of that week.
 *
 * @param minutes the minutes planned in this week
 * @param part    1 for a lesson planned whole or for its first part, 2, 3 ... for the next parts
 */
public record PlannedLesson(String courseId, String lessonId, int minutes, int part) {

    public LessonRef ref() {
        return new LessonRef(courseId, lessonId);
    }
}
