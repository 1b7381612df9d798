/**
 * The adaptive placement test, in plain Java: a Rasch (one-parameter IRT) model over calibrated
 * items ({@link org.manabi.content.assessment.placement.Rasch}), the test itself — item choice by
 * information with a little exposure control, skills taken in turn, an EAP ability estimate and a
 * stop rule ({@link org.manabi.content.assessment.placement.Placement}) — the replayable state a
 * server stores ({@link org.manabi.content.assessment.placement.PlacementSession}), the mapping of
 * ability to a level with cut scores ({@link org.manabi.content.assessment.placement.PlacementScale}),
 * the JLPT item bank built from the bundled data
 * ({@link org.manabi.content.assessment.placement.JlptPlacementPool}) and the re-calibration of item
 * difficulties from real answers ({@link org.manabi.content.assessment.placement.Calibration}).
 * The model and its numbers are described in {@code docs/ASSESSMENT-PLACEMENT.md}.
 */
package org.manabi.content.assessment.placement;
