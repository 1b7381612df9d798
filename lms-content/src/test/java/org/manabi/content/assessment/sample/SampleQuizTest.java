package org.manabi.content.assessment.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.manabi.content.catalog.LessonKind;

/** The sample quiz's items and its course are valid as written, and the course's QUIZ lesson names the quiz. */
class SampleQuizTest {

    @Test
    void theSampleCourseRefersToTheSampleQuiz() {
        assertEquals(6, SampleQuiz.items().size());
        var lesson = SampleQuiz.course().sections().get(0).lessons().get(1);
        assertEquals(LessonKind.QUIZ, lesson.kind());
        assertEquals(SampleQuiz.QUIZ_CODE, lesson.reference());
    }
}
