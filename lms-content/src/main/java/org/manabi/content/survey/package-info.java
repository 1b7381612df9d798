/**
 * Surveys: Likert, single and multiple choice and free-text questions; anonymous or named; for a
 * cohort, a programme or the managers of the companies in one; open for a window of time; one
 * response per respondent; results counted per option with Likert means; the three standard
 * surveys (end of course, company, three months after) issued to a cohort in one action; and a
 * response table for exports. Anonymous responses hold nothing that leads back to a person.
 */
package org.manabi.content.survey;
