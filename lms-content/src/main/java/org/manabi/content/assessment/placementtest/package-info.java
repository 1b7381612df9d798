/**
 * The placement test and the study plan as a learner takes and keeps them: stored attempts (a
 * learner may retake, so every attempt is kept), answers graded on the server and replayed through
 * {@link org.manabi.content.assessment.placement.Placement}, and each learner's plan settings, from
 * which the week-by-week plan is computed when it is viewed.
 */
package org.manabi.content.assessment.placementtest;
