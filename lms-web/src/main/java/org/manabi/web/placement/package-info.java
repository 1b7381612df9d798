/**
 * The placement test and the study plan through the API: a learner starts a test, answers one
 * question at a time (graded on the server; the browser never sees the right option), reads the
 * level found, chooses weekly hours, a target and an end date, and reads the plan week by week.
 */
package org.manabi.web.placement;
