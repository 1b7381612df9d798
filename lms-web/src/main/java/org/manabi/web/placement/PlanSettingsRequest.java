package org.manabi.web.placement;

import java.time.LocalDate;

/**
 * What the study plan is made from.
 *
 * @param hoursPerWeek 1 to 60
 * @param targetLevel  a level of the scale, e.g. {@code JLPT_N3}, not below the placed level
 * @param endDate      null for the end of the learner's cohort
 * @param scale        null for JLPT
 */
public record PlanSettingsRequest(Double hoursPerWeek, String targetLevel, LocalDate endDate, String scale) {
}
