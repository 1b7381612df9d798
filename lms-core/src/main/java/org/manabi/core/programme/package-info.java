/**
 * Programmes (a city's or prefecture's scheme, e.g. "Kumamoto reskilling 2026"), their cohorts
 * (terms with fixed dates) and who holds a seat in them: the seat rules (programme cap, a cap per
 * organisation, seats reserved for invited organisations that fall back to individual applicants)
 * and each learner's access window.
 */
package org.manabi.core.programme;
