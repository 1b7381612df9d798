/**
 * A learner's own programmes and access windows ({@code /api/me/programmes}): what they may study
 * today, and why not when they may not.
 */
package org.manabi.web.enrolment;
