package org.manabi.content.assessment.quiz;

/** When a learner sees their score per item and the right answers. */
public enum FeedbackPolicy {
    /** As soon as the attempt is submitted: for practice quizzes. */
    IMMEDIATE,
    /**
     * Once the learner's window has closed, so answers cannot pass to those still sitting the exam.
     * Only the total and pass/fail are hidden until then too. Needs at least one window.
     */
    AFTER_CLOSE
}
