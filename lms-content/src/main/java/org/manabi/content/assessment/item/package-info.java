/**
 * Assessment items and their grading, in plain Java: the item types an author writes
 * ({@link org.manabi.content.assessment.item.ItemBody}), what a learner submits
 * ({@link org.manabi.content.assessment.item.Response}), the grading with its partial-credit rules
 * ({@link org.manabi.content.assessment.item.Grader}), the Japanese-aware comparison of typed
 * answers ({@link org.manabi.content.assessment.item.AnswerNormalizer}), and the answer-free form
 * the browser is given ({@link org.manabi.content.assessment.item.PresentedItem}). Grading happens
 * only here, on the server, so correct answers never reach the browser before submission. The
 * rules are described in {@code docs/ASSESSMENT-GRADING.md}.
 */
package org.manabi.content.assessment.item;
