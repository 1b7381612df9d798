/**
 * Curricula: ordered sets of courses within a programme, each required or optional, with
 * prerequisites among them; a pace and yearly breaks to plan dates from a cohort's first day; the
 * learners enrolled (one by one or a whole cohort); and where each learner stands in each.
 */
package org.manabi.content.curriculum;
