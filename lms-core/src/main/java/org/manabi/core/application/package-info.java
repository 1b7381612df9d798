/**
 * Applications (entry forms) to programmes and their review. A programme's
 * {@link org.manabi.core.application.ApplicationForm} says whether it takes applications, which
 * optional {@link org.manabi.core.application.Question}s it asks and how places are decided (first
 * come, first served, or selection by recorded criteria). Anyone may apply through the public form
 * ({@link org.manabi.core.application.ApplicationIntake}); administrators approve or reject in
 * {@link org.manabi.core.application.ApplicationReview}, where approval takes a seat under the
 * programme's seat rules and issues the learner's account in the same transaction.
 */
package org.manabi.core.application;
