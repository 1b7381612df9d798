package org.manabi.content.curriculum;

/**
 * Where a learner is with one item. DONE: every lesson of the version they study is completed.
 * IN_PROGRESS: started or some lessons done. LOCKED: not started and a prerequisite is not done.
 * A learner who started a course before its prerequisites keeps IN_PROGRESS: the work is theirs.
 */
public enum ItemStatus {
    DONE,
    IN_PROGRESS,
    NOT_STARTED,
    LOCKED
}
