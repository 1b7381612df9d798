/**
 * REST resources of assessment under {@code /api/assessment}: the question bank and quizzes for
 * instructors and administrators, taking quizzes for every signed-in person, results, proficiency
 * and item analysis. Thin: each call goes to one service of {@code org.manabi.content.assessment}.
 */
package org.manabi.web.assessment;
