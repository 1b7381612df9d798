/**
 * Storing the items of a QTI import ({@link org.manabi.content.assessment.qti}) in the question bank
 * with the instructor's skill, level, difficulty and tags: every item is checked first and all are
 * created in one transaction, or none. Kept apart from the QTI reader so that stays free of JPA.
 */
package org.manabi.content.assessment.bankimport;
