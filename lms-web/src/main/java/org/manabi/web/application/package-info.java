/**
 * The application (entry) form's API: the public form and its submission
 * ({@link org.manabi.web.application.PublicApplicationResource}), the administrators' approval
 * queue ({@link org.manabi.web.application.ApplicationResource}), the per-programme form settings
 * ({@link org.manabi.web.application.ApplicationFormResource}) and cohort-wide actions: approving in
 * submission order and cancelling a run ({@link org.manabi.web.application.CohortApplicationResource}).
 */
package org.manabi.web.application;
