/**
 * The personal study plan, in plain Java: from the level a placement found, a target level, the
 * hours a week the learner has, the cohort's end date and its breaks, which lessons to study in
 * which week ({@link org.manabi.content.assessment.studyplan.StudyPlanner}); and, when the learner
 * falls behind, the plan again from today. Courses and lessons come in as plain records that the
 * caller maps from the catalog. The rules are in {@code docs/ASSESSMENT-PLACEMENT.md}.
 */
package org.manabi.content.assessment.studyplan;
