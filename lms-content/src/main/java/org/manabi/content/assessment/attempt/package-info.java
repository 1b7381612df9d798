/**
 * Attempts at a quiz: starting one within the learner's window and attempt limit, the items drawn
 * and the seed that orders their options, answers saved one by one until the server's deadline,
 * grading on the server at submission, and what the learner may see of the result and when.
 * Grading publishes {@link org.manabi.content.assessment.attempt.QuizAttemptSubmitted}.
 */
package org.manabi.content.assessment.attempt;
