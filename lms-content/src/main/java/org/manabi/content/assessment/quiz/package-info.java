/**
 * Quizzes and exams: fixed items or random draws from the bank by tag and level, a time limit, an
 * attempt limit, a pass mark, when the answers are shown (at once, or after the window closes),
 * and open/close windows per cohort. A lesson of kind QUIZ names a quiz by its code.
 */
package org.manabi.content.assessment.quiz;
