/**
 * Curricula through the API: administrators define a programme's curricula and enrol learners or
 * whole cohorts; each learner reads where they stand in theirs and what comes next.
 */
package org.manabi.web.curriculum;
